package org.statsbase.confidentiality.classification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.statsbase.confidentiality.internal.Texts;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * Classifies statistical data (统计工作保密制度): from a {@link DataItem} and an instant, its level, grade,
 * secrecy period or declassification time, and the reasons. The clauses, in the order applied:
 * <ol>
 * <li>A configured state-secret item ({@link SecretItems}) covering the item keeps its level for its
 * period counted from the item's formation; after the period the item is declassified and the clauses below
 * decide (保守国家秘密法: 保密期限届满自行解密). With the formation time unknown the secret stays in force.</li>
 * <li>Unit-level data (基层数据) is never public (统计法 2009 第二十五条): the policy's unit-level level.</li>
 * <li>An aggregate (综合数据) is non-public (the policy's level) until its release time; after it, public
 * only if it passed disclosure control.</li>
 * <li>The grade is the first matching row of the policy's grading table (统计数据分类分级标准规范（2022）).</li>
 * </ol>
 * A secret item in force overrides 2 and 3 (its level is above both).
 *
 * <p>Thread safety: immutable; safe to share.
 */
public final class DataClassifier {

    private final ClassificationPolicy policy;
    private final SecretItems secretItems;

    private DataClassifier(ClassificationPolicy policy, SecretItems secretItems) {
        this.policy = policy;
        this.secretItems = secretItems;
    }

    /**
     * A classifier with {@code policy} and {@code secretItems}.
     *
     * @param policy      the levels and grading rows
     * @param secretItems the state-secret items in force
     * @return the classifier
     */
    public static DataClassifier of(ClassificationPolicy policy, SecretItems secretItems) {
        return new DataClassifier(Objects.requireNonNull(policy, "policy"),
                Objects.requireNonNull(secretItems, "secretItems"));
    }

    /**
     * The shipped default policy with {@code secretItems}.
     *
     * @param secretItems the state-secret items in force
     * @return the classifier
     */
    public static DataClassifier standard(SecretItems secretItems) {
        return of(ClassificationPolicy.standard(), secretItems);
    }

    /**
     * The policy applied.
     *
     * @return the policy applied
     */
    public ClassificationPolicy policy() {
        return policy;
    }

    /**
     * The secret items applied.
     *
     * @return the secret items applied
     */
    public SecretItems secretItems() {
        return secretItems;
    }

    /**
     * The classification of {@code item} at {@code asOf}.
     *
     * @param item the data item
     * @param asOf the instant asked about (release times and secrecy periods depend on it)
     * @return the level, grade, secrecy period and reasons of {@code item} at {@code asOf}
     */
    public Classification classify(DataItem item, Instant asOf) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(asOf, "asOf");
        List<ClassificationReason> reasons = new ArrayList<>();
        SecretItem inForce = null;
        Instant secretEnds = null;
        for (SecretItem secret : secretItems.covering(item.id())) {
            Optional<Instant> ends = item.formedAt().map(secret::declassifiesAt);
            if (ends.isPresent() && !ends.get().isAfter(asOf)) {
                reasons.add(reason(ClassificationRule.SECRET_ITEM_DECLASSIFIED, secret.key(), secret.level().nameEn(),
                        secret.level().nameZh(), ends.get()));
            } else if (inForce == null) {
                inForce = secret;
                secretEnds = ends.orElse(null);
                reasons.add(0, new ClassificationReason(ClassificationRule.SECRET_ITEM,
                        Texts.fill(ClassificationRule.SECRET_ITEM.templateZh(), secret.key(), secret.level().nameEn(),
                                secret.level().nameZh(), secret.secrecyYears(),
                                ends.map(e -> "于 " + e + " ").orElse("自形成之日起计算期满后"), secret.source()),
                        Texts.fill(ClassificationRule.SECRET_ITEM.templateEn(), secret.key(), secret.level().nameEn(),
                                secret.level().nameZh(), secret.secrecyYears(),
                                ends.map(e -> "at " + e).orElse("when the period counted from formation ends"),
                                secret.source())));
            }
        }
        boolean released = item.isReleased(asOf);
        ConfidentialityLevel base;
        if (item.dataClass() == DataClass.UNIT_LEVEL) {
            base = policy.unitLevelLevel();
            reasons.add(reason(ClassificationRule.UNIT_LEVEL_NEVER_PUBLIC, base.nameEn(), base.nameZh()));
        } else if (item.releaseAt().isEmpty()) {
            base = policy.unreleasedAggregateLevel();
            reasons.add(reason(ClassificationRule.AGGREGATE_NOT_SCHEDULED, base.nameEn(), base.nameZh()));
        } else if (!released) {
            base = policy.unreleasedAggregateLevel();
            Instant at = item.releaseAt().get();
            reasons.add(reason(ClassificationRule.AGGREGATE_BEFORE_RELEASE, base.nameEn(), base.nameZh(), at));
        } else if (item.disclosureChecked()) {
            base = ConfidentialityLevel.PUBLIC;
            reasons.add(reason(ClassificationRule.AGGREGATE_RELEASED, item.releaseAt().get()));
        } else {
            base = policy.unreleasedAggregateLevel();
            reasons.add(reason(ClassificationRule.AGGREGATE_RELEASED_UNCHECKED, item.releaseAt().get(), base.nameEn(),
                    base.nameZh()));
        }
        ConfidentialityLevel level = inForce == null ? base : inForce.level().max(base);
        Instant publicFrom = publicFrom(item);
        List<GradeRule> rows = policy.grades();
        GradeRule row = policy.gradeRule(item.dataClass(), inForce != null, released, item.aggregationLevel());
        DataGrade grade = row.grade();
        reasons.add(reason(ClassificationRule.GRADE, grade.nameEn(), grade.nameZh(), rows.indexOf(row) + 1,
                policy.id()));
        return new Classification(item, asOf, level, grade,
                inForce == null ? OptionalInt.empty() : OptionalInt.of(inForce.secrecyYears()),
                Optional.ofNullable(inForce == null ? null : secretEnds), Optional.ofNullable(publicFrom), reasons);
    }

    /**
     * When a checked aggregate with a release time is public: its release time, or the end of the last secrecy
     * period covering it if later; never when it is unit-level, unchecked, unscheduled, or covered by a secret
     * whose period cannot be counted (formation time unknown). Independent of the instant asked about.
     */
    private Instant publicFrom(DataItem item) {
        if (item.dataClass() != DataClass.AGGREGATE || !item.disclosureChecked() || item.releaseAt().isEmpty()) {
            return null;
        }
        Instant from = item.releaseAt().get();
        for (SecretItem secret : secretItems.covering(item.id())) {
            if (item.formedAt().isEmpty()) {
                return null;
            }
            Instant end = secret.declassifiesAt(item.formedAt().get());
            if (end.isAfter(from)) {
                from = end;
            }
        }
        return from;
    }

    private static ClassificationReason reason(ClassificationRule rule, Object... args) {
        return new ClassificationReason(rule, Texts.fill(rule.templateZh(), args), Texts.fill(rule.templateEn(), args));
    }

    @Override
    public String toString() {
        return "DataClassifier[" + policy.id() + ", " + secretItems.items().size() + " secret items]";
    }
}
