/**
 * statsbase-core: the vocabulary of grassroots statistical work — codes, units, institutions,
 * periods, forms.
 */
module org.statsbase.core {
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.slf4j;

    exports org.statsbase.core.error;
    exports org.statsbase.core.code;
    exports org.statsbase.core.period;
    exports org.statsbase.core.form;
    exports org.statsbase.core.org;
    exports org.statsbase.core.unit;
    exports org.statsbase.core.level;
    exports org.statsbase.core.io;
    // Bounded reading shared by every module's readers: internal, so only to the statsbase modules.
    exports org.statsbase.core.internal.io to org.statsbase.validation, org.statsbase.reporting,
            org.statsbase.archive, org.statsbase.confidentiality;
}
