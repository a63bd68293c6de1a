package org.statsbase.archive;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;
import org.statsbase.architecture.ArchitectureConditions;

/** The zones of statsbase-archive: no package cycles, internals never in a public signature, value types below the logic. */
class ArchiveArchitectureTest {

    private static final JavaClasses ARCHIVE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statsbase.archive");

    @Test
    void packagesAreFreeOfCycles() {
        SlicesRuleDefinition.slices().matching("org.statsbase.archive.(**)").should().beFreeOfCycles().check(ARCHIVE);
    }

    @Test
    void publicSignaturesDoNotExposeInternalTypes() {
        ArchitectureConditions.noInternalTypeInPublicSignatures().check(ARCHIVE);
        ArchitectureConditions.noInternalTypeInPublicFields().check(ARCHIVE);
        ArchitectureConditions.noPublicTypeInheritsInternalTypes().check(ARCHIVE);
    }

    @Test
    void theSpiKnowsOnlyTheValueTypes() {
        ArchRuleDefinition.noClasses().that().resideInAPackage("org.statsbase.archive.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("org.statsbase.archive.store..",
                        "org.statsbase.archive.retention..", "org.statsbase.archive.integrity..")
                .check(ARCHIVE);
    }
}
