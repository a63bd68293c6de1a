package org.statsbase.validation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.statsbase.architecture.ArchitectureConditions;

/** The zones of statsbase-validation: no package cycles, internals never in a public signature. */
class ValidationArchitectureTest {

    private static final JavaClasses VALIDATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statsbase.validation");

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureConditions.noPackageCycles("org.statsbase.validation").check(VALIDATION);
    }

    @Test
    void publicSignaturesDoNotExposeInternalTypes() {
        ArchitectureConditions.noInternalTypeInPublicSignatures().check(VALIDATION);
        ArchitectureConditions.noInternalTypeInPublicFields().check(VALIDATION);
        ArchitectureConditions.noPublicTypeInheritsInternalTypes().check(VALIDATION);
    }
}
