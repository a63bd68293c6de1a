/**
 * statsbase-reporting: 数据采集审核报送制度 and 统计业务流程规范 as a library — the submission
 * lifecycle with the reporting red lines, sign-off, deadlines, urging and refusal, handover and
 * accountability, every step recorded in the trail of statsbase-trail.
 */
module org.statsbase.reporting {
    requires transitive org.statsbase.core;
    requires transitive org.statsbase.trail;
    requires transitive org.statsbase.validation;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;

    exports org.statsbase.reporting;
    exports org.statsbase.reporting.error;
    exports org.statsbase.reporting.deadline;
    exports org.statsbase.reporting.accountability;
    exports org.statsbase.reporting.handover;
    exports org.statsbase.reporting.ledger;
}
