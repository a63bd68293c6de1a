package org.statsbase.archive.transfer;

/**
 * How a transfer package is written: a directory, or one zip file (java.util.zip). Both hold
 * {@code manifest.json} and {@code content/{recordId}.{format}}.
 *
 * <p>Thread safety: immutable constants.
 */
public enum PackageFormat {
    /** A directory. */
    DIRECTORY,
    /** A zip file. */
    ZIP
}
