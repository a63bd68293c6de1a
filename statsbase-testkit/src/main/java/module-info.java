/**
 * statsbase-testkit: jqwik arbitraries for every statsbase type, registered with jqwik so that
 * {@code @ForAll UnifiedSocialCreditCode} works.
 */
module org.statsbase.testkit {
    requires transitive org.statsbase.core;
    requires transitive net.jqwik.api;
    requires transitive org.statsbase.validation;
    requires transitive org.statsbase.trail;
    requires transitive org.statsbase.reporting;
    requires transitive org.statsbase.confidentiality;
    requires transitive org.statsbase.archive;
    requires transitive org.assertj.core;

    exports org.statsbase.testkit.code;
    exports org.statsbase.testkit.org;
    exports org.statsbase.testkit.period;
    exports org.statsbase.testkit.unit;
    exports org.statsbase.testkit.trail;
    exports org.statsbase.testkit.ledger;
    exports org.statsbase.testkit.validation;
    exports org.statsbase.testkit.reporting;
    exports org.statsbase.testkit.confidentiality;
    exports org.statsbase.testkit.archive;

    provides net.jqwik.api.providers.ArbitraryProvider with
            org.statsbase.testkit.code.UnifiedSocialCreditCodeArbitraryProvider,
            org.statsbase.testkit.code.OrganizationCodeArbitraryProvider,
            org.statsbase.testkit.code.IndustryCodeArbitraryProvider,
            org.statsbase.testkit.code.DivisionCodeArbitraryProvider,
            org.statsbase.testkit.code.UrbanRuralCodeArbitraryProvider,
            org.statsbase.testkit.period.ReportingPeriodArbitraryProvider,
            org.statsbase.testkit.org.OrgArbitraryProvider,
            org.statsbase.testkit.unit.UnitArbitraryProvider,
            org.statsbase.testkit.validation.ValidationArbitraryProvider,
            org.statsbase.testkit.trail.TrailArbitraryProvider,
            org.statsbase.testkit.reporting.ReportingArbitraryProvider,
            org.statsbase.testkit.ledger.LedgerArbitraryProvider,
            org.statsbase.testkit.confidentiality.ConfidentialityArbitraryProvider,
            org.statsbase.testkit.archive.ArchiveArbitraryProvider;
}
