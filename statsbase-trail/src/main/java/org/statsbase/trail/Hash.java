package org.statsbase.trail;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;

/**
 * A digest value of the trail (an event's hash, the previous event's hash, a payload digest),
 * shown as lower-case hexadecimal.
 *
 * <p>Thread safety: immutable.
 */
public final class Hash {

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The hash with these bytes (copied).
     *
     * @param bytes the digest bytes; copied
     * @return the hash with these bytes
     */
    public static Hash of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a hash has at least one byte");
        }
        return new Hash(bytes.clone());
    }

    /**
     * The all-zero hash of {@code length} bytes: the "previous hash" of the first event.
     *
     * @param length the number of bytes, 32 for SHA-256 and SM3
     * @return the all-zero hash of {@code length} bytes
     */
    public static Hash zero(int length) {
        return new Hash(new byte[length]);
    }

    /**
     * Parses hexadecimal text (either case).
     *
     * @param hex an even number of hexadecimal digits, either case
     * @return the hash with the bytes written in {@code hex}
     * @throws TrailException {@code SB-TRAIL-0106} when the text is not an even number of hex digits
     */
    public static Hash ofHex(CharSequence hex) {
        Objects.requireNonNull(hex, "hex");
        String text = hex.toString().strip();
        if (text.isEmpty() || text.length() % 2 != 0) {
            throw new TrailException(TrailError.MALFORMED_HASH, text);
        }
        try {
            return new Hash(HEX.parseHex(text));
        } catch (IllegalArgumentException e) {
            throw new TrailException(TrailError.MALFORMED_HASH, text);
        }
    }

    /**
     * The bytes (a copy).
     *
     * @return a copy of the bytes; changing it changes nothing here
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The number of bytes.
     *
     * @return the number of bytes
     */
    public int length() {
        return bytes.length;
    }

    /**
     * Lower-case hexadecimal.
     *
     * @return the bytes as lower-case hexadecimal, two digits a byte
     */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    /**
     * Whether {@code other} holds exactly these bytes.
     *
     * @param other the bytes to compare; not changed
     * @return true when {@code other} holds exactly these bytes
     */
    public boolean matches(byte[] other) {
        return Arrays.equals(bytes, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash && Arrays.equals(bytes, ((Hash) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The hexadecimal text. */
    @Override
    public String toString() {
        return hex();
    }
}
