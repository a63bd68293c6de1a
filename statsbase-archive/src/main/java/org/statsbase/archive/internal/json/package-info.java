/**
 * Internal: records as JSON (transfer manifests; usable by stores that keep a record's description as a
 * document). Kept apart from {@code internal} because it depends on the value types that {@code internal}
 * serves. Not exported.
 */
package org.statsbase.archive.internal.json;
