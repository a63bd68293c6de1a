package org.statsbase.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;

/**
 * Assertions on a module's error enum (DESIGN.md: every error has a stable code and a message in Chinese and
 * English): codes of the module's prefix, unique; both templates written, the Chinese one not plain ASCII; every
 * placeholder filled; the module's exception carries the code and starts its message with it.
 */
public final class ErrorCatalog {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private ErrorCatalog() {
    }

    /** Every code of {@code errors} is {@code SB-<module>-NNNN} and none repeats. */
    public static void assertCodesWellFormedAndUnique(String module, ErrorCode[] errors) {
        Pattern code = Pattern.compile("SB-" + module + "-\\d{4}");
        Set<String> seen = new HashSet<>();
        for (ErrorCode e : errors) {
            assertThat(e.code()).matches(code);
            assertThat(seen.add(e.code())).as("duplicate %s", e.code()).isTrue();
        }
    }

    /**
     * Every error of {@code errors} has both templates, a Chinese one that is not plain ASCII, fills each of its
     * placeholders in both languages, and gives an exception ({@code exception}) with its code.
     */
    public static <E extends ErrorCode> void assertBilingualAndFilled(E[] errors,
            BiFunction<E, Object[], ? extends StatsbaseException> exception) {
        Object[] args = {"a0", "a1", "a2", "a3", "a4", "a5"};
        for (E e : errors) {
            assertThat(e.templateZh()).as(e.code()).isNotBlank().doesNotContainPattern("^[\\x00-\\x7F]*$");
            assertThat(e.templateEn()).as(e.code()).isNotBlank();
            assertThat(e.formatZh(args)).as(e.code()).doesNotContainPattern(PLACEHOLDER.pattern());
            assertThat(e.formatEn(args)).as(e.code()).doesNotContainPattern(PLACEHOLDER.pattern());
            StatsbaseException ex = exception.apply(e, args);
            assertThat(ex.code()).isEqualTo(e.code());
            assertThat(ex.getMessage()).startsWith(e.code());
        }
    }
}
