package org.statsbase.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.statsbase.architecture.ArchitectureConditions;

/** The zones of statsbase-core: no package cycles, internals never in a public signature. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statsbase.core");

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureConditions.noPackageCycles("org.statsbase.core").check(CORE);
    }

    @Test
    void publicSignaturesDoNotExposeInternalTypes() {
        ArchitectureConditions.noInternalTypeInPublicSignatures().check(CORE);
        ArchitectureConditions.noInternalTypeInPublicFields().check(CORE);
    }

    @Test
    void publicTypesDoNotInheritInternalTypes() {
        ArchitectureConditions.noPublicTypeInheritsInternalTypes().check(CORE);
    }
}
