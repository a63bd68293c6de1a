package org.statsbase.testkit.code;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.code.IndustryCheck;
import org.statsbase.core.code.IndustryClassification;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustryEntry;
import org.statsbase.core.code.IndustryLevel;
import org.statsbase.core.code.IndustrySection;

/**
 * jqwik arbitraries of GB/T 4754-2017 国民经济行业分类 codes ({@link IndustryCode}): valid codes at
 * each level, every accepted input form of a code ({@code 13}, {@code 131}, {@code 1311},
 * {@code C}, {@code C13}, {@code C1311}, respelt full-width, lower-case, blank-padded), and for
 * each {@link IndustryCode.Reason} inputs that fail for exactly that reason; and, against a small
 * made-up full table ({@link #syntheticFullTable()}), codes that fail with
 * {@link IndustryCheck.Reason#UNKNOWN_CODE}.
 *
 * <p>Groups and classes are <em>plausible</em>: a real division (01–97) followed by any digits,
 * as the full table uses every digit 0–9 at both places. Whether one exists needs the full table
 * (see {@code IndustryClassification}); these generators do not claim it.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class IndustryCodes {

    /** Characters that are neither digits nor letters and survive normalisation unchanged. */
    private static final String SYMBOLS = "!#$%&*+-./:;=?@_~";

    private IndustryCodes() {
    }

    /**
     * The 20 sections A–T.
     *
     * @return the sections (门类)
     */
    public static Arbitrary<IndustryCode> sections() {
        return Arbitraries.of(IndustrySection.class).map(IndustryCode::of);
    }

    /**
     * The 97 divisions 01–97.
     *
     * @return the divisions (大类)
     */
    public static Arbitrary<IndustryCode> divisions() {
        return Arbitraries.integers().between(1, 97).map(d -> IndustryCode.parse(twoDigits(d)));
    }

    /**
     * Plausible groups: a division and one more digit.
     *
     * @return three-digit groups (中类), not all in the real table
     */
    public static Arbitrary<IndustryCode> groups() {
        return Combinators.combine(divisions(), Arbitraries.integers().between(0, 9))
                .as((division, digit) -> IndustryCode.parse(division.digits() + digit));
    }

    /**
     * Plausible classes: a plausible group and one more digit.
     *
     * @return four-digit classes (小类), not all in the real table
     */
    public static Arbitrary<IndustryCode> classes() {
        return Combinators.combine(groups(), Arbitraries.integers().between(0, 9))
                .as((group, digit) -> IndustryCode.parse(group.digits() + digit));
    }

    /**
     * Valid codes at one level.
     *
     * @param level the level the codes must have
     * @return codes of {@code level}
     */
    public static Arbitrary<IndustryCode> atLevel(IndustryLevel level) {
        Objects.requireNonNull(level, "level");
        switch (level) {
            case SECTION:
                return sections();
            case DIVISION:
                return divisions();
            case GROUP:
                return groups();
            default:
                return classes();
        }
    }

    /**
     * Valid codes of every level.
     *
     * @return codes of the four levels
     */
    public static Arbitrary<IndustryCode> valid() {
        return Arbitraries.oneOf(sections(), divisions(), groups(), classes());
    }

    /**
     * Every accepted spelling of {@code code}: the digits alone (not for a section) or with the
     * section letter, each respelt full-width, lower-case or blank-padded.
     *
     * @param code a valid code
     * @return texts that parse to {@code code}
     */
    public static Arbitrary<String> inputFormsOf(IndustryCode code) {
        Objects.requireNonNull(code, "code");
        Arbitrary<String> bare = code.level() == IndustryLevel.SECTION ? Arbitraries.just(code.canonical())
                : Arbitraries.of(code.canonical(), code.digits());
        return bare.flatMap(CodeInputs::spellingsOf);
    }

    /**
     * A valid code with one of its accepted input forms: {@code [canonical, input]}.
     *
     * @return pairs of a canonical code and a text that parses to it
     */
    public static Arbitrary<String[]> inputs() {
        return valid().flatMap(code -> inputFormsOf(code).map(input -> new String[] {code.canonical(), input}));
    }

    /**
     * Inputs that fail {@link IndustryCode#check(CharSequence)} for some reason.
     *
     * @return inputs that {@code IndustryCode.check} refuses
     */
    public static Arbitrary<String> invalid() {
        List<Arbitrary<String>> all = new ArrayList<>();
        for (IndustryCode.Reason reason : IndustryCode.Reason.values()) {
            all.add(invalid(reason).filter(Objects::nonNull));
        }
        return Arbitraries.oneOf(all);
    }

    /**
     * Inputs that fail {@link IndustryCode#check(CharSequence)} for exactly {@code reason}
     * ({@link IndustryCode.Reason#EMPTY} includes {@code null}).
     *
     * @param reason the reason {@code IndustryCode.check} must give
     * @return inputs that fail with {@code reason} and no other
     */
    public static Arbitrary<String> invalid(IndustryCode.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        switch (reason) {
            case EMPTY:
                return Arbitraries.strings().withChars(" \t\u3000").ofMaxLength(4).injectNull(0.2);
            case ILLEGAL_CHARACTER:
                return illegalCharacter();
            case WRONG_LENGTH:
                return wrongLength();
            case UNKNOWN_SECTION:
                return Combinators.combine(Arbitraries.chars().range('U', 'Z'), digitsOrNone())
                        .as((letter, digits) -> letter + digits);
            case UNKNOWN_DIVISION:
                return unknownDivision();
            case SECTION_MISMATCH:
                return Combinators.combine(Arbitraries.oneOf(divisions(), groups(), classes()),
                        Arbitraries.of(IndustrySection.class))
                        .filter((code, section) -> code.section() != section)
                        .as((code, section) -> section.letter() + code.digits());
            default:
                throw new IllegalArgumentException("no generator for " + reason);
        }
    }

    private static Arbitrary<String> illegalCharacter() {
        Arbitrary<String> forms = Arbitraries.oneOf(divisions(), groups(), classes())
                .flatMap(code -> Arbitraries.of(code.canonical(), code.digits()));
        return forms.flatMap(form -> Combinators.combine(Arbitraries.integers().between(0, form.length() - 1),
                Arbitraries.of(chars(SYMBOLS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
                // A letter in first place would be read as a section letter.
                .filter((at, c) -> at > 0 || !Character.isLetter(c))
                .as((at, c) -> form.substring(0, at) + c + form.substring(at + 1)));
    }

    private static Arbitrary<String> wrongLength() {
        Arbitrary<String> digits = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(1),
                Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(12));
        Arbitrary<String> letter = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.of(IndustrySection.class).map(s -> String.valueOf(s.letter())));
        return Combinators.combine(letter, digits).as((l, d) -> l + d);
    }

    private static Arbitrary<String> unknownDivision() {
        Arbitrary<String> division = Arbitraries.of("00", "98", "99");
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofMaxLength(2);
        Arbitrary<String> letter = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.of(IndustrySection.class).map(s -> String.valueOf(s.letter())));
        return Combinators.combine(letter, division, rest).as((l, d, r) -> l + d + r);
    }

    private static Arbitrary<String> digitsOrNone() {
        return Arbitraries.oneOf(Arbitraries.just(""), divisions().map(IndustryCode::digits),
                groups().map(IndustryCode::digits), classes().map(IndustryCode::digits));
    }

    private static List<Character> chars(String text) {
        Character[] out = new Character[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = text.charAt(i);
        }
        return Arrays.asList(out);
    }

    private static String twoDigits(int division) {
        return division < 10 ? "0" + division : String.valueOf(division);
    }

    /**
     * A small but structurally complete four-level table, made up here (the real one is not
     * shipped and never copied into the project): the shipped 20 sections and 97 divisions, and
     * under each division {@code d} one group {@code d1} with the classes {@code d11} and
     * {@code d19}. Loaded once.
     *
     * @return the synthetic table, the same instance on every call
     */
    public static IndustryClassification syntheticFullTable() {
        return SyntheticTable.TABLE;
    }

    /**
     * Inputs that fail {@link IndustryClassification#check(CharSequence)} against
     * {@link #syntheticFullTable()} with exactly {@code reason}: for
     * {@link IndustryCheck.Reason#UNKNOWN_CODE} well-formed groups and classes of real divisions
     * that the table lacks (groups {@code d0}, {@code d2}–{@code d9}; classes {@code d1x} with
     * {@code x} neither 1 nor 9, and classes below the missing groups), in every accepted spelling.
     * The shipped table holds only sections and divisions, all of them, so no well-formed code is
     * unknown there.
     *
     * @param reason the reason {@code IndustryClassification.check} must give
     * @return inputs that fail with {@code reason} against the synthetic table
     */
    public static Arbitrary<String> invalid(IndustryCheck.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason != IndustryCheck.Reason.UNKNOWN_CODE) {
            throw new IllegalArgumentException("no generator for " + reason);
        }
        Arbitrary<IndustryCode> missingGroups = Combinators.combine(divisions(), Arbitraries.of(0, 2, 3, 4, 5, 6, 7, 8, 9))
                .as((d, g) -> IndustryCode.parse(d.digits() + g));
        Arbitrary<IndustryCode> missingClasses = Arbitraries.oneOf(
                Combinators.combine(divisions(), Arbitraries.of(0, 2, 3, 4, 5, 6, 7, 8))
                        .as((d, c) -> IndustryCode.parse(d.digits() + "1" + c)),
                Combinators.combine(missingGroups, Arbitraries.integers().between(0, 9))
                        .as((g, c) -> IndustryCode.parse(g.digits() + c)));
        return Arbitraries.oneOf(missingGroups, missingClasses).flatMap(IndustryCodes::inputFormsOf);
    }

    /** Holder of the synthetic table, built on first use. */
    private static final class SyntheticTable {
        static final IndustryClassification TABLE = build();

        private static IndustryClassification build() {
            IndustryClassification shipped = IndustryClassification.shipped();
            StringBuilder csv = new StringBuilder("code,name\n");
            for (IndustryEntry section : shipped.entries(IndustryLevel.SECTION)) {
                csv.append(section.code().canonical()).append(',').append(section.nameZh()).append('\n');
                for (IndustryEntry division : shipped.children(section.code())) {
                    String d = division.code().digits();
                    csv.append(d).append(',').append(division.nameZh()).append('\n')
                            .append(d).append("1,合成中类").append(d).append("1\n")
                            .append(d).append("11,合成小类").append(d).append("11\n")
                            .append(d).append("19,合成小类").append(d).append("19\n");
                }
            }
            return IndustryClassification.loadCsv(
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "testkit-synthetic");
        }
    }
}
