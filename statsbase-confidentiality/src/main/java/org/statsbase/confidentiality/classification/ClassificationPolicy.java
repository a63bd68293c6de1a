package org.statsbase.confidentiality.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.confidentiality.internal.ConfigReader;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * The configurable facts of classification that DOMAIN.md leaves unconfirmed: the level of unit-level data
 * and of unreleased aggregates (both non-public by 统计法 2009 第二十五条 and the release rules, but whether
 * 内部 or 工作秘密 is an office's choice), and the grading table of 统计数据分类分级标准规范（2022）.
 *
 * <p>{@link #standard()} is the dated default shipped as {@code classification-policy.json} beside this
 * class (internal for both, grades: state secret → 核心, unit-level → 重要, unreleased aggregates at
 * province level or above → 重要, else 一般). An office replaces it with its own file ({@link #load}):
 * <pre>{@code
 * {"id": "…", "source": "…", "unit_level_level": "INTERNAL", "unreleased_aggregate_level": "INTERNAL",
 *  "grades": [{"state_secret": true, "grade": "CORE"}, {"class": "UNIT_LEVEL", "grade": "IMPORTANT"},
 *             {"class": "AGGREGATE", "released": false, "at_or_above": "PROVINCE", "grade": "IMPORTANT"},
 *             {"grade": "GENERAL"}]}
 * }</pre>
 * Neither level may be {@code PUBLIC}; the last grade row must have no condition.
 *
 * <p>Thread safety: immutable.
 */
public final class ClassificationPolicy {

    private static final Set<String> TOP = Set.of("id", "source", "note", "unit_level_level",
            "unreleased_aggregate_level", "grades");
    private static final Set<String> ROW = Set.of("class", "state_secret", "released", "at_or_above", "grade", "note");
    private static final String LEVELS = "INTERNAL/内部, WORK_SECRET/工作秘密, SECRET/秘密, HIGHLY_SECRET/机密, TOP_SECRET/绝密";

    private static volatile ClassificationPolicy standard;

    private final String id;
    private final String source;
    private final ConfidentialityLevel unitLevelLevel;
    private final ConfidentialityLevel unreleasedAggregateLevel;
    private final List<GradeRule> grades;

    private ClassificationPolicy(String id, String source, ConfidentialityLevel unitLevelLevel,
            ConfidentialityLevel unreleasedAggregateLevel, List<GradeRule> grades) {
        this.id = id;
        this.source = source;
        this.unitLevelLevel = unitLevelLevel;
        this.unreleasedAggregateLevel = unreleasedAggregateLevel;
        this.grades = List.copyOf(grades);
    }

    /**
     * A policy from its parts.
     *
     * @param id                       the policy's id, for example {@code statsbase-default-2026}
     * @param source                   where its facts come from
     * @param unitLevelLevel           the level of unit-level data; not {@code PUBLIC}
     * @param unreleasedAggregateLevel the level of an unreleased aggregate; not {@code PUBLIC}
     * @param grades                   the grading rows in order; the last without conditions
     * @return the policy
     * @throws ConfidentialityException SB-CONF-0110 when a level is {@code PUBLIC}; SB-CONF-0111 when the last
     *                                  grade row has conditions (or there is none)
     */
    public static ClassificationPolicy of(String id, String source, ConfidentialityLevel unitLevelLevel,
            ConfidentialityLevel unreleasedAggregateLevel, List<GradeRule> grades) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unitLevelLevel, "unitLevelLevel");
        Objects.requireNonNull(unreleasedAggregateLevel, "unreleasedAggregateLevel");
        Objects.requireNonNull(grades, "grades");
        if (unitLevelLevel == ConfidentialityLevel.PUBLIC) {
            throw new ConfidentialityException(ConfidentialityError.POLICY_PUBLIC_NOT_ALLOWED, "unit_level_level");
        }
        if (unreleasedAggregateLevel == ConfidentialityLevel.PUBLIC) {
            throw new ConfidentialityException(ConfidentialityError.POLICY_PUBLIC_NOT_ALLOWED,
                    "unreleased_aggregate_level");
        }
        if (grades.isEmpty() || !grades.get(grades.size() - 1).isCatchAll()) {
            throw new ConfidentialityException(ConfidentialityError.POLICY_NO_CATCH_ALL);
        }
        return new ClassificationPolicy(id, source, unitLevelLevel, unreleasedAggregateLevel, grades);
    }

    /**
     * The shipped default ({@code classification-policy.json}, dated, its source named in the file).
     *
     * @return the shipped default ({@code classification-policy.json}, dated, its source named in the file)
     */
    public static ClassificationPolicy standard() {
        ClassificationPolicy p = standard;
        if (p == null) {
            synchronized (ClassificationPolicy.class) {
                p = standard;
                if (p == null) {
                    try (InputStream in = ClassificationPolicy.class.getResourceAsStream("classification-policy.json")) {
                        if (in == null) {
                            throw new IllegalStateException("classification-policy.json missing from the jar");
                        }
                        p = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classification-policy.json");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = p;
                }
            }
        }
        return p;
    }

    /**
     * Reads a policy file.
     *
     * @param file the JSON policy file
     * @return the policy
     * @throws DataFileException when it cannot be read, or listing every problem of a malformed file
     */
    public static ClassificationPolicy load(Path file) {
        return load(file, InputLimits.configuration());
    }

    /**
     * Reads a policy file under {@code limits} (the one-argument form uses {@link InputLimits#configuration()}).
     *
     * @param file   the JSON policy file
     * @param limits the limits it is read under, usually {@link InputLimits#configuration()}
     * @return the policy
     * @throws DataFileException over a limit ({@code SB-CORE-1201}/{@code 1202}), when it cannot be read, or
     *                           listing every problem of a malformed file
     */
    public static ClassificationPolicy load(Path file, InputLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        return parse(LimitedInput.readUtf8(file, limits), file.toString(), limits);
    }

    /**
     * Parses the JSON text of a policy named {@code source} in messages.
     *
     * @param json       the policy's JSON text
     * @param sourceName a name for messages, for example the file name
     * @return the policy
     * @throws DataFileException listing every problem of a malformed policy
     */
    public static ClassificationPolicy parse(String json, String sourceName) {
        return parse(json, sourceName, InputLimits.configuration());
    }

    /**
     * Parses the JSON text of a policy under {@code limits}.
     *
     * @param json       the policy's JSON text
     * @param sourceName a name for messages, for example the file name
     * @param limits     the limits it is parsed under (the size is that of its UTF-8 form)
     * @return the policy
     * @throws DataFileException over a limit ({@code SB-CORE-1201}/{@code 1202}), or listing every problem of a
     *                           malformed policy
     */
    public static ClassificationPolicy parse(String json, String sourceName, InputLimits limits) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        ConfigReader reader = new ConfigReader(sourceName, Objects.requireNonNull(limits, "limits"));
        Optional<ObjectNode> top = reader.object(reader.parse(json), "$");
        if (top.isEmpty()) {
            reader.finish();
        }
        ObjectNode o = top.orElseThrow();
        reader.onlyFields(o, "$", TOP);
        String id = reader.text(o, "$", "id", true).orElse("");
        String source = reader.text(o, "$", "source", true).orElse("");
        ConfidentialityLevel unit = level(reader, o, "unit_level_level");
        ConfidentialityLevel unreleased = level(reader, o, "unreleased_aggregate_level");
        List<GradeRule> rows = new ArrayList<>();
        JsonNode grades = o.get("grades");
        if (!(grades instanceof ArrayNode array)) {
            reader.problem("$.grades", ConfidentialityError.CONFIG_WRONG_TYPE, "$.grades", "an array of rows",
                    "规则数组");
        } else {
            for (int i = 0; i < array.size(); i++) {
                String path = "$.grades[" + i + "]";
                reader.object(array.get(i), path).flatMap(row -> row(reader, row, path)).ifPresent(rows::add);
            }
            if (!reader.hasProblems() && (rows.isEmpty() || !rows.get(rows.size() - 1).isCatchAll())) {
                reader.problem("$.grades", ConfidentialityError.POLICY_NO_CATCH_ALL);
            }
        }
        reader.finish();
        return new ClassificationPolicy(id, source, unit, unreleased, rows);
    }

    private static ConfidentialityLevel level(ConfigReader reader, ObjectNode o, String field) {
        Optional<ConfidentialityLevel> level = reader.named(o, "$", field, true, ConfidentialityLevel::ofName, LEVELS);
        if (level.isPresent() && level.get() == ConfidentialityLevel.PUBLIC) {
            reader.problem("$." + field, ConfidentialityError.POLICY_PUBLIC_NOT_ALLOWED, "$." + field);
        }
        return level.orElse(ConfidentialityLevel.INTERNAL);
    }

    private static Optional<GradeRule> row(ConfigReader reader, ObjectNode row, String path) {
        reader.onlyFields(row, path, ROW);
        Optional<DataClass> dataClass = reader.named(row, path, "class", false, DataClass::ofName,
                "UNIT_LEVEL/基层数据, AGGREGATE/综合数据");
        Optional<Boolean> secret = reader.bool(row, path, "state_secret");
        Optional<Boolean> released = reader.bool(row, path, "released");
        Optional<DivisionLevel> level = reader.named(row, path, "at_or_above", false, DivisionLevel::ofName,
                "PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE");
        Optional<DataGrade> grade = reader.named(row, path, "grade", true, DataGrade::ofName,
                "CORE/核心, IMPORTANT/重要, GENERAL/一般");
        return grade.map(g -> new GradeRule(dataClass, secret, released, level, g));
    }

    /**
     * The policy's id, for example {@code statsbase-default-2026}.
     *
     * @return the policy's id, for example {@code statsbase-default-2026}
     */
    public String id() {
        return id;
    }

    /**
     * Where its facts come from.
     *
     * @return where its facts come from
     */
    public String source() {
        return source;
    }

    /**
     * The level of unit-level data; never {@code PUBLIC}.
     *
     * @return the level of unit-level data; never {@code PUBLIC}
     */
    public ConfidentialityLevel unitLevelLevel() {
        return unitLevelLevel;
    }

    /**
     * The level of an aggregate before its release (or released without disclosure control); never
     * {@code PUBLIC}.
     *
     * @return the level of an aggregate before its release (or released without disclosure control); never
     *         {@code PUBLIC}
     */
    public ConfidentialityLevel unreleasedAggregateLevel() {
        return unreleasedAggregateLevel;
    }

    /**
     * The grading rows, in order; the last has no condition.
     *
     * @return the grading rows, in order; the last has no condition
     */
    public List<GradeRule> grades() {
        return grades;
    }

    /**
     * The first grading row that matches; there always is one.
     *
     * @param dataClass   unit-level or aggregate
     * @param stateSecret whether a state-secret item is in force for the item
     * @param released    whether the item is released
     * @param level       the level the item is aggregated at
     * @return the first grading row that matches; there always is one
     */
    public GradeRule gradeRule(DataClass dataClass, boolean stateSecret, boolean released, DivisionLevel level) {
        for (GradeRule rule : grades) {
            if (rule.matches(dataClass, stateSecret, released, level)) {
                return rule;
            }
        }
        return grades.get(grades.size() - 1);
    }

    @Override
    public String toString() {
        return "ClassificationPolicy[" + id + "]";
    }
}
