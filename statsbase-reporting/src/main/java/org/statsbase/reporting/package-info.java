/**
 * The reporting cycle (数据采集审核报送制度): submissions of a unit's form for a period, their
 * lifecycle (draft → submitted → returned → resubmitted → accepted → forwarded, and reopening),
 * the red lines of 国统字〔2012〕12号 enforced on every step, and the trail vocabulary
 * ({@link org.statsbase.reporting.ReportingEvents}) every step is recorded in.
 *
 * <p>Read side: {@link org.statsbase.reporting.Submission#replay} folds a submission's trail events into
 * an immutable snapshot. Write side: {@link org.statsbase.reporting.Submissions} checks every step against
 * the actor, the state machine of {@link org.statsbase.reporting.SubmissionAction}, the red lines, the
 * {@link org.statsbase.reporting.SignOffPolicy} (统计法 2009 第二十一条) and the form's review rules, and
 * records it — or its refusal — in the trail.
 */
package org.statsbase.reporting;
