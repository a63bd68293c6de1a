/**
 * Handover (工作交接, 国统字〔2021〕85号 二（二）; the enterprises' 统计工作交接制度): when a unit's
 * statistician or a township statistician changes, the core
 * {@link org.statsbase.core.org.HandoverRecord} gains the open submissions and pending queries of the
 * units handed over, is recorded in the trail ({@code handover.record}) and signed by both sides
 * ({@code handover.sign}); the successor acts only once both have signed.
 */
package org.statsbase.reporting.handover;
