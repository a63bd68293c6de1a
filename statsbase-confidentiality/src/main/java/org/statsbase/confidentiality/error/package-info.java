/**
 * Errors of statsbase-confidentiality with stable codes ({@code SB-CONF-NNNN}) and bilingual messages:
 * {@link org.statsbase.confidentiality.error.ConfidentialityError} lists them all.
 */
package org.statsbase.confidentiality.error;
