package org.statsbase.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every statsbase library module obeys (after hibernate-validator's
 * "public types may not expose internal types" and junit5's ArchUnit tests). Published in
 * statsbase-core's test jar so that each module's own architecture test applies the same rules.
 */
public final class ArchitectureConditions {

    private ArchitectureConditions() {
    }

    /** No cycles between the packages directly below {@code rootPackage}. */
    public static ArchRule noPackageCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(**)").should().beFreeOfCycles();
    }

    /** Public methods and constructors of public API types mention no {@code .internal} type. */
    public static ArchRule noInternalTypeInPublicSignatures() {
        return codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should(notExposeInternalTypes()).allowEmptyShould(true);
    }

    /** Public fields of public API types have no {@code .internal} type. */
    public static ArchRule noInternalTypeInPublicFields() {
        return fields().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should(new ArchCondition<JavaField>("not have an internal type") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        for (JavaClass raw : field.getType().getAllInvolvedRawTypes()) {
                            if (isInternal(raw)) {
                                events.add(SimpleConditionEvent.violated(field,
                                        field.getFullName() + " has internal type " + raw.getName()));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    /** Public API types neither extend nor implement a {@code .internal} type. */
    public static ArchRule noPublicTypeInheritsInternalTypes() {
        return noClasses().that().arePublic().and().resideOutsideOfPackage("..internal..")
                .should().beAssignableTo(new DescribedPredicate<JavaClass>("an internal type") {
                    @Override
                    public boolean test(JavaClass c) {
                        return isInternal(c);
                    }
                });
    }

    /** The condition behind {@link #noInternalTypeInPublicSignatures()}. */
    public static ArchCondition<JavaCodeUnit> notExposeInternalTypes() {
        return new ArchCondition<>("not expose internal types") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaType> types = new ArrayList<>();
                types.add(unit.getReturnType());
                types.addAll(unit.getParameterTypes());
                unit.getThrowsClause().forEach(t -> types.add(t.getRawType()));
                for (JavaType type : types) {
                    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                        if (isInternal(raw)) {
                            events.add(SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " exposes internal type " + raw.getName()));
                        }
                    }
                }
            }
        };
    }

    private static boolean isInternal(JavaClass c) {
        return c.getPackageName().contains(".internal") && !c.getModifiers().contains(JavaModifier.SYNTHETIC);
    }
}
