package org.statsbase.testkit.code;

import java.util.Arrays;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.statsbase.core.code.UrbanRuralCode;
import org.statsbase.core.code.UrbanRuralGroup;

/**
 * Arbitraries of 城乡分类代码 ({@link UrbanRuralCode}): the seven codes, the group codes, and for
 * each {@link UrbanRuralCode.Reason} inputs that fail for exactly that reason.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class UrbanRuralCodes {

    private UrbanRuralCodes() {
    }

    /**
     * One of the seven codes.
     *
     * @return one of the seven urban-rural codes (城乡分类代码)
     */
    public static Arbitrary<UrbanRuralCode> valid() {
        return Arbitraries.of(UrbanRuralCode.class);
    }

    /**
     * The group codes 100, 110, 120, 200 as text.
     *
     * @return a group code, which is not a valid urban-rural code
     */
    public static Arbitrary<String> groupCodes() {
        return Arbitraries.of(UrbanRuralGroup.class).map(UrbanRuralGroup::code);
    }

    /**
     * Inputs that fail for exactly {@code reason}.
     *
     * @param reason the reason {@code UrbanRuralCode.check} must give
     * @return inputs that fail with {@code reason} and no other
     */
    public static Arbitrary<String> invalid(UrbanRuralCode.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        switch (reason) {
            case EMPTY:
                return Arbitraries.of("", " ", "\t", "\u3000");
            case ILLEGAL_CHARACTER:
                return Arbitraries.strings().numeric().ofLength(3).flatMap(s -> Arbitraries.integers().between(0, 2)
                        .flatMap(i -> Arbitraries.of('A', 'x', '-', '村').map(c -> s.substring(0, i) + c
                                + s.substring(i + 1))));
            case WRONG_LENGTH:
                return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8).filter(s -> s.length() != 3);
            case GROUP_CODE:
                return groupCodes();
            default:
                return Arbitraries.strings().numeric().ofLength(3)
                        .filter(s -> UrbanRuralGroup.ofCode(s).isEmpty())
                        .filter(s -> Arrays.stream(UrbanRuralCode.values()).noneMatch(u -> u.code()
                                .equals(s)));
        }
    }
}
