/**
 * Internal storage of {@link org.statsbase.validation.data.ColumnarDataset}: compact column arrays, the
 * key hash index and a UTF-8 reader that reports the lines of undecodable bytes. Not exported; no type
 * of this package appears in a public signature, and nothing here depends on the API package (so that
 * the two packages form no cycle).
 */
package org.statsbase.validation.data.internal;
