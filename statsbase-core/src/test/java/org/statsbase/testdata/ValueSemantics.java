package org.statsbase.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

/** Assertions on the value semantics every public value type of statsbase promises (equals, hashCode, toString). */
public final class ValueSemantics {

    private ValueSemantics() {
    }

    /**
     * {@code a} and {@code b} are equal values with equal hashes and a readable text; each of {@code others}
     * differs from {@code a} (both ways), and not every hash is the same.
     */
    @SafeVarargs
    public static <T> void assertValue(T a, T b, T... others) {
        assertThat(a).isEqualTo(a).isEqualTo(b).isNotEqualTo(null).isNotEqualTo(new Object());
        assertThat(b).isEqualTo(a);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a.toString()).isNotBlank();
        for (T other : others) {
            assertThat(a).as("vs %s", other).isNotEqualTo(other);
            assertThat(other).as("%s vs a", other).isNotEqualTo(a);
        }
        // Not required by the contract, but a hash that ignores every component would be useless in a map.
        assertThat(Stream.concat(Stream.of(a), Stream.of(others)).mapToInt(Object::hashCode).distinct().count())
                .isGreaterThan(1);
    }
}
