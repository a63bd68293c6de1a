/**
 * Finding rule sets by id (DESIGN.md "Review rules (statsbase-validation)": "Rule sets are found
 * by id through a RuleSetProvider SPI (class path and directory providers built in)"): the
 * {@link org.statsbase.validation.spi.RuleSetProvider} service interface, the built-in
 * {@link org.statsbase.validation.spi.ClassPathRuleSetProvider} and
 * {@link org.statsbase.validation.spi.DirectoryRuleSetProvider}, and the lookup facade
 * {@link org.statsbase.validation.spi.RuleSets}. API package.
 */
package org.statsbase.validation.spi;
