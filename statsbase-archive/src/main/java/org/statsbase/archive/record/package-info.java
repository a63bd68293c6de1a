/**
 * The value types of the archive: archived records with their DA/T 46 metadata, digests, holds and
 * destruction certificates; archival codes (DA/T 22-2015); retention periods and classes; destruction
 * lists. API package; every type is immutable.
 */
package org.statsbase.archive.record;
