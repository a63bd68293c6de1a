/**
 * Deadlines, urging and refusal (数据采集审核报送制度; 统计法 2009 第四十二条 迟报 — providing statistical
 * material after the deadline — and 第四十一条 拒报 — refusing, or still not providing the material in time
 * after being urged, 经催报后仍未按时提供). The article numbers are those of the 2009 text; the 2024
 * amendment shifted them, so the rules are named here by content.
 *
 * <p>{@link org.statsbase.reporting.deadline.ReportingDeadlines} reads the status of a
 * (unit, form, period) from the trail and the core
 * {@link org.statsbase.core.period.DeadlineCalendar}, records urging ({@code submission.urge}) and
 * the office's finding of refusal ({@code submission.refusing}), and lists late, urged, refusing and
 * overdue units per form and period ({@link org.statsbase.reporting.deadline.DeadlineReport}).
 */
package org.statsbase.reporting.deadline;
