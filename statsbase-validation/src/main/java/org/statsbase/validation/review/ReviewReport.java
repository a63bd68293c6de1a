package org.statsbase.validation.review;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.error.ValidationError;

/**
 * The result of reviewing a dataset against a {@link RuleSet}: per rule the counts (R validate's
 * {@code summary()}), every violation (rule order, then record order) and every evaluation error;
 * explanations of {@link Severity#VERIFY} violations, and whether a record is acceptable.
 *
 * <p>A record is acceptable when it has no {@link Severity#MANDATORY} or
 * {@link Severity#QUASI_MANDATORY} failure, every {@link Severity#VERIFY} failure carries an
 * explanation the {@link ExplanationPolicy} accepts, and no rule other than a
 * {@link Severity#HINT} could not be evaluated on it (an unevaluated rule is not a cleared one).
 *
 * <p>Thread safety: immutable.
 */
public final class ReviewReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String ruleSetId;
    private final Optional<String> version;
    private final int records;
    private final List<RuleSummary> summaries;
    private final List<Violation> violations;
    private final List<EvaluationError> errors;

    ReviewReport(String ruleSetId, Optional<String> version, int records, List<RuleSummary> summaries,
            List<Violation> violations, List<EvaluationError> errors) {
        this.ruleSetId = Objects.requireNonNull(ruleSetId, "ruleSetId");
        this.version = Objects.requireNonNull(version, "version");
        this.records = records;
        this.summaries = List.copyOf(summaries);
        this.violations = List.copyOf(violations);
        this.errors = List.copyOf(errors);
    }

    /**
     * The rule set's id.
     *
     * @return the id, never blank
     */
    public String ruleSetId() {
        return ruleSetId;
    }

    /**
     * The rule set's version, if it has one.
     *
     * @return the version; empty when the rule set has none
     */
    public Optional<String> version() {
        return version;
    }

    /**
     * The number of records reviewed.
     *
     * @return the number of records, at least 0
     */
    public int records() {
        return records;
    }

    /**
     * The counts per rule, in rule order.
     *
     * @return one summary per rule, in rule order
     */
    public List<RuleSummary> summaries() {
        return summaries;
    }

    /**
     * The counts of one rule.
     *
     * @param ruleId a rule id
     * @return the rule's counts; empty when the rule set has no such rule
     */
    public Optional<RuleSummary> summary(String ruleId) {
        return summaries.stream().filter(s -> s.ruleId().equals(ruleId)).findFirst();
    }

    /**
     * Every violation, rule order then record order.
     *
     * @return the violations; empty when every record passed
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The violations of one record.
     *
     * @param key the record's key
     * @return its violations, in rule order; empty when it failed no rule
     */
    public List<Violation> violations(RecordKey key) {
        return violations.stream().filter(v -> v.key().equals(key)).toList();
    }

    /**
     * Every record on which a rule could not be evaluated.
     *
     * @return the evaluation errors; empty when every rule could be evaluated on every record
     */
    public List<EvaluationError> errors() {
        return errors;
    }

    /**
     * This report with an explanation on the record's violation(s) of a {@link Severity#VERIFY}
     * rule. The policy judges it when acceptance is asked, so a policy change applies to
     * explanations already given.
     *
     * @param ruleId the id of a {@link Severity#VERIFY} rule the record fails
     * @param key the record's key
     * @param explanation the explanation (情况说明)
     * @return a new report; this one is unchanged
     * @throws StatsbaseException SB-VAL-0608 when the record does not fail the rule, SB-VAL-0607
     *         when the rule is not a {@link Severity#VERIFY} rule
     */
    public ReviewReport explain(String ruleId, RecordKey key, Explanation explanation) {
        return explainer().explain(ruleId, key, explanation).report();
    }

    /**
     * An {@link Explainer} over this report, for giving many explanations: its index of the violations
     * is built once (at the second explanation), so {@code n} explanations cost O(violations + n) instead of the O(violations × n)
     * of {@code n} calls of {@link #explain}, with the same result.
     *
     * @return a new explainer starting from this report
     */
    public Explainer explainer() {
        return new Explainer(this);
    }

    /**
     * Gives many explanations to one report: {@link #explain(String, RecordKey, Explanation)} on it
     * has exactly the effect and the errors of {@link ReviewReport#explain} on the report of the
     * explanations given before, and {@link #report()} is that report. The violations are indexed
     * by rule and record once (at the second explanation; the first is found by one scan).
     *
     * <p>Thread safety: not thread-safe (a builder); the reports it gives are immutable.
     */
    public static final class Explainer {

        private final ReviewReport base;
        private final Violation[] violations;
        /**
         * Rule id → record key → the indices of its violations, in report order; built at the second
         * explanation, so that a single {@link ReviewReport#explain} costs one scan and no hashing.
         */
        private Map<String, Map<RecordKey, int[]>> index;
        private boolean scanned;

        private Explainer(ReviewReport base) {
            this.base = base;
            this.violations = base.violations.toArray(new Violation[0]);
        }

        /** The indices of the violations of the rule by the record, in report order; null when none. */
        private int[] find(String ruleId, RecordKey key) {
            if (!scanned) {
                scanned = true;
                int[] rows = new int[4];
                int n = 0;
                for (int i = 0; i < violations.length; i++) {
                    if (violations[i].ruleId().equals(ruleId) && violations[i].key().equals(key)) {
                        rows = n == rows.length ? Arrays.copyOf(rows, n * 2) : rows;
                        rows[n++] = i;
                    }
                }
                return n == 0 ? null : Arrays.copyOf(rows, n);
            }
            if (index == null) {
                Map<String, Map<RecordKey, List<Integer>>> lists = new HashMap<>();
                for (int i = 0; i < violations.length; i++) {
                    lists.computeIfAbsent(violations[i].ruleId(), r -> new HashMap<>())
                            .computeIfAbsent(violations[i].key(), k -> new ArrayList<>(1)).add(i);
                }
                index = new HashMap<>();
                lists.forEach((rule, keys) -> {
                    Map<RecordKey, int[]> m = new HashMap<>(keys.size() * 4 / 3 + 1);
                    keys.forEach((k, rows) -> m.put(k, rows.stream().mapToInt(Integer::intValue).toArray()));
                    index.put(rule, m);
                });
            }
            return index.getOrDefault(ruleId, Map.of()).get(key);
        }

        /**
         * Explains the record's violation(s) of a {@link Severity#VERIFY} rule, replacing an earlier
         * explanation of them; on an error nothing changes.
         *
         * @param ruleId the id of a {@link Severity#VERIFY} rule the record fails
         * @param key the record's key
         * @param explanation the explanation (情况说明)
         * @return this explainer
         * @throws StatsbaseException SB-VAL-0608 when the record does not fail the rule, SB-VAL-0607
         *         when the rule is not a {@link Severity#VERIFY} rule
         */
        public Explainer explain(String ruleId, RecordKey key, Explanation explanation) {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(explanation, "explanation");
            int[] rows = find(ruleId, key);
            if (rows == null) {
                throw new StatsbaseException(ValidationError.EXPLANATION_NO_VIOLATION, ruleId, key);
            }
            for (int i : rows) {
                Violation v = violations[i];
                if (v.severity() != Severity.VERIFY) {
                    throw new StatsbaseException(ValidationError.EXPLANATION_NOT_VERIFY, ruleId,
                            v.severity().nameZh() + " / " + v.severity().nameEn());
                }
            }
            for (int i : rows) {
                violations[i] = violations[i].withExplanation(explanation);
            }
            return this;
        }

        /**
         * The report with every explanation given so far.
         *
         * @return the report, never null
         */
        public ReviewReport report() {
            return new ReviewReport(base.ruleSetId, base.version, base.records, base.summaries,
                    Arrays.asList(violations), base.errors);
        }

        @Override
        public String toString() {
            return "ReviewReport.Explainer[" + base.ruleSetId + ", " + violations.length + " violations]";
        }
    }

    /**
     * Whether the record is acceptable under {@code policy} (see the class comment).
     *
     * @param key the record's key
     * @param policy the policy that judges explanations of {@link Severity#VERIFY} failures
     * @return whether it is acceptable
     */
    public boolean isAcceptable(RecordKey key, ExplanationPolicy policy) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(policy, "policy");
        for (Violation v : violations) {
            if (v.key().equals(key) && blocks(v, policy)) {
                return false;
            }
        }
        for (EvaluationError e : errors) {
            if (e.key().equals(key) && severityOf(e.ruleId()) != Severity.HINT) {
                return false;
            }
        }
        return true;
    }

    /**
     * The keys of the records that are not acceptable under {@code policy}, in record order.
     *
     * @param policy the policy that judges explanations of {@link Severity#VERIFY} failures
     * @return the keys; empty when every record is acceptable
     */
    public List<RecordKey> unacceptableRecords(ExplanationPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        java.util.TreeMap<Integer, RecordKey> byRow = new java.util.TreeMap<>();
        for (Violation v : violations) {
            if (blocks(v, policy)) {
                byRow.putIfAbsent(v.row(), v.key());
            }
        }
        for (EvaluationError e : errors) {
            if (severityOf(e.ruleId()) != Severity.HINT) {
                byRow.putIfAbsent(e.row(), e.key());
            }
        }
        Set<RecordKey> keys = new LinkedHashSet<>(byRow.values());
        return List.copyOf(keys);
    }

    private static boolean blocks(Violation v, ExplanationPolicy policy) {
        if (v.severity().blocksAcceptance()) {
            return true;
        }
        if (v.severity() == Severity.VERIFY) {
            return v.explanation().map(e -> !policy.accepts(e)).orElse(true);
        }
        return false;
    }

    private Severity severityOf(String ruleId) {
        return summary(ruleId).map(RuleSummary::severity).orElse(Severity.MANDATORY);
    }

    /**
     * The report as JSON, keys in snake_case and in a fixed order (the format is documented in
     * statsbase-validation/README.md): numbers exact in plain notation, missing as {@code null}.
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectNode root = NODES.objectNode();
        root.put("rule_set", ruleSetId);
        if (version.isPresent()) {
            root.put("version", version.get());
        } else {
            root.putNull("version");
        }
        root.put("records", records);
        ArrayNode rules = root.putArray("rules");
        for (RuleSummary s : summaries) {
            ObjectNode o = rules.addObject();
            o.put("rule", s.ruleId());
            o.put("severity", s.severity().name());
            o.put("items", s.items());
            o.put("passes", s.passes());
            o.put("fails", s.fails());
            o.put("not_applicable", s.notApplicable());
            o.put("errors", s.errors());
        }
        ArrayNode vs = root.putArray("violations");
        for (Violation v : violations) {
            ObjectNode o = vs.addObject();
            o.put("rule", v.ruleId());
            o.put("severity", v.severity().name());
            o.put("row", v.row());
            o.set("key", key(v.key()));
            ArrayNode fields = o.putArray("fields");
            for (FieldValue f : v.fields()) {
                ObjectNode fo = fields.addObject();
                fo.put("field", f.field());
                value(fo, "value", f.value());
            }
            if (v.imbalance().isPresent()) {
                o.put("imbalance", v.imbalance().get());
            } else {
                o.putNull("imbalance");
            }
            o.put("message_zh", v.message().zh());
            o.put("message_en", v.message().en());
            if (v.explanation().isPresent()) {
                ObjectNode e = o.putObject("explanation");
                e.put("text", v.explanation().get().text());
                e.put("author", v.explanation().get().author());
                e.put("at", v.explanation().get().at().toString());
            } else {
                o.putNull("explanation");
            }
        }
        ArrayNode es = root.putArray("errors");
        for (EvaluationError e : errors) {
            ObjectNode o = es.addObject();
            o.put("rule", e.ruleId());
            o.put("row", e.row());
            o.set("key", key(e.key()));
            o.put("code", e.code());
            o.put("message_zh", e.messageZh());
            o.put("message_en", e.messageEn());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode key(RecordKey key) {
        ObjectNode o = NODES.objectNode();
        for (int i = 0; i < key.columns().size(); i++) {
            o.put(key.columns().get(i), key.values().get(i));
        }
        return o;
    }

    private static void value(ObjectNode o, String name, Value v) {
        if (v instanceof Value.Number n) {
            o.put(name, n.value());
        } else if (v instanceof Value.Text t) {
            o.put(name, t.value());
        } else if (v instanceof Value.Bool b) {
            o.put(name, b.value());
        } else if (v instanceof Value.Date d) {
            o.put(name, d.value().toString());
        } else {
            o.putNull(name);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewReport other && ruleSetId.equals(other.ruleSetId) && version.equals(other.version)
                && records == other.records && summaries.equals(other.summaries)
                && violations.equals(other.violations) && errors.equals(other.errors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleSetId, version, records, summaries, violations, errors);
    }

    @Override
    public String toString() {
        return "ReviewReport[" + ruleSetId + ", " + records + " records, " + violations.size() + " violations, "
                + errors.size() + " errors, " + summaries + "]";
    }
}
