/**
 * Reporting periods (报告期: month, quarter, half-year, year) with their frequencies (月报, 季报,
 * 半年报, 年报), and deadline calendars (报送时间) as configuration.
 *
 * <p>DOMAIN.md: deadlines "vary by survey system, province and year: configuration, not
 * constants". {@link org.statsbase.core.period.DeadlineCalendar} is built in code or read from
 * JSON; statsbase ships no deadline as if it were regulation.
 *
 * <p>Zones: this package is API; the JSON readers are package-private here, their shared helpers
 * live in the unexported {@code org.statsbase.core.internal.config}.
 */
package org.statsbase.core.period;
