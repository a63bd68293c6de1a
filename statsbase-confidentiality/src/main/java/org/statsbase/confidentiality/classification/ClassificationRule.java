package org.statsbase.confidentiality.classification;

/**
 * The clauses {@link DataClassifier} applies, each a reason it gives, with its text template in Chinese and
 * English ({@code {0}}… filled per item).
 *
 * <p>Thread safety: immutable constants.
 */
public enum ClassificationRule {
    /** A configured secret item in force decides the level: {0} item key, {1} level en, {2} level zh, {3} years, {4} until, {5} source. */
    SECRET_ITEM("列入国家秘密事项“{0}”（依据：{5}），密级{2}，保密期限 {3} 年，{4}解密",
            "listed as state-secret item \"{0}\" ({5}): {1} for {3} years, declassified {4}"),
    /** A configured secret item whose period has ended: {0} item key, {1} level en, {2} level zh, {3} the instant. */
    SECRET_ITEM_DECLASSIFIED("国家秘密事项“{0}”（{2}）的保密期限已于 {3} 届满，自行解密",
            "the secrecy period of state-secret item \"{0}\" ({1}) ended at {3}: declassified"),
    /** 统计法 2009 第二十五条: {0} level en, {1} level zh. */
    UNIT_LEVEL_NEVER_PUBLIC("基层数据能够识别单个统计调查对象，不得公开（统计法 2009 第二十五条），定为{1}",
            "unit-level data identifies single respondents and is never public (Statistics Law 2009, art. 25): {0}"),
    /** An aggregate without release time: {0} level en, {1} level zh. */
    AGGREGATE_NOT_SCHEDULED("综合数据尚未确定公布时间，公布前定为{1}",
            "the aggregate has no release time: {0} until released"),
    /** An aggregate before its release: {0} level en, {1} level zh, {2} release time. */
    AGGREGATE_BEFORE_RELEASE("综合数据在公布时间 {2} 之前定为{1}",
            "the aggregate is {0} until its release time {2}"),
    /** Released, disclosure control passed. */
    AGGREGATE_RELEASED("综合数据已于 {0} 公布，且已通过披露控制（不能推断单个调查对象），为公开数据",
            "the aggregate was released at {0} and passed disclosure control: public"),
    /** Released without disclosure control: {0} release time, {1} level en, {2} level zh. */
    AGGREGATE_RELEASED_UNCHECKED("综合数据虽已到公布时间 {0}，但未通过披露控制，仍定为{2}",
            "the aggregate's release time {0} has passed but it has not passed disclosure control: still {1}"),
    /** The grade: {0} grade en, {1} grade zh, {2} the row number (1-based), {3} the policy id. */
    GRADE("按分级规则第 {2} 条（{3}）定为{1}数据", "graded {0} by row {2} of the grading table ({3})");

    private final String templateZh;
    private final String templateEn;

    ClassificationRule(String templateZh, String templateEn) {
        this.templateZh = templateZh;
        this.templateEn = templateEn;
    }

    /**
     * The Chinese template.
     *
     * @return the Chinese template
     */
    public String templateZh() {
        return templateZh;
    }

    /**
     * The English template.
     *
     * @return the English template
     */
    public String templateEn() {
        return templateEn;
    }
}
