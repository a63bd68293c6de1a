/**
 * Identifiers a statistics office meets, each an immutable value type with a throwing
 * {@code parse(CharSequence)} and a non-throwing {@code check(CharSequence)} that returns a
 * {@link org.statsbase.core.code.CodeCheck} with a reason enum.
 *
 * <p>Input is normalised first: NFKC (full-width characters become ASCII), surrounding blanks
 * trimmed, letters upper-cased. {@code equals}, {@code hashCode} and {@code toString} use the
 * canonical text.
 *
 * <p>Zones: this package is API; {@code .internal} is not exported.
 */
package org.statsbase.core.code;
