package org.statsbase.confidentiality.classification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.confidentiality.internal.Texts;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * One state-secret item of a secret-items list (统计工作国家秘密范围的规定, as an office configures it):
 * the data items it covers (one id, or a glob pattern where {@code *} stands for any run of characters and
 * {@code ?} for one), its level, its secrecy period (保密期限, at most the level's longest under
 * 保守国家秘密法, which is also the default), and the source that makes it secret.
 *
 * <p>Thread safety: immutable.
 */
public final class SecretItem {

    private static final Pattern PATTERN_CHARS = Pattern.compile("[\\p{L}\\p{N}._:/*?-]+");

    private final String id;
    private final String pattern;
    private final Pattern regex;
    private final ConfidentialityLevel level;
    private final int secrecyYears;
    private final String source;

    private SecretItem(String id, String pattern, ConfidentialityLevel level, int secrecyYears, String source) {
        this.id = id;
        this.pattern = pattern;
        this.regex = pattern == null ? null : compile(pattern);
        this.level = level;
        this.secrecyYears = secrecyYears;
        this.source = source;
    }

    /**
     * The secret item covering exactly the data item {@code id}.
     *
     * @param id           the data item's id
     * @param level        秘密, 机密 or 绝密
     * @param secrecyYears the secrecy period in years, from 1 to the level's longest
     * @param source       the document that makes the item secret
     * @return the secret item
     * @throws ConfidentialityException SB-CONF-0105 when {@code level} is not a state secret, SB-CONF-0106 when
     *                                  the period is not within 1 and the level's longest
     */
    public static SecretItem ofId(String id, ConfidentialityLevel level, int secrecyYears, String source) {
        Texts.singleLine(id, "secret item id", "密点标识");
        return new SecretItem(id, null, checkLevel(level, secrecyYears), secrecyYears,
                Texts.singleLine(source, "source", "依据"));
    }

    /**
     * The secret item covering every data item whose id matches the glob {@code pattern}.
     *
     * @param pattern      a glob over data item ids, for example {@code gdp.quarterly.*}
     * @param level        秘密, 机密 or 绝密
     * @param secrecyYears the secrecy period in years, from 1 to the level's longest
     * @param source       the document that makes the item secret
     * @return the secret item
     * @throws ConfidentialityException SB-CONF-0114 for characters outside letters, digits, {@code . - _ / :}
     *                                  and the wildcards; SB-CONF-0105, -0106 as {@link #ofId}
     */
    public static SecretItem ofPattern(String pattern, ConfidentialityLevel level, int secrecyYears, String source) {
        Texts.singleLine(pattern, "secret item pattern", "密点模式");
        if (!PATTERN_CHARS.matcher(pattern).matches()) {
            throw new ConfidentialityException(ConfidentialityError.SECRET_ITEM_BAD_PATTERN, "pattern", pattern);
        }
        return new SecretItem(null, pattern, checkLevel(level, secrecyYears), secrecyYears,
                Texts.singleLine(source, "source", "依据"));
    }

    /** Whether {@code pattern} is a pattern {@link #ofPattern} accepts as to its characters. */
    static boolean isWellFormedPattern(String pattern) {
        return PATTERN_CHARS.matcher(pattern).matches();
    }

    private static ConfidentialityLevel checkLevel(ConfidentialityLevel level, int years) {
        Objects.requireNonNull(level, "level");
        if (!level.isStateSecret()) {
            throw new ConfidentialityException(ConfidentialityError.SECRET_ITEM_NOT_STATE_SECRET, "level", level);
        }
        int longest = level.defaultMaximumSecrecyYears().getAsInt();
        if (years < 1 || years > longest) {
            throw new ConfidentialityException(ConfidentialityError.SECRET_ITEM_PERIOD_OUT_OF_RANGE, "period_years",
                    years, longest, level.nameZh());
        }
        return level;
    }

    private static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                re.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /**
     * Whether this item covers the data item with {@code itemId}.
     *
     * @param itemId a data item's id
     * @return true when this item covers the data item with {@code itemId}
     */
    public boolean covers(String itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return id != null ? id.equals(itemId) : regex.matcher(itemId).matches();
    }

    /**
     * The id this item covers, when it names one.
     *
     * @return the id this item covers; empty for a pattern item
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * The glob pattern, when it has one.
     *
     * @return the glob pattern; empty for an item naming one id
     */
    public Optional<String> pattern() {
        return Optional.ofNullable(pattern);
    }

    /**
     * The id or the pattern, as written.
     *
     * @return the id or the pattern, as written
     */
    public String key() {
        return id != null ? id : pattern;
    }

    /**
     * 秘密, 机密 or 绝密.
     *
     * @return the level: 秘密, 机密 or 绝密
     */
    public ConfidentialityLevel level() {
        return level;
    }

    /**
     * The secrecy period in years.
     *
     * @return the secrecy period in years
     */
    public int secrecyYears() {
        return secrecyYears;
    }

    /**
     * The document that makes the item secret.
     *
     * @return the document that makes the item secret
     */
    public String source() {
        return source;
    }

    /**
     * When the secrecy of data formed at {@code formedAt} ends: {@code formedAt} plus the period, in UTC.
     *
     * @param formedAt when the data was formed
     * @return {@code formedAt} plus the secrecy period, in UTC
     */
    public Instant declassifiesAt(Instant formedAt) {
        Objects.requireNonNull(formedAt, "formedAt");
        return formedAt.atOffset(ZoneOffset.UTC).plusYears(secrecyYears).toInstant();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretItem s && Objects.equals(id, s.id) && Objects.equals(pattern, s.pattern)
                && level == s.level && secrecyYears == s.secrecyYears && source.equals(s.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, pattern, level, secrecyYears, source);
    }

    @Override
    public String toString() {
        return "SecretItem[" + key() + ", " + level + ", " + secrecyYears + " years, " + source + "]";
    }
}
