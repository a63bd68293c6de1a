/**
 * jqwik arbitraries for statsbase-reporting (issue 4 §4): {@link org.statsbase.testkit.reporting.Actors}
 * (respondent staff, reviewers inside and outside a jurisdiction, proxy fillers, the office), a small
 * self-contained {@link org.statsbase.testkit.reporting.ReportingWorld}, and
 * {@link org.statsbase.testkit.reporting.SubmissionHistories}: sequences of attempts on the workflow of
 * 数据采集审核报送制度 that only take allowed transitions, or that mix in steps the red lines of
 * 国统字〔2012〕12号 and 统计法 2009 第二十一条 must refuse, with a runner that applies them.
 */
package org.statsbase.testkit.reporting;
