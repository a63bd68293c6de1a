/**
 * jqwik arbitraries for {@code org.statsbase.core.period}: reporting periods of every frequency
 * ({@code @ForAll ReportingPeriod} works through {@link org.statsbase.testkit.period.ReportingPeriodArbitraryProvider})
 * and deadline rules.
 */
package org.statsbase.testkit.period;
