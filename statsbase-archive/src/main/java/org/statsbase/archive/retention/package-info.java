/**
 * Retention (统计法实施条例 第二十二、二十三条): the statutory minimums per record class, office schedules that
 * may lengthen but never shorten them, the start of counting, and the due answer per record. API package.
 */
package org.statsbase.archive.retention;
