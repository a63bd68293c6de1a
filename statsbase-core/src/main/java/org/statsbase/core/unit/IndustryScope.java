package org.statsbase.core.unit;

import java.util.List;
import java.util.Objects;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.unit.internal.UndividedCodes;

/**
 * The industries a row of a rule table covers: GB/T 4754-2017 codes at any level that it
 * includes, minus codes below them that it excludes (交通运输业 = 54–58 and 591; 仓储业 = 59 without
 * 591). A class or group code ending in {@code 0} names its whole undivided parent (GB/T 4754
 * coding: {@code 7010} is all of group {@code 701}).
 *
 * <p>Thread safety: immutable.
 */
public final class IndustryScope {

    private final List<IndustryCode> includes;
    private final List<IndustryCode> excludes;

    private IndustryScope(List<IndustryCode> includes, List<IndustryCode> excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /**
     * A scope.
     *
     * @param includes the codes the scope covers, with what lies below them
     * @param excludes the codes left out of them
     * @return a scope
     * @throws IllegalArgumentException if {@code includes} is empty
     */
    public static IndustryScope of(List<IndustryCode> includes, List<IndustryCode> excludes) {
        List<IndustryCode> in = List.copyOf(Objects.requireNonNull(includes, "includes"));
        if (in.isEmpty()) {
            throw new IllegalArgumentException("a scope includes at least one code");
        }
        return new IndustryScope(in, List.copyOf(Objects.requireNonNull(excludes, "excludes")));
    }

    /**
     * The included codes, as written in the table.
     *
     * @return the included codes, as written in the table
     */
    public List<IndustryCode> includes() {
        return includes;
    }

    /**
     * The excluded codes, as written in the table; possibly empty.
     *
     * @return the excluded codes, as written in the table; possibly empty
     */
    public List<IndustryCode> excludes() {
        return excludes;
    }

    /**
     * Whether {@code code} lies at or below an included code and below no excluded code.
     *
     * @param code the code to test
     * @return whether {@code code} lies at or below an included code and below no excluded code
     */
    public boolean contains(IndustryCode code) {
        Objects.requireNonNull(code, "code");
        return includes.stream().anyMatch(i -> code.isWithin(UndividedCodes.coarsest(i)))
                && excludes.stream().noneMatch(e -> code.isWithin(UndividedCodes.coarsest(e)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndustryScope other && includes.equals(other.includes) && excludes.equals(other.excludes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(includes, excludes);
    }

    @Override
    public String toString() {
        return includes + (excludes.isEmpty() ? "" : " except " + excludes);
    }
}
