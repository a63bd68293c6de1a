/**
 * Errors of statsbase-validation: stable codes ({@code SB-VAL-NNNN}, all in
 * {@link org.statsbase.validation.error.ValidationError}) and located rule problems. API package.
 */
package org.statsbase.validation.error;
