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
     *
     * <p>One sequential pass reads every entry once into primitive arrays (entries are objects spread
     * over the heap; visiting them account by account would miss the cache on every one); grouping,
     * sorting and running sums then work on those arrays only.
     */
    public static LedgerIndex build(int size, IntFunction<String> account, IntToLongFunction day,
            IntFunction<BigDecimal> quantity, IntFunction<String> unit) {
        Map<String, Integer> firstSeen = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<Integer> oddUnits = new ArrayList<>();
        int[] slotOf = new int[size];
        int[] dayOf = new int[size];
        long[] unscaledOf = new long[size];
        byte[] scaleOf = new byte[size];
        boolean anyBig = false;
        String lastName = null;
        int lastSlot = -1;
        for (int p = 0; p < size; p++) {
            String name = account.apply(p);
            int slot;
            if (name.equals(lastName)) {
                slot = lastSlot;
            } else {
                Integer known = firstSeen.get(name);
                if (known == null) {
                    known = names.size();
                    firstSeen.put(name, known);
                    names.add(name);
                    units.add(unit.apply(p));
                    oddUnits.add(-1);
                }
                slot = known;
                lastName = name;
                lastSlot = slot;
            }
            slotOf[p] = slot;
            String u = unit.apply(p);
            if (oddUnits.get(slot) < 0 && !u.equals(units.get(slot))) {
                oddUnits.set(slot, p);
            }
            dayOf[p] = (int) day.applyAsLong(p);
            BigDecimal q = quantity.apply(p);
            if (q.precision() <= 18 && q.scale() >= 0 && q.scale() <= 18) {
                unscaledOf[p] = q.unscaledValue().longValue();
                scaleOf[p] = (byte) q.scale();
            } else {
                scaleOf[p] = -1;
                anyBig = true;
            }
        }
        // slots in account order, so that a prefix selects a contiguous run
        String[] accounts = names.toArray(new String[0]);
        Integer[] order = new Integer[accounts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> accounts[a].compareTo(accounts[b]));
        int[] rank = new int[accounts.length];
        String[] sorted = new String[accounts.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
            sorted[r] = accounts[order[r]];
        }
        int[] counts = new int[accounts.length + 1];
        for (int p = 0; p < size; p++) {
            counts[rank[slotOf[p]] + 1]++;
        }
        for (int r = 0; r < accounts.length; r++) {
            counts[r + 1] += counts[r];
        }
        int[] fill = Arrays.copyOf(counts, accounts.length);
        int[] members = new int[size];
        for (int p = 0; p < size; p++) {
            members[fill[rank[slotOf[p]]]++] = p;
        }
        Group[] groups = new Group[accounts.length];
        boolean big = anyBig;
        for (int r = 0; r < accounts.length; r++) {
            int original = order[r];
            groups[r] = group(Arrays.copyOfRange(members, counts[r], counts[r + 1]), dayOf, unscaledOf, scaleOf, big,
                    quantity, units.get(original), oddUnits.get(original));
        }
        return new LedgerIndex(sorted, groups);
    }

    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private static Group group(int[] positions, int[] dayOf, long[] unscaledOf, byte[] scaleOf, boolean anyBig,
            IntFunction<BigDecimal> quantity, String unit, int odd) {
        int n = positions.length;
        int[] days = new int[n];
        boolean sorted = true;
        int scale = 0;
        boolean big = false;
        for (int i = 0; i < n; i++) {
            int p = positions[i];
            days[i] = dayOf[p];
            sorted &= i == 0 || days[i - 1] <= days[i];
            if (anyBig && scaleOf[p] < 0) {
                big = true;
            } else {
                scale = Math.max(scale, scaleOf[p]);
            }
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
        if (!big) {
            long[] longSums = new long[n + 1];
            try {
                for (int i = 0; i < n; i++) {
                    int p = positions[i];
                    long v = Math.multiplyExact(unscaledOf[p], POWERS[scale - scaleOf[p]]);
                    longSums[i + 1] = Math.addExact(longSums[i], v);
                }
                return new Group(unit, odd, days, positions, scale, longSums, null);
            } catch (ArithmeticException overflow) {
                // fall through to exact BigDecimal running sums
            }
        }
        BigDecimal[] bigSums = new BigDecimal[n + 1];
        bigSums[0] = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            bigSums[i + 1] = bigSums[i].add(quantity.apply(positions[i]));
        }
        return new Group(unit, odd, days, positions, scale, null, bigSums);
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
