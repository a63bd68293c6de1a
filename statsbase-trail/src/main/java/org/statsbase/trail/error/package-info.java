/**
 * Errors of statsbase-trail with stable codes ({@code SB-TRAIL-NNNN}) and bilingual messages:
 * {@link org.statsbase.trail.error.TrailError} lists them all.
 */
package org.statsbase.trail.error;
