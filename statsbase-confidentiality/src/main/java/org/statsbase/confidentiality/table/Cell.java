package org.statsbase.confidentiality.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One cell of a {@link Table} (统计法 2009 第二十五条 disclosure control), margins included: its value, its contributor counts, and the
 * contributions (summed per respondent) the sensitivity rules read, largest magnitude first.
 *
 * <p>A cell is <em>empty</em> when nobody contributes to it. It is <em>mixed-sign</em> when some
 * contribution is negative and some positive; {@link #hasNegative()} says whether any respondent's
 * contribution is negative (the audit then cannot assume the cell is non-negative).
 *
 * <p>Thread safety: immutable.
 */
public final class Cell {

    private final CellKey key;
    private final BigDecimal value;
    private final List<BigDecimal> unitContributions;
    private final List<BigDecimal> holdingContributions;

    Cell(CellKey key, BigDecimal value, List<BigDecimal> unitContributions, List<BigDecimal> holdingContributions) {
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
        this.unitContributions = List.copyOf(unitContributions);
        this.holdingContributions = List.copyOf(holdingContributions);
    }

    /**
     * The address of the cell.
     *
     * @return the address of the cell
     */
    public CellKey key() {
        return key;
    }

    /**
     * The sum of all contributions.
     *
     * @return the sum of all contributions
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * The number of contributing units.
     *
     * @return the number of contributing units
     */
    public int unitCount() {
        return unitContributions.size();
    }

    /**
     * The number of contributing holdings (units without a holding count as their own).
     *
     * @return the number of contributing holdings (units without a holding count as their own)
     */
    public int holdingCount() {
        return holdingContributions.size();
    }

    /**
     * The number of contributors at the given level.
     *
     * @param level unit or holding
     * @return the number of contributors at the given level, 0 for an empty cell
     */
    public int contributorCount(ContributionLevel level) {
        return contributions(level).size();
    }

    /**
     * Whether nobody contributes.
     *
     * @return true when nobody contributes
     */
    public boolean isEmpty() {
        return unitContributions.isEmpty();
    }

    /**
     * Whether some respondent contributes a negative value.
     *
     * @return true when some respondent contributes a negative value
     */
    public boolean hasNegative() {
        return unitContributions.stream().anyMatch(x -> x.signum() < 0)
                || holdingContributions.stream().anyMatch(x -> x.signum() < 0);
    }

    /**
     * Whether contributions of both signs occur (at unit level).
     *
     * @return true when contributions of both signs occur (at unit level)
     */
    public boolean isMixedSign() {
        return unitContributions.stream().anyMatch(x -> x.signum() < 0) && unitContributions.stream().anyMatch(x -> x.signum() > 0);
    }

    /**
     * Every respondent's contribution at {@code level}, largest magnitude first (ties: larger value first).
     *
     * @param level unit or holding
     * @return every respondent's contribution at {@code level}, largest magnitude first (ties: larger value first);
     *         empty for an empty cell
     */
    public List<BigDecimal> contributions(ContributionLevel level) {
        return Objects.requireNonNull(level, "level") == ContributionLevel.UNIT ? unitContributions : holdingContributions;
    }

    /**
     * The {@code n} largest contributions at {@code level} (fewer if fewer respondents).
     *
     * @param level unit or holding
     * @param n     how many; 0 or less gives an empty list
     * @return the {@code n} largest contributions at {@code level}, largest magnitude first (fewer if fewer
     *         respondents)
     */
    public List<BigDecimal> topContributions(ContributionLevel level, int n) {
        List<BigDecimal> all = contributions(level);
        return all.subList(0, Math.min(Math.max(n, 0), all.size()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell && ((Cell) o).key.equals(key) && ((Cell) o).value.compareTo(value) == 0
                && ((Cell) o).unitContributions.equals(unitContributions)
                && ((Cell) o).holdingContributions.equals(holdingContributions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value.stripTrailingZeros(), unitContributions.size());
    }

    @Override
    public String toString() {
        return key + "=" + value.toPlainString() + " (" + unitCount() + " units)";
    }
}
