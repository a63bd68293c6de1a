package org.statsbase.validation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;
import org.statsbase.architecture.ArchitectureConditions;

/** The zones of statsbase-validation: no package cycles, internals never in a public signature. */
class ValidationArchitectureTest {

    private static final JavaClasses VALIDATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statsbase.validation");

    @Test
    void packagesAreFreeOfCycles() {
        // One edge is ignored, and only that one: a portable Jakarta constraint names its validator
        // (@Constraint(validatedBy = …)) and the validator names its constraint, so the public constraint
        // annotations of constraints point into constraints.internal (ConstraintsArchitectureTest pins it down).
        SlicesRuleDefinition.slices().matching("org.statsbase.validation.(**)").should().beFreeOfCycles()
                .ignoreDependency(ConstraintsArchitectureTest.CONSTRAINT_ANNOTATIONS,
                        ConstraintsArchitectureTest.CONSTRAINT_VALIDATORS)
                .check(VALIDATION);
    }

    @Test
    void publicSignaturesDoNotExposeInternalTypes() {
        ArchitectureConditions.noInternalTypeInPublicSignatures().check(VALIDATION);
        ArchitectureConditions.noInternalTypeInPublicFields().check(VALIDATION);
        ArchitectureConditions.noPublicTypeInheritsInternalTypes().check(VALIDATION);
    }
}
