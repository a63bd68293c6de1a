package org.statsbase.confidentiality;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;
import org.statsbase.architecture.ArchitectureConditions;

/** The zones of statsbase-confidentiality: no package cycles, internals never in a public signature. */
class ConfidentialityArchitectureTest {

    private static final JavaClasses CONFIDENTIALITY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statsbase.confidentiality");

    @Test
    void packagesAreFreeOfCycles() {
        SlicesRuleDefinition.slices().matching("org.statsbase.confidentiality.(**)").should().beFreeOfCycles().check(CONFIDENTIALITY);
    }

    @Test
    void publicSignaturesDoNotExposeInternalTypes() {
        ArchitectureConditions.noInternalTypeInPublicSignatures().check(CONFIDENTIALITY);
        ArchitectureConditions.noInternalTypeInPublicFields().check(CONFIDENTIALITY);
        ArchitectureConditions.noPublicTypeInheritsInternalTypes().check(CONFIDENTIALITY);
    }
}
