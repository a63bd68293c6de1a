/**
 * Extension points of statsbase-archive: the {@link org.statsbase.archive.spi.ArchiveCatalog} of record
 * descriptions and destruction lists, and the content-addressed {@link org.statsbase.archive.spi.ContentStore}.
 * SPI package: implement these to keep an archive in another store.
 */
package org.statsbase.archive.spi;
