package org.statsbase.validation.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.statsbase.core.form.ReportForm;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.internal.lang.Engine;
import org.statsbase.validation.internal.lang.Environment;
import org.statsbase.validation.rules.LocalizedText;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleLimits;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * A compiled rule set (审核公式集): every rule parsed, checked and compiled once into an evaluator
 * over column indexes. Compiling against a form definition ({@link ReportForm}) or a
 * {@link Schema} also checks indicator codes and types; without either, fields are resolved and
 * types checked at review time. Expressions are parsed under {@link RuleLimits}: the overloads
 * without a {@code limits} argument use {@link RuleLimits#defaults()}.
 *
 * <p>Semantics follow statsbase DESIGN.md "Review rules" (R validate 1.1.6 / SDMX VTL
 * three-valued logic: a check that evaluates to missing is not applicable).
 *
 * <p>Thread safety: immutable; {@link #review} may be called from several threads at once.
 */
public final class RuleSet {

    private final Engine engine;

    private RuleSet(Engine engine) {
        this.engine = engine;
    }

    /**
     * Compiles a rule set without a form or schema.
     *
     * @param definition the rules, never null
     * @return the compiled rule set
     * @throws org.statsbase.validation.error.RuleSetException with every problem of every rule
     */
    public static RuleSet compile(RuleSetDefinition definition) {
        return new RuleSet(Engine.compile(definition, Environment.none()));
    }

    /**
     * Compiles a rule set against a form definition: unknown indicators and type errors are
     * reported.
     *
     * @param definition the rules, never null
     * @param form the form whose indicators the rules read, never null
     * @return the compiled rule set
     * @throws org.statsbase.validation.error.RuleSetException with every problem of every rule
     */
    public static RuleSet compile(RuleSetDefinition definition, ReportForm form) {
        return new RuleSet(Engine.compile(definition, Environment.of(Objects.requireNonNull(form, "form"))));
    }

    /**
     * Compiles a rule set against a schema: unknown columns and type errors are reported.
     *
     * @param definition the rules, never null
     * @param schema the columns the rules read, never null
     * @return the compiled rule set
     * @throws org.statsbase.validation.error.RuleSetException with every problem of every rule
     */
    public static RuleSet compile(RuleSetDefinition definition, Schema schema) {
        return new RuleSet(Engine.compile(definition, Environment.of(Objects.requireNonNull(schema, "schema"))));
    }

    /**
     * Compiles a rule set without a form or schema, under {@code limits}: an expression over a
     * limit is a problem of the exception ({@code SB-VAL-03xx}) naming the configured limit.
     *
     * @param definition the rules, never null
     * @param limits the bounds expressions are parsed and compiled under, never null
     * @return the compiled rule set
     * @throws org.statsbase.validation.error.RuleSetException with every problem of every rule
     */
    public static RuleSet compile(RuleSetDefinition definition, RuleLimits limits) {
        return new RuleSet(Engine.compile(definition, Environment.none(), Objects.requireNonNull(limits, "limits")));
    }

    /**
     * Compiles a rule set against a form definition, under {@code limits}: unknown indicators,
     * type errors and expressions over a limit are reported.
     *
     * @param definition the rules, never null
     * @param form the form whose indicators the rules read, never null
     * @param limits the bounds expressions are parsed and compiled under, never null
     * @return the compiled rule set
     * @throws org.statsbase.validation.error.RuleSetException with every problem of every rule
     */
    public static RuleSet compile(RuleSetDefinition definition, ReportForm form, RuleLimits limits) {
        return new RuleSet(Engine.compile(definition, Environment.of(Objects.requireNonNull(form, "form")),
                Objects.requireNonNull(limits, "limits")));
    }

    /**
     * Compiles a rule set against a schema, under {@code limits}: unknown columns, type errors and
     * expressions over a limit are reported.
     *
     * @param definition the rules, never null
     * @param schema the columns the rules read, never null
     * @param limits the bounds expressions are parsed and compiled under, never null
     * @return the compiled rule set
     * @throws org.statsbase.validation.error.RuleSetException with every problem of every rule
     */
    public static RuleSet compile(RuleSetDefinition definition, Schema schema, RuleLimits limits) {
        return new RuleSet(Engine.compile(definition, Environment.of(Objects.requireNonNull(schema, "schema")),
                Objects.requireNonNull(limits, "limits")));
    }

    /**
     * The definition this was compiled from.
     *
     * @return the definition, never null
     */
    public RuleSetDefinition definition() {
        return engine.definition();
    }

    /**
     * The rule-set id.
     *
     * @return the id, never blank
     */
    public String id() {
        return engine.definition().id();
    }

    /**
     * Reviews a dataset with no reference datasets and no code lists.
     *
     * @param data the records to review
     * @return the report
     */
    public ReviewReport review(Dataset data) {
        return review(data, ReviewContext.empty());
    }

    /**
     * Reviews a dataset.
     *
     * @param data the records to review
     * @param context the reference datasets, code lists and how to run
     * @return the report
     * @throws org.statsbase.core.error.StatsbaseException (SB-VAL-0601..0604) when a field,
     *         reference dataset or code list that a rule reads is not there
     */
    public ReviewReport review(Dataset data, ReviewContext context) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(context, "context");
        List<Engine.RuleResult> results = engine.review(data, context.references(), context.codeLists(),
                context.chunkSize(), context.parallel());
        List<RuleSummary> summaries = new ArrayList<>(results.size());
        List<Violation> violations = new ArrayList<>();
        List<EvaluationError> errors = new ArrayList<>();
        for (Engine.RuleResult r : results) {
            RuleDefinition rule = r.rule();
            summaries.add(new RuleSummary(rule.id(), rule.severity(),
                    r.passes() + r.fails() + r.notApplicable() + r.errors(), r.passes(), r.fails(), r.notApplicable(),
                    r.errors()));
            for (Engine.Failure f : r.failures()) {
                violations.add(new Violation(rule.id(), rule.severity(), f.key(), f.row(), f.fields(), f.imbalance(),
                        LocalizedText.of(f.messageZh(), f.messageEn()), java.util.Optional.empty()));
            }
            for (Engine.Error e : r.errorItems()) {
                errors.add(new EvaluationError(rule.id(), e.key(), e.row(), e.code(), e.messageZh(), e.messageEn()));
            }
        }
        return new ReviewReport(engine.definition().id(), engine.definition().version(), data.size(), summaries,
                violations, errors);
    }

    @Override
    public String toString() {
        return "RuleSet[" + id() + ", " + engine.rules().size() + " rules]";
    }
}
