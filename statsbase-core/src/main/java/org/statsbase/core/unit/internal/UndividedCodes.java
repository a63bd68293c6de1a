package org.statsbase.core.unit.internal;

import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustryLevel;

/**
 * GB/T 4754-2017 codes a level that is not subdivided by appending {@code 0}: group {@code 701}
 * has the single class {@code 7010}, division {@code 91} the single group {@code 910}. A rule
 * table naming {@code 7010} therefore names all of group {@code 701}, and an input of {@code 701}
 * is as precise as {@code 7010}. (Checked against the full classification by a test.)
 *
 * <p>Thread safety: stateless; safe to use from any thread.
 */
public final class UndividedCodes {

    private UndividedCodes() {
    }

    /** The coarsest code equivalent to {@code code}: trailing {@code 0} levels removed. */
    public static IndustryCode coarsest(IndustryCode code) {
        IndustryCode c = code;
        while ((c.level() == IndustryLevel.CLASS || c.level() == IndustryLevel.GROUP)
                && c.digits().charAt(c.digits().length() - 1) == '0') {
            c = c.parent().orElseThrow();
        }
        return c;
    }
}
