/**
 * The reporting cycle (数据采集审核报送制度): submissions of a unit's form for a period, their
 * lifecycle (draft → submitted → returned → resubmitted → accepted → forwarded, and reopening),
 * the red lines of 国统字〔2012〕12号 enforced on every step, and the trail vocabulary
 * ({@link org.statsbase.reporting.ReportingEvents}) every step is recorded in.
 */
package org.statsbase.reporting;
