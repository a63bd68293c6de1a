/**
 * Rule-set files (审核公式集) in JSON and YAML, as DESIGN.md "Review rules (statsbase-validation)"
 * shows them: {@link org.statsbase.validation.rules.file.RuleSetFiles} reads a file and its
 * includes into a {@link org.statsbase.validation.rules.RuleSetDefinition}, reporting every
 * problem with file:line:column; the JSON Schema of the format ships as a resource. API package;
 * the reader's parts are package-private.
 */
package org.statsbase.validation.rules.file;
