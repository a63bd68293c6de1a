package org.statsbase.archive.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.integrity.Fixity;
import org.statsbase.archive.internal.Json;
import org.statsbase.archive.internal.json.RecordJson;
import org.statsbase.archive.internal.Texts;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.spi.ContentStore;

/**
 * Writes and checks transfer packages (档案移交, DA/T 70-2018 checks at transfer): {@code manifest.json} (the
 * {@link TransferManifest}) and {@code content/{recordId}.{format}}, as a directory or a zip file. A package is
 * written beside its target and moved into place, so a half-written package is never visible under the target's
 * name. Every file's SHA-256 and SM3 digests are checked while it is copied.
 *
 * <p>Thread safety: stateless.
 */
public final class TransferPackages {

    /** The manifest's name in a package. */
    public static final String MANIFEST = "manifest.json";

    private TransferPackages() {
    }

    /**
     * Writes a package of {@code records} to {@code target} (which must not exist).
     *
     * @param packageId the package's id
     * @param createdBy who writes it
     * @param created   when it is written
     * @param records   the records, in package order
     * @param store     where their content is
     * @param target    the directory or zip file to write; must not exist
     * @param format    a directory or a zip file
     * @return the manifest written into the package
     * @throws ArchiveException SB-ARC-0312 if writing fails, SB-ARC-0314 for a destroyed record, SB-ARC-0503 when
     *                          stored content no longer matches its digests
     */
    public static TransferManifest write(String packageId, String createdBy, Instant created, List<ArchivedRecord> records,
            ContentStore store, Path target, PackageFormat format) {
        String id = Texts.identifier(packageId, "package id", "移交包编号");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(format, "format");
        List<ManifestEntry> entries = new ArrayList<>();
        for (ArchivedRecord r : records) {
            if (r.destruction().isPresent()) {
                throw new ArchiveException(ArchiveError.TRANSFER_DESTROYED, r.id());
            }
            String ext = r.metadata().format().isEmpty() ? "bin" : r.metadata().format().toLowerCase(Locale.ROOT);
            entries.add(new ManifestEntry(r, "content/" + r.id().value() + "." + ext));
        }
        TransferManifest manifest = new TransferManifest(id, created, Texts.required(createdBy, "created by", "移交人"), entries);
        byte[] manifestBytes = manifestJson(manifest);
        Path parent = target.toAbsolutePath().getParent();
        Path temp = parent.resolve("." + target.getFileName() + ".tmp-" + System.nanoTime());
        try {
            if (Files.exists(target)) {
                throw new IOException("target exists / 目标已存在");
            }
            if (format == PackageFormat.DIRECTORY) {
                Files.createDirectories(temp.resolve("content"));
                for (ManifestEntry e : entries) {
                    try (OutputStream out = Files.newOutputStream(temp.resolve(e.path()))) {
                        copyChecked(e, store, out);
                    }
                }
                Files.write(temp.resolve(MANIFEST), manifestBytes);
            } else {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                    for (ManifestEntry e : entries) {
                        zip.putNextEntry(new ZipEntry(e.path()));
                        copyChecked(e, store, zip);
                        zip.closeEntry();
                    }
                    zip.putNextEntry(new ZipEntry(MANIFEST));
                    zip.write(manifestBytes);
                    zip.closeEntry();
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temp);
            throw new ArchiveException(ArchiveError.TRANSFER_FAILED, e, target, e.getMessage());
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static void copyChecked(ManifestEntry e, ContentStore store, OutputStream out) throws IOException {
        Digests found;
        try (InputStream in = store.open(e.digests())) {
            found = Fixity.copy(in, out);
        }
        if (!found.sha256().equals(e.digests().sha256())) {
            throw new ArchiveException(ArchiveError.DIGEST_MISMATCH, e.record().id(), "SHA-256", e.digests().sha256().hex(),
                    found.sha256().hex());
        }
        if (!found.sm3().equals(e.digests().sm3())) {
            throw new ArchiveException(ArchiveError.DIGEST_MISMATCH, e.record().id(), "SM3", e.digests().sm3().hex(),
                    found.sm3().hex());
        }
    }

    private static byte[] manifestJson(TransferManifest m) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", TransferManifest.FORMAT);
        root.put("package", m.packageId());
        root.put("created", m.created().toString());
        root.put("created_by", m.createdBy());
        ArrayNode records = root.putArray("records");
        for (ManifestEntry e : m.entries()) {
            ObjectNode o = RecordJson.write(e.record());
            o.put("path", e.path());
            records.add(o);
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a package (directory or zip) and checks every file against the manifest's digests and lengths.
     *
     * @param pkg the package directory or zip file
     * @return the manifest, when every file matches
     * @throws ArchiveException SB-ARC-0313 naming the first entry that does not match, or a malformed manifest
     */
    public static TransferManifest verify(Path pkg) {
        Objects.requireNonNull(pkg, "pkg");
        try {
            if (Files.isDirectory(pkg)) {
                TransferManifest m = readManifest(pkg, Files.readAllBytes(pkg.resolve(MANIFEST)));
                for (ManifestEntry e : m.entries()) {
                    Path file = pkg.resolve(e.path()).normalize();
                    if (!file.startsWith(pkg.normalize()) || !Files.isRegularFile(file)) {
                        throw new ArchiveException(ArchiveError.TRANSFER_PACKAGE_INVALID, pkg, e.path(), "missing / 缺失");
                    }
                    try (InputStream in = Files.newInputStream(file)) {
                        compare(pkg, e, Fixity.of(in));
                    }
                }
                return m;
            }
            try (ZipFile zip = new ZipFile(pkg.toFile())) {
                ZipEntry me = zip.getEntry(MANIFEST);
                if (me == null) {
                    throw new ArchiveException(ArchiveError.TRANSFER_PACKAGE_INVALID, pkg, MANIFEST, "missing / 缺失");
                }
                TransferManifest m;
                try (InputStream in = zip.getInputStream(me)) {
                    m = readManifest(pkg, in.readAllBytes());
                }
                for (ManifestEntry e : m.entries()) {
                    ZipEntry ze = zip.getEntry(e.path());
                    if (ze == null) {
                        throw new ArchiveException(ArchiveError.TRANSFER_PACKAGE_INVALID, pkg, e.path(), "missing / 缺失");
                    }
                    try (InputStream in = zip.getInputStream(ze)) {
                        compare(pkg, e, Fixity.of(in));
                    }
                }
                return m;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ArchiveException(ArchiveError.TRANSFER_PACKAGE_INVALID, e, pkg, MANIFEST, e.getMessage());
        }
    }

    private static void compare(Path pkg, ManifestEntry e, Digests found) {
        if (!found.equals(e.digests())) {
            throw new ArchiveException(ArchiveError.TRANSFER_PACKAGE_INVALID, pkg, e.path(),
                    "digests differ / 摘要不符: " + found);
        }
    }

    private static TransferManifest readManifest(Path pkg, byte[] bytes) {
        JsonNode root = Json.read(new ByteArrayInputStream(bytes), pkg + "/" + MANIFEST);
        if (!TransferManifest.FORMAT.equals(root.path("format").asText())) {
            throw new ArchiveException(ArchiveError.TRANSFER_PACKAGE_INVALID, pkg, MANIFEST,
                    "format is not / 格式不是 " + TransferManifest.FORMAT);
        }
        List<ManifestEntry> entries = new ArrayList<>();
        for (JsonNode o : root.path("records")) {
            try {
                entries.add(new ManifestEntry(RecordJson.read(o), o.path("path").asText()));
            } catch (RuntimeException e) {
                throw new ArchiveException(ArchiveError.TRANSFER_PACKAGE_INVALID, e, pkg, o.path("id").asText("?"),
                        String.valueOf(e.getMessage()));
            }
        }
        try {
            return new TransferManifest(root.path("package").asText(), Instant.parse(root.path("created").asText()),
                    root.path("created_by").asText(), entries);
        } catch (RuntimeException e) {
            throw new ArchiveException(ArchiveError.TRANSFER_PACKAGE_INVALID, e, pkg, MANIFEST, String.valueOf(e.getMessage()));
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            if (Files.isDirectory(p)) {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // best effort: a leftover temporary is named .{target}.tmp-… and never mistaken for the package
        }
    }
}
