/**
 * Internals shared by every reader of statsbase: bounded reading of a stream or file, and Jackson
 * factories built with {@link com.fasterxml.jackson.core.StreamReadConstraints} from an
 * {@link org.statsbase.core.io.InputLimits}. Exported only to the other statsbase modules
 * (a qualified export), never part of a public signature.
 */
package org.statsbase.core.internal.io;
