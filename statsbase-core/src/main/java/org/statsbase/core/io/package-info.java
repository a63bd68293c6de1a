/**
 * Reading untrusted input: {@link org.statsbase.core.io.InputLimits}, the one configurable set of
 * limits (input size, line length, nesting depth, number, string and name lengths, problems
 * reported, YAML aliases) that every parser and loader of statsbase takes as an optional argument.
 * A limit that is exceeded gives a typed error ({@code SB-CORE-1201}, {@code SB-CORE-1202} or the
 * reading module's own limit code), never an {@link java.lang.OutOfMemoryError}, a
 * {@link java.lang.StackOverflowError} or a hang.
 *
 * <p>Zones: this package is API; {@code org.statsbase.core.internal.io} is not part of it.
 */
package org.statsbase.core.io;
