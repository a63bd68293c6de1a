/**
 * Survey systems (统计调查制度), their report forms (统计报表, identified by 表号 such as
 * {@code B204-1}), the indicators (指标) of each form, and form data keyed by unit and period.
 *
 * <p>Survey systems change yearly and differ by province, so statsbase ships none: a system is
 * built in code ({@link org.statsbase.core.form.SurveySystem#of}) or read from one JSON file
 * ({@link org.statsbase.core.form.SurveySystem#load}) holding the system, its forms and their
 * indicators:
 *
 * <pre>{@code
 * {
 *   "id": "industry-2026",                       required; normalised like a code (INDUSTRY-2026)
 *   "name": {"zh": "工业统计报表制度", "en": "Industrial statistical reporting system"},
 *                                                required; or just "name": "工业统计报表制度"
 *   "year": 2026,                                required, 1900-2199
 *   "version": "2026.1",                         optional
 *   "forms": [                                   required; form ids unique
 *     { "id": "B204-1",                          required: the form number (表号)
 *       "name": {"zh": "工业企业财务状况", "en": "Financial status of industrial enterprises"},
 *       "frequency": "MONTHLY",                  MONTHLY | QUARTERLY | HALF_YEARLY | YEARLY (or 月报 …)
 *       "indicators": [                          required, not empty; codes unique within the form
 *         { "code": "B01",                       required
 *           "name": {"zh": "营业收入", "en": "Operating revenue"},
 *           "unit": "千元",                       optional unit of measure (计量单位)
 *           "type": "NUMBER",                    NUMBER | INTEGER | TEXT | CODE | DATE | BOOLEAN
 *           "decimals": 1 }                      optional, NUMBER only, 0-10
 *       ] }
 *   ]
 * }
 * }</pre>
 *
 * <p>Reading never stops at the first problem: every missing or unknown key, wrong type, bad
 * frequency or type, duplicate form id or indicator code, and misplaced or out-of-range decimals is
 * reported with its JSON path (for example {@code $.forms[0].indicators[2].decimals}) in one
 * {@link org.statsbase.core.error.DataFileException}.
 *
 * <p>Zones: this package is API; the JSON readers are package-private here, their shared helpers
 * live in the unexported {@code org.statsbase.core.internal.config}.
 */
package org.statsbase.core.form;
