package org.statsbase.trail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The digest that chains the trail: SHA-256 (FIPS 180-4) by default, or SM3 (GB/T 32905-2016,
 * the cryptographic hash that Chinese government systems are asked to use) through BouncyCastle.
 * Both give 32 bytes. Each event records the algorithm that chained it, so a store is never read
 * with the wrong one.
 *
 * <p>Thread safety: immutable constants; {@link #newDigest()} returns a new, unshared digest.
 */
public enum HashAlgorithm {

    /** SHA-256, FIPS 180-4. */
    SHA_256((byte) 1, "SHA-256"),
    /** SM3, GB/T 32905-2016 (ISO/IEC 10118-3:2018). */
    SM3((byte) 2, "SM3");

    private final byte id;
    private final String standardName;

    HashAlgorithm(byte id, String standardName) {
        this.id = id;
        this.standardName = standardName;
    }

    /**
     * The digest length in bytes (32 for both).
     *
     * @return the digest length in bytes (32 for both)
     */
    public int length() {
        return 32;
    }

    /**
     * The algorithm's standard name, {@code SHA-256} or {@code SM3}.
     *
     * @return {@code SHA-256} or {@code SM3}
     */
    public String standardName() {
        return standardName;
    }

    /**
     * The one-byte id written into every event's encoding.
     *
     * @return the one-byte id written into every event's encoding
     */
    public byte id() {
        return id;
    }

    /**
     * The algorithm whose {@link #id()} is {@code id}, if any.
     *
     * @param id the id read from an event's encoding
     * @return the algorithm with that id, empty for an unknown id
     */
    public static Optional<HashAlgorithm> ofId(byte id) {
        for (HashAlgorithm a : values()) {
            if (a.id == id) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * A new digest of this algorithm (no security provider needs to be registered).
     *
     * @return a new digest of this algorithm, not shared
     */
    public MessageDigest newDigest() {
        if (this == SM3) {
            return new org.bouncycastle.jcajce.provider.digest.SM3.Digest();
        }
        try {
            return MessageDigest.getInstance(standardName);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException("the Java platform lacks SHA-256", e);
        }
    }
}
