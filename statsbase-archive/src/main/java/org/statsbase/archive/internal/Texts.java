package org.statsbase.archive.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;

/** Checks of texts shared by the value types: non-blank fields and identifiers safe in paths, URLs and SQL. Thread safety: stateless. */
public final class Texts {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private Texts() {
    }

    /** {@code value} stripped; throws SB-ARC-0001 when blank. */
    public static String required(String value, String fieldEn, String fieldZh) {
        Objects.requireNonNull(value, fieldEn);
        String s = value.strip();
        if (s.isEmpty()) {
            throw new ArchiveException(ArchiveError.FIELD_BLANK, fieldEn, fieldZh);
        }
        return s;
    }

    /** {@code value} stripped; throws SB-ARC-0002 unless it is an identifier. */
    public static String identifier(String value, String kindEn, String kindZh) {
        Objects.requireNonNull(value, kindEn);
        String s = value.strip();
        if (!IDENTIFIER.matcher(s).matches()) {
            throw new ArchiveException(ArchiveError.BAD_IDENTIFIER, kindEn, s, kindZh);
        }
        return s;
    }
}
