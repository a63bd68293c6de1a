/**
 * Accountability (数据质量责任追究制度): who entered, explained, signed, reviewed, returned and accepted
 * every figure, read from the hash-chained trail. 统计法 2009 第二十一条 makes the people who review
 * and sign responsible for what they sign; the history of one figure
 * ({@link org.statsbase.reporting.accountability.FigureHistory}) names them, event by event, with each
 * event's hash, and can say whether the trail verified intact when it was read.
 */
package org.statsbase.reporting.accountability;
