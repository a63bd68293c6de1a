/**
 * Internals of {@code org.statsbase.core.unit}: industry-scope resolution and JSON reading of
 * the rule tables. Not exported; may change without notice.
 */
package org.statsbase.core.unit.internal;
