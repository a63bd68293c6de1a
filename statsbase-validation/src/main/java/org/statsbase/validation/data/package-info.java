/**
 * Data to review: values (with <em>missing</em>), typed schemas, record keys and datasets; the
 * columnar in-memory {@link org.statsbase.validation.data.ColumnarDataset} and its builders (values,
 * Java maps, records); {@link org.statsbase.validation.data.DatasetReader} for CSV and JSON Lines,
 * reporting every bad row with its line ({@code SB-VAL-05xx}). API package.
 */
package org.statsbase.validation.data;
