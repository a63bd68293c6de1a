/**
 * Internals shared by every area of statsbase-core for putting user-supplied values into
 * messages without letting an absurd value blow them up. Not exported.
 */
package org.statsbase.core.internal.text;
