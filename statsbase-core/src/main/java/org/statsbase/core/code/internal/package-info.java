/** Internals of the code types: normalisation and check arithmetic. Not exported. */
package org.statsbase.core.code.internal;
