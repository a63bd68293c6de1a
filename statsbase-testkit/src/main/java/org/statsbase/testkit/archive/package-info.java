/**
 * jqwik arbitraries for statsbase-archive (统计资料管理制度): record classes, DA/T 46 metadata, DA/T 22-2015 archival
 * groups and codes, archived records with realistic formation dates, retention schedules that lengthen or (wrongly)
 * shorten a statutory minimum of 统计法实施条例 第二十二、二十三条, and sequences of archive operations with a
 * runner that applies them to a fresh in-memory {@link org.statsbase.archive.Archive}.
 */
package org.statsbase.testkit.archive;
