package org.statsbase.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import org.junit.jupiter.api.Test;

/**
 * The layout of the Jakarta Validation bridge, after Hibernate Validator's: constraint annotations
 * in the API package {@code constraints}, their validators in {@code constraints.internal}, which
 * nothing but the annotations' {@code @Constraint(validatedBy = …)} refers to.
 */
class ConstraintsArchitectureTest {

    private static final String API = "org.statsbase.validation.constraints";
    private static final String INTERNAL = API + ".internal";

    /** The constraint annotations of the API package. */
    static final DescribedPredicate<JavaClass> CONSTRAINT_ANNOTATIONS = new DescribedPredicate<>(
            "constraint annotations of " + API) {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().equals(API) && c.isAnnotation() && c.isAnnotatedWith(Constraint.class);
        }
    };

    /** The validators of the internal package. */
    static final DescribedPredicate<JavaClass> CONSTRAINT_VALIDATORS = new DescribedPredicate<>(
            "constraint validators of " + INTERNAL) {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().equals(INTERNAL) && c.isAssignableTo(ConstraintValidator.class);
        }
    };

    private static final JavaClasses VALIDATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statsbase.validation");

    @Test
    void validatorsAreInternal() {
        classes().that().areAssignableTo(ConstraintValidator.class).should().resideInAPackage(INTERNAL)
                .check(VALIDATION);
    }

    @Test
    void concreteValidatorsArePublicFinalWithAPublicConstructorForTheProvider() {
        classes().that().areAssignableTo(ConstraintValidator.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().bePublic().andShould().haveModifier(JavaModifier.FINAL)
                .check(VALIDATION);
        assertThat(VALIDATION.stream().filter(CONSTRAINT_VALIDATORS)
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT)))
                .hasSize(6)
                .allSatisfy(c -> assertThat(c.getConstructor().getModifiers()).contains(JavaModifier.PUBLIC));
    }

    @Test
    void onlyTheConstraintAnnotationsReferToTheValidators() {
        noClasses().that().resideOutsideOfPackage(INTERNAL).and(DescribedPredicate.not(CONSTRAINT_ANNOTATIONS))
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .check(VALIDATION);
    }

    @Test
    void everyConstraintAnnotationNamesAValidatorOfTheInternalPackage() {
        classes().that(CONSTRAINT_ANNOTATIONS).should().dependOnClassesThat(CONSTRAINT_VALIDATORS)
                .check(VALIDATION);
    }
}
