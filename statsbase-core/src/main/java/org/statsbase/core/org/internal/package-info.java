/**
 * Internals of {@code org.statsbase.core.org}: argument checks shared by its value types. Not
 * exported; never part of a public signature.
 */
package org.statsbase.core.org.internal;
