package org.statsbase.archive.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Objects;
import org.statsbase.archive.record.Digests;
import org.statsbase.trail.Hash;
import org.statsbase.trail.HashAlgorithm;

/**
 * Fixity (固定性) of content: its SHA-256 (FIPS 180-4) and SM3 (GB/T 32905-2016) digests, computed in one
 * streaming pass with a 64 KiB buffer, so content of any size is digested in constant memory. DA/T 70-2018
 * uses the digests for authenticity at archiving, transfer and in storage.
 *
 * <p>Thread safety: stateless; each call uses its own digests.
 */
public final class Fixity {

    private static final int BUFFER = 64 * 1024;

    private Fixity() {
    }

    /**
     * The digests of everything {@code in} yields (the stream is read to its end, not closed).
     *
     * @param in the content
     * @return the digests of everything {@code in} yields (the stream is read to its end, not closed)
     * @throws UncheckedIOException if reading fails
     */
    public static Digests of(InputStream in) {
        return copy(in, OutputStream.nullOutputStream());
    }

    /**
     * The digests of {@code bytes}.
     *
     * @param bytes the content
     * @return the digests of {@code bytes}
     */
    public static Digests of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        MessageDigest sha = HashAlgorithm.SHA_256.newDigest();
        MessageDigest sm3 = HashAlgorithm.SM3.newDigest();
        sha.update(bytes);
        sm3.update(bytes);
        return Digests.of(Hash.of(sha.digest()), Hash.of(sm3.digest()), bytes.length);
    }

    /**
     * Copies {@code in} to {@code out} (neither is closed) and returns the digests of what was copied — how a
     * content store writes a temporary file and learns its address in the same pass.
     *
     * @param in  the content, read to its end
     * @param out where it is copied
     * @return the digests and length of what was copied
     * @throws UncheckedIOException if reading or writing fails
     */
    public static Digests copy(InputStream in, OutputStream out) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        MessageDigest sha = HashAlgorithm.SHA_256.newDigest();
        MessageDigest sm3 = HashAlgorithm.SM3.newDigest();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                sha.update(buffer, 0, n);
                sm3.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Digests.of(Hash.of(sha.digest()), Hash.of(sm3.digest()), size);
    }

    /**
     * The digest of {@code in} with one algorithm (read to its end, not closed).
     *
     * @param in        the content
     * @param algorithm the digest algorithm
     * @return the digest of {@code in} with one algorithm (read to its end, not closed)
     */
    public static Hash of(InputStream in, HashAlgorithm algorithm) {
        MessageDigest d = algorithm.newDigest();
        byte[] buffer = new byte[BUFFER];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                d.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Hash.of(d.digest());
    }
}
