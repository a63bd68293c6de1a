/**
 * statsbase-archive's entry point: the {@link org.statsbase.archive.Archive} façade (filing, holds, the due
 * list, disposal with approval and supervised destruction, transfer, the four-property check) and the trail
 * vocabulary {@link org.statsbase.archive.ArchiveEvents}. API package.
 */
package org.statsbase.archive;
