/**
 * statsbase-validation: review rules (审核公式) as data — the rule language, rule sets, the review
 * engine and the Jakarta Validation bridge.
 */
module org.statsbase.validation {
    requires transitive org.statsbase.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires re2j;
    requires org.slf4j;
    requires static jakarta.validation;

    exports org.statsbase.validation.error;
    exports org.statsbase.validation.rules;
    exports org.statsbase.validation.data;
    exports org.statsbase.validation.review;
    exports org.statsbase.validation.rules.file;
    exports org.statsbase.validation.spi;
    exports org.statsbase.validation.constraints;
    // Providers instantiate the constraint validators reflectively (not API: opened, not exported).
    opens org.statsbase.validation.constraints.internal;

    uses org.statsbase.validation.spi.RuleSetProvider;
    provides org.statsbase.validation.spi.RuleSetProvider with org.statsbase.validation.spi.ClassPathRuleSetProvider;
}
