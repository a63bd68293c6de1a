package org.statsbase.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.statsbase.architecture.ArchitectureConditions;

/** The zones of statsbase-testkit: no package cycles, internals never in a public signature. */
class TestkitArchitectureTest {

    private static final JavaClasses TESTKIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statsbase.testkit");

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureConditions.noPackageCycles("org.statsbase.testkit").check(TESTKIT);
    }

    @Test
    void publicSignaturesDoNotExposeInternalTypes() {
        ArchitectureConditions.noInternalTypeInPublicSignatures().check(TESTKIT);
        ArchitectureConditions.noInternalTypeInPublicFields().check(TESTKIT);
        ArchitectureConditions.noPublicTypeInheritsInternalTypes().check(TESTKIT);
    }
}
