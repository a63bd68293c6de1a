/** Internals of statsbase-archive: text checks, JSON reading. Not exported; never in a public signature. */
package org.statsbase.archive.internal;
