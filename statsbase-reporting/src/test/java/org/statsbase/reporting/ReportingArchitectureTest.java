package org.statsbase.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;
import org.statsbase.architecture.ArchitectureConditions;

/** The zones of statsbase-reporting: no package cycles, internals never in a public signature. */
class ReportingArchitectureTest {

    private static final JavaClasses REPORTING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statsbase.reporting");

    @Test
    void packagesAreFreeOfCycles() {
        SlicesRuleDefinition.slices().matching("org.statsbase.reporting.(**)").should().beFreeOfCycles().check(REPORTING);
    }

    @Test
    void publicSignaturesDoNotExposeInternalTypes() {
        ArchitectureConditions.noInternalTypeInPublicSignatures().check(REPORTING);
        ArchitectureConditions.noInternalTypeInPublicFields().check(REPORTING);
        ArchitectureConditions.noPublicTypeInheritsInternalTypes().check(REPORTING);
    }
}
