package org.statsbase.archive.record;

import java.util.Objects;
import org.statsbase.trail.Hash;
import org.statsbase.trail.HashAlgorithm;

/**
 * The fixity of a record's content (DA/T 46 数字摘要; DA/T 70-2018 authenticity): its SHA-256 digest
 * (FIPS 180-4) and its SM3 digest (GB/T 32905-2016), computed in one pass, plus its length in bytes.
 * Content stores address content by it ({@link #sha256()} hex is the address).
 *
 * <p>Thread safety: immutable.
 */
public final class Digests {

    private final Hash sha256;
    private final Hash sm3;
    private final long size;

    private Digests(Hash sha256, Hash sm3, long size) {
        this.sha256 = sha256;
        this.sm3 = sm3;
        this.size = size;
    }

    /**
     * The digests and length of one content.
     *
     * @param sha256 the SHA-256 digest (32 bytes)
     * @param sm3    the SM3 digest (32 bytes)
     * @param size   the content length in bytes
     * @return the digests
     */
    public static Digests of(Hash sha256, Hash sm3, long size) {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sm3, "sm3");
        if (sha256.length() != 32 || sm3.length() != 32) {
            throw new IllegalArgumentException("SHA-256 and SM3 digests have 32 bytes");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0: " + size);
        }
        return new Digests(sha256, sm3, size);
    }

    /**
     * The SHA-256 digest.
     *
     * @return the SHA-256 digest
     */
    public Hash sha256() {
        return sha256;
    }

    /**
     * The SM3 digest.
     *
     * @return the SM3 digest
     */
    public Hash sm3() {
        return sm3;
    }

    /**
     * The digest of {@code algorithm}.
     *
     * @param algorithm {@link HashAlgorithm#SHA_256} or {@link HashAlgorithm#SM3}
     * @return the digest of {@code algorithm}
     */
    public Hash of(HashAlgorithm algorithm) {
        return algorithm == HashAlgorithm.SM3 ? sm3 : sha256;
    }

    /**
     * The content length in bytes.
     *
     * @return the content length in bytes
     */
    public long size() {
        return size;
    }

    /**
     * The content address: the SHA-256 digest in lower-case hex.
     *
     * @return the content address: the SHA-256 digest in lower-case hex
     */
    public String address() {
        return sha256.hex();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digests other && size == other.size && sha256.equals(other.sha256) && sm3.equals(other.sm3);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "sha256:" + sha256.hex() + " sm3:" + sm3.hex() + " size:" + size;
    }
}
