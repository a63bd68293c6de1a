package org.statsbase.trail;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;
import org.statsbase.architecture.ArchitectureConditions;

/** The zones of statsbase-trail: no package cycles, internals never in a public signature. */
class TrailArchitectureTest {

    private static final JavaClasses TRAIL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statsbase.trail");

    @Test
    void packagesAreFreeOfCycles() {
        SlicesRuleDefinition.slices().matching("org.statsbase.trail.(**)").should().beFreeOfCycles().check(TRAIL);
    }

    @Test
    void publicSignaturesDoNotExposeInternalTypes() {
        ArchitectureConditions.noInternalTypeInPublicSignatures().check(TRAIL);
        ArchitectureConditions.noInternalTypeInPublicFields().check(TRAIL);
        ArchitectureConditions.noPublicTypeInheritsInternalTypes().check(TRAIL);
    }
}
