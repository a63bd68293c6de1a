package org.statsbase.validation.error;

import org.statsbase.core.error.ErrorCode;

/**
 * Every error code of statsbase-validation, in one place ({@code SB-VAL-NNNN}).
 *
 * <p>Numbers are allocated in blocks per area and never reused: 00xx general, 01xx rule
 * syntax (lexer, parser), 02xx static checks of rules (unknown indicators and functions, arity,
 * types), 03xx evaluation limits, 04xx rule-set files and providers, 05xx datasets and their
 * readers, 06xx reviews, reports and explanations, 07xx the Jakarta Validation bridge.
 *
 * <p>Thread safety: immutable constants.
 */
public enum ValidationError implements ErrorCode {

    // ---- 00xx general -------------------------------------------------------------------
    RULE_PROBLEMS("SB-VAL-0001", "{0} 有 {1} 处错误，第一处：{2}", "{0} has {1} problem(s), the first: {3}"),

    // ---- 01xx rule syntax -----------------------------------------------------------------

    // ---- 02xx static checks -----------------------------------------------------------------

    // ---- 03xx evaluation limits ---------------------------------------------------------------

    // ---- 04xx rule-set files and providers ------------------------------------------------------

    // ---- 05xx datasets ------------------------------------------------------------------------

    // ---- 06xx reviews, reports, explanations ----------------------------------------------------

    // ---- 07xx Jakarta Validation bridge ---------------------------------------------------------
    /** A well-formed division code at a level the {@code @DivisionCode(level = …)} constraint does not allow. */
    CONSTRAINT_DIVISION_WRONG_LEVEL("SB-VAL-0701", "区划代码“{0}”的级别为{3}，应为{2}",
            "division code \"{0}\" is at the {3} level; expected {2}"),
    /** A well-formed industry code coarser than the {@code @IndustryCode(minLevel = …)} constraint allows. */
    CONSTRAINT_INDUSTRY_TOO_COARSE("SB-VAL-0702", "行业代码“{0}”只细到{3}，应至少细到{2}",
            "industry code \"{0}\" stops at the {3} level; expected at least the {2} level"),
    ;

    private final String code;
    private final String templateZh;
    private final String templateEn;

    ValidationError(String code, String templateZh, String templateEn) {
        this.code = code;
        this.templateZh = templateZh;
        this.templateEn = templateEn;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String templateZh() {
        return templateZh;
    }

    @Override
    public String templateEn() {
        return templateEn;
    }
}
