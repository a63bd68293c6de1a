package org.statsbase.testkit.org;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.core.org.AssessmentRecord;
import org.statsbase.core.org.EnforcementQualification;
import org.statsbase.core.org.InstitutionDirectory;
import org.statsbase.core.org.StaffMember;
import org.statsbase.core.org.TrainingRecord;

/**
 * Lets {@code @ForAll} take the org types: {@link InstitutionDirectory}
 * ({@link Institutions#directories()}), {@link StaffMember} ({@link Staff#members()}),
 * {@link TrainingRecord}, {@link EnforcementQualification}, {@link AssessmentRecord} and
 * {@link TransferCase} ({@link Transfers#any()}) — the offices, people and transfers of
 * 国统字〔2021〕85号 二. Registered as a service.
 *
 * <p>Thread safety: stateless.
 */
public final class OrgArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES = Map.of(
            InstitutionDirectory.class, Institutions::directories,
            StaffMember.class, Staff::members,
            TrainingRecord.class, Staff::trainingRecords,
            EnforcementQualification.class, Staff::qualifications,
            AssessmentRecord.class, Staff::assessments,
            TransferCase.class, Transfers::any);

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return ARBITRARIES.entrySet().stream().filter(e -> targetType.isOfType(e.getKey()))
                .map(e -> e.getValue().get()).collect(Collectors.toSet());
    }
}
