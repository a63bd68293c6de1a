/**
 * Errors of statsbase-reporting with stable codes ({@code SB-REP-NNNN}) and bilingual messages:
 * {@link org.statsbase.reporting.error.ReportingError} lists them all.
 */
package org.statsbase.reporting.error;
