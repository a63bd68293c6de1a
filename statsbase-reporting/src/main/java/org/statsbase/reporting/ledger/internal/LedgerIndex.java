package org.statsbase.reporting.ledger.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * The entries of a ledger grouped by account and, within an account, sorted by date (then id), with
 * running sums: the sum over any date range of an account is two binary searches and one subtraction,
 * so deriving a form does not scan the ledger once per figure.
 *
 * <p>Running sums are kept as {@code long} unscaled values at the account's largest scale (at most 6
 * decimals, so any account whose running sums stay within ±9.2·10<sup>12</sup> 元 at 6 decimals, or
 * ±9.2·10<sup>16</sup> at 2 decimals); an account that would overflow falls back to {@link BigDecimal}
 * running sums. Either way sums are exact.
 *
 * <p>Thread safety: immutable after {@link #build}.
 */
public final class LedgerIndex {

    private final String[] accounts;
    private final Group[] groups;

    /** What the index needs of entry {@code i} (0-based position in the ledger). */
    private record Source(int size, IntFunction<String> account, IntToLongFunction day,
            IntFunction<BigDecimal> quantity, IntFunction<String> unit) {
    }

    private LedgerIndex(String[] accounts, Group[] groups) {
        this.accounts = accounts;
        this.groups = groups;
    }

    private static final class Group {
        final String unit;
        final int oddUnit;
        final int[] days;
        final int[] positions;
        final int scale;
        final long[] longSums;
        final BigDecimal[] bigSums;

        Group(String unit, int oddUnit, int[] days, int[] positions, int scale, long[] longSums,
                BigDecimal[] bigSums) {
            this.unit = unit;
            this.oddUnit = oddUnit;
            this.days = days;
            this.positions = positions;
            this.scale = scale;
            this.longSums = longSums;
            this.bigSums = bigSums;
        }
    }

    /**
     * Indexes {@code size} entries given by position: account, date as epoch day, quantity, unit.
     */
    public static LedgerIndex build(int size, IntFunction<String> account, IntToLongFunction day,
            IntFunction<BigDecimal> quantity, IntFunction<String> unit) {
        Source entries = new Source(size, account, day, quantity, unit);
        Map<String, int[]> counts = new HashMap<>();
        for (int p = 0; p < size; p++) {
            counts.computeIfAbsent(account.apply(p), k -> new int[1])[0]++;
        }
        String[] accounts = counts.keySet().toArray(new String[0]);
        Arrays.sort(accounts);
        Map<String, Integer> slotOf = new HashMap<>(accounts.length * 2);
        int[][] members = new int[accounts.length][];
        int[] fill = new int[accounts.length];
        for (int i = 0; i < accounts.length; i++) {
            slotOf.put(accounts[i], i);
            members[i] = new int[counts.get(accounts[i])[0]];
        }
        for (int p = 0; p < size; p++) {
            int slot = slotOf.get(account.apply(p));
            members[slot][fill[slot]++] = p;
        }
        Group[] groups = new Group[accounts.length];
        for (int i = 0; i < accounts.length; i++) {
            groups[i] = group(entries, members[i]);
        }
        return new LedgerIndex(accounts, groups);
    }

    private static Group group(Source entries, int[] positions) {
        int n = positions.length;
        int[] days = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            days[i] = (int) entries.day().applyAsLong(positions[i]);
            sorted &= i == 0 || days[i - 1] <= days[i];
        }
        if (!sorted) {
            // positions are in id order, so sorting (day, position) keeps id order within a day
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ((long) days[i] << 32) | positions[i];
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                days[i] = (int) (keys[i] >> 32);
                positions[i] = (int) keys[i];
            }
        }
        String unit = entries.unit().apply(positions[0]);
        int odd = -1;
        int scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, entries.quantity().apply(positions[i]).scale());
            if (odd < 0 && !entries.unit().apply(positions[i]).equals(unit)) {
                odd = positions[i];
            }
        }
        long[] longSums = new long[n + 1];
        try {
            for (int i = 0; i < n; i++) {
                long unscaled = entries.quantity().apply(positions[i]).setScale(scale).unscaledValue().longValueExact();
                longSums[i + 1] = Math.addExact(longSums[i], unscaled);
            }
            return new Group(unit, odd, days, positions, scale, longSums, null);
        } catch (ArithmeticException overflow) {
            BigDecimal[] bigSums = new BigDecimal[n + 1];
            bigSums[0] = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                bigSums[i + 1] = bigSums[i].add(entries.quantity().apply(positions[i]));
            }
            return new Group(unit, odd, days, positions, scale, null, bigSums);
        }
    }

    /** The slots of the accounts equal to {@code account}, or starting with it when {@code prefix}. */
    public int[] slots(String account, boolean prefix) {
        int at = Arrays.binarySearch(accounts, account);
        if (!prefix) {
            return at >= 0 ? new int[] {at} : new int[0];
        }
        int from = at >= 0 ? at : -at - 1;
        List<Integer> found = new ArrayList<>();
        for (int i = from; i < accounts.length && accounts[i].startsWith(account); i++) {
            found.add(i);
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The account of a slot. */
    public String account(int slot) {
        return accounts[slot];
    }

    /** The unit of the first entry of a slot. */
    public String unit(int slot) {
        return groups[slot].unit;
    }

    /** The ledger position of the first entry of a slot whose unit differs from {@link #unit}, or −1. */
    public int oddUnitPosition(int slot) {
        return groups[slot].oddUnit;
    }

    /** The ledger position of some entry of the slot (for messages). */
    public int firstPosition(int slot) {
        return groups[slot].positions[0];
    }

    /** The first index within the slot whose day is ≥ {@code day}. */
    public int lowerBound(int slot, long day) {
        int[] days = groups[slot].days;
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index within the slot whose day is &gt; {@code day}. */
    public int upperBound(int slot, long day) {
        return lowerBound(slot, day + 1);
    }

    /** The exact sum of the quantities of indexes {@code [from, to)} of the slot. */
    public BigDecimal sum(int slot, int from, int to) {
        Group g = groups[slot];
        if (g.longSums != null) {
            long a = g.longSums[to];
            long b = g.longSums[from];
            long d = a - b;
            // overflow only when the operands' signs differ and the result's sign differs from a's
            if (((a ^ b) & (a ^ d)) < 0) {
                return BigDecimal.valueOf(a, g.scale).subtract(BigDecimal.valueOf(b, g.scale));
            }
            return BigDecimal.valueOf(d, g.scale);
        }
        return g.bigSums[to].subtract(g.bigSums[from]);
    }

    /** The ledger position of index {@code i} of the slot. */
    public int position(int slot, int i) {
        return groups[slot].positions[i];
    }
}
