package org.statsbase.testkit.trail;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.trail.EventDraft;

/**
 * Arbitraries of trail events ({@link EventDraft}) for property tests of anything that writes to or
 * reads from a trail.
 *
 * <p>Valid drafts mix ASCII ids with Chinese text, supplementary-plane characters (which UTF-8
 * encodes in four bytes) and empty payload values, so that encodings and hashes are exercised
 * beyond plain ASCII. {@link #hostileFields()} gives texts a draft must refuse with a typed error.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class EventDrafts {

    private EventDrafts() {
    }

    /**
     * Single-line, non-blank text: ids, Chinese names, a supplementary character now and then.
     *
     * @return single-line, non-blank texts
     */
    public static Arbitrary<String> fieldTexts() {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars('-', '_', '.', '/').ofMinLength(1).ofMaxLength(24);
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> mixed = Combinators.combine(ascii, chinese).as((a, c) -> a + c + "\uD83D\uDCCA");
        return Arbitraries.oneOf(ascii, chinese, mixed);
    }

    /**
     * Payload values: any of {@link #fieldTexts()}, numbers as text, multi-line text, or empty (a cleared value).
     *
     * @return payload values, the empty (cleared) value included
     */
    public static Arbitrary<String> payloadValues() {
        Arbitrary<String> numbers = Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e12"),
                new java.math.BigDecimal("1e12")).ofScale(2).map(java.math.BigDecimal::toPlainString);
        return Arbitraries.oneOf(fieldTexts(), numbers, fieldTexts().map(s -> s + "\n第二行\t" + s), Arbitraries.just(""));
    }

    /**
     * Drafts carried out (done) or refused, with up to eight payload entries.
     *
     * @return drafts, done or refused, with up to eight payload entries
     */
    public static Arbitrary<EventDraft> drafts() {
        Arbitrary<EventDraft> base = Combinators.combine(fieldTexts(), fieldTexts(), fieldTexts(), fieldTexts())
                .as(EventDraft::of);
        Arbitrary<List<String>> keys = fieldTexts().list().ofMaxSize(8);
        return Combinators.combine(base, keys, payloadValues().list().ofSize(8), Arbitraries.integers().between(0, 4))
                .as((draft, ks, values, refusal) -> {
                    EventDraft d = draft;
                    for (int i = 0; i < ks.size(); i++) {
                        d = d.with(ks.get(i), values.get(i));
                    }
                    return refusal == 0 ? d.refused("SB-TEST-0001") : d;
                });
    }

    /**
     * Sequences of {@code min} to {@code max} drafts.
     *
     * @param min the fewest drafts, at least 0
     * @param max the most drafts, at least {@code min}
     * @return lists of drafts
     */
    public static Arbitrary<List<EventDraft>> sequences(int min, int max) {
        return drafts().list().ofMinSize(min).ofMaxSize(max);
    }

    /**
     * Field texts that {@link EventDraft#of} must refuse: blank, with a control character (line
     * break, NUL, escape), with a lone surrogate, or longer than {@link EventDraft#MAX_FIELD_LENGTH}.
     *
     * @return field texts that are refused
     */
    public static Arbitrary<String> hostileFields() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\t", "\u3000"),
                fieldTexts().map(s -> s + "\n"),
                fieldTexts().map(s -> "\u0000" + s),
                fieldTexts().map(s -> s + "\u001b[2J"),
                fieldTexts().map(s -> s + "\uD800"),
                fieldTexts().map(s -> "\uDC00" + s),
                Arbitraries.just("x".repeat(EventDraft.MAX_FIELD_LENGTH + 1)));
    }
}
