/**
 * Errors with stable codes ({@code SB-CORE-NNNN}) and bilingual messages.
 *
 * <p>{@link org.statsbase.core.error.StatsbaseException} is the root of every exception that
 * statsbase throws on purpose; {@link org.statsbase.core.error.CoreError} lists every code of
 * statsbase-core in one place. Other modules list theirs in their own enums.
 */
package org.statsbase.core.error;
