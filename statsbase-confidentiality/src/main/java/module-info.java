/**
 * statsbase-confidentiality: 统计工作保密制度 as a library — how secret each piece of statistical data
 * is and for how long, who may see it, and which cells of a published table must be suppressed so that
 * no single respondent can be identified or inferred (统计法 2009 第二十五条).
 */
module org.statsbase.confidentiality {
    requires transitive org.statsbase.core;
    requires transitive org.statsbase.trail;
    requires commons.math3;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports org.statsbase.confidentiality.error;
    exports org.statsbase.confidentiality.classification;
    exports org.statsbase.confidentiality.access;
    exports org.statsbase.confidentiality.table;
    exports org.statsbase.confidentiality.suppression;
}
