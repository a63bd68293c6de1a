package org.statsbase.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.form.Indicator;
import org.statsbase.core.form.IndicatorType;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.level.Severity;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.review.EvaluationError;
import org.statsbase.validation.review.ExplanationPolicy;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.review.Violation;

/**
 * The review of one submission on submitting (数据采集审核: 审核公式 applied before 报送): its values as
 * a one-record dataset keyed by unit and period, the explanations given applied, and the rules that
 * block. Also the checking and canonical text of entered values.
 */
final class SubmissionReview {

    /** The key columns of the one-record dataset. */
    static final String UNIT_COLUMN = "unit_id";
    static final String PERIOD_COLUMN = "period";

    private SubmissionReview() {
    }

    /** The record key of a submission's one record. */
    static RecordKey recordKey(SubmissionKey key) {
        return new RecordKey(List.of(UNIT_COLUMN, PERIOD_COLUMN), List.of(key.unitId(), key.period().toString()));
    }

    /**
     * The canonical text of an entered value: numbers in plain notation, booleans {@code true}/{@code false},
     * dates ISO; {@code ""} stays (cleared). Without a form the text is kept as given.
     *
     * @throws Refusal {@code SB-REP-0107} for an indicator not on the form, {@code SB-REP-0108} for a value
     *                 not of the indicator's type
     */
    static String canonical(Optional<ReportForm> form, String formId, String indicator, String value) {
        if (form.isEmpty()) {
            return value;
        }
        Indicator ind = form.get().indicator(indicator)
                .orElseThrow(() -> new Refusal(ReportingError.UNKNOWN_INDICATOR, indicator, formId));
        if (value.isEmpty()) {
            return value;
        }
        IndicatorType type = ind.type();
        String text = value.strip();
        try {
            switch (type) {
                case NUMBER, INTEGER -> {
                    BigDecimal n = new BigDecimal(text);
                    int scale = Math.max(0, n.stripTrailingZeros().scale());
                    int allowed = type == IndicatorType.INTEGER ? 0 : ind.decimals().orElse(Integer.MAX_VALUE);
                    if (scale > allowed) {
                        throw invalid(indicator, value, type);
                    }
                    return n.toPlainString();
                }
                case DATE -> {
                    return LocalDate.parse(text).toString();
                }
                case BOOLEAN -> {
                    return bool(text).map(String::valueOf).orElseThrow(() -> invalid(indicator, value, type));
                }
                default -> {
                    return value;
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid(indicator, value, type);
        }
    }

    private static Refusal invalid(String indicator, String value, IndicatorType type) {
        return new Refusal(ReportingError.INVALID_VALUE, indicator, value,
                type.name().toLowerCase(java.util.Locale.ROOT), type.nameZh());
    }

    private static Optional<Boolean> bool(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "是", "yes" -> Optional.of(Boolean.TRUE);
            case "false", "0", "否", "no" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /**
     * Reviews the submission's values with its explanations applied.
     *
     * @throws Refusal {@code SB-REP-0306} when the values cannot be reviewed
     */
    static ReviewReport review(RuleSet rules, Optional<ReportForm> form, Submission s) {
        SubmissionKey key = s.key();
        RecordKey record = recordKey(key);
        try {
            Map<String, ColumnType> types = new LinkedHashMap<>();
            types.put(UNIT_COLUMN, ColumnType.TEXT);
            types.put(PERIOD_COLUMN, ColumnType.TEXT);
            form.ifPresent(f -> f.indicators().forEach(i -> types.put(i.code(), columnType(i.type()))));
            Map<String, Object> row = new HashMap<>();
            row.put(UNIT_COLUMN, key.unitId());
            row.put(PERIOD_COLUMN, key.period().toString());
            for (Map.Entry<String, String> v : s.values().entrySet()) {
                ColumnType type = types.computeIfAbsent(v.getKey(), k -> guess(v.getValue()));
                row.put(v.getKey(), javaValue(type, v.getValue()));
            }
            List<Column> columns = new ArrayList<>();
            types.forEach((name, type) -> columns.add(Column.of(name, type)));
            ColumnarDataset data = ColumnarDataset.fromMaps(key.subject(),
                    Schema.of(columns, List.of(UNIT_COLUMN, PERIOD_COLUMN)), List.of(row));
            ReviewReport report = rules.review(data);
            ReviewReport.Explainer explainer = report.explainer();
            for (SubmissionExplanation x : s.explanations()) {
                if (x.record().equals(record.toString()) && failsVerify(report, x.ruleId(), record)) {
                    explainer.explain(x.ruleId(), record, x.toExplanation());
                }
            }
            return explainer.report();
        } catch (StatsbaseException e) {
            throw new Refusal(ReportingError.REVIEW_FAILED, key.subject(), e.code(), e.messageEn(), e.messageZh());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Refusal(ReportingError.REVIEW_FAILED, key.subject(), "IllegalArgumentException",
                    String.valueOf(e.getMessage()), String.valueOf(e.getMessage()));
        }
    }

    /** Whether {@code record} fails the VERIFY rule {@code ruleId} in {@code report}. */
    static boolean failsVerify(ReviewReport report, String ruleId, RecordKey record) {
        for (Violation v : report.violations(record)) {
            if (v.ruleId().equals(ruleId) && v.severity() == Severity.VERIFY) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rules that block submitting, in report order: mandatory and quasi-mandatory failures, verify
     * failures without an explanation the policy accepts, and rules (other than hints) that could not be
     * evaluated. Hints never block.
     */
    static List<String> blockingRules(ReviewReport report, ExplanationPolicy policy) {
        Set<String> blocking = new LinkedHashSet<>();
        for (Violation v : report.violations()) {
            switch (v.severity()) {
                case MANDATORY, QUASI_MANDATORY -> blocking.add(v.ruleId());
                case VERIFY -> {
                    if (v.explanation().map(x -> !policy.accepts(x)).orElse(true)) {
                        blocking.add(v.ruleId());
                    }
                }
                default -> {
                    // hints never block
                }
            }
        }
        for (EvaluationError e : report.errors()) {
            if (report.summary(e.ruleId()).map(r -> r.severity() != Severity.HINT).orElse(true)) {
                blocking.add(e.ruleId());
            }
        }
        return List.copyOf(blocking);
    }

    private static ColumnType columnType(IndicatorType type) {
        return switch (type) {
            case NUMBER, INTEGER -> ColumnType.NUMBER;
            case DATE -> ColumnType.DATE;
            case BOOLEAN -> ColumnType.BOOLEAN;
            default -> ColumnType.TEXT;
        };
    }

    // Without a form, a value is a number when it reads as one (DESIGN.md, "Review rules").
    private static ColumnType guess(String value) {
        if (value.isEmpty()) {
            return ColumnType.NUMBER;
        }
        try {
            new BigDecimal(value.strip());
            return ColumnType.NUMBER;
        } catch (NumberFormatException e) {
            return ColumnType.TEXT;
        }
    }

    private static Object javaValue(ColumnType type, String value) {
        if (value.isEmpty()) {
            return null;
        }
        String text = value.strip();
        return switch (type) {
            case NUMBER -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            case BOOLEAN -> bool(text).orElse(Boolean.FALSE);
            default -> value;
        };
    }
}
