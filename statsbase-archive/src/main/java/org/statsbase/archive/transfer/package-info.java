/**
 * Transfer packages (移交): the records' content with a JSON manifest of their metadata and digests, written
 * as a directory or a zip file, and checked against the manifest. API package.
 */
package org.statsbase.archive.transfer;
