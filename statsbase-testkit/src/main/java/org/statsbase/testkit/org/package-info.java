/**
 * jqwik arbitraries for {@code org.statsbase.core.org}: whole county trees that obey the
 * placement rules, staff with their records, and township statisticians' transfers — both
 * acceptable ones and ones with any mix of the faults {@code TransferRules} refuses.
 *
 * <p>All names and people generated are synthetic.
 */
package org.statsbase.testkit.org;
