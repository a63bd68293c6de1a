/**
 * Rule sets as data (审核公式): their definitions as read from JSON or YAML files, before
 * compilation. API package.
 */
package org.statsbase.validation.rules;
