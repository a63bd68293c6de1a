package org.statsbase.archive.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.archive.record.Destruction;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionCode;
import org.statsbase.archive.store.TamperableContentStore;
import org.statsbase.core.org.PersonId;

/** Transfer packages: the manifest carries metadata and digests; the check finds any altered or missing file. */
class TransferPackagesTest {

    @TempDir
    Path dir;

    private final TamperableContentStore store = new TamperableContentStore();

    private ArchivedRecord record(String id, String text) {
        Metadata m = Metadata.builder().title("题名 " + id).responsibleParty("某镇统计站").date(LocalDate.of(2024, 3, 1))
                .confidentiality(ConfidentialityLevel.SECRET).secrecyYears(10).retention(RetentionCode.D30.period())
                .archivalCode(ArchivalGroup.of("Z109", "WS", 2024, RetentionCode.D30, "TJZ").item(1)).format("txt").build();
        return ArchivedRecord.of(RecordId.of(id), RecordClass.of("aggregated"), LocalDate.of(2024, 3, 1), m,
                store.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aDirectoryPackageRoundTripsAndDetectsAnAlteredFile() throws IOException {
        ArchivedRecord r = record("a", "内容");
        Path target = dir.resolve("pkg");
        TransferManifest m = TransferPackages.write("YJ-1", "li", Instant.parse("2026-01-01T00:00:00Z"), List.of(r), store,
                target, PackageFormat.DIRECTORY);
        assertThat(Files.readString(target.resolve(TransferPackages.MANIFEST))).contains(r.digests().sm3().hex())
                .contains("Z109-WS·2024-D30-TJZ-0001").contains("\"confidentiality\" : \"SECRET\"");
        TransferManifest read = TransferPackages.verify(target);
        assertThat(read).isEqualTo(m);
        assertThat(read.entries().get(0).record().metadata()).isEqualTo(r.metadata());
        Files.writeString(target.resolve("content/a.txt"), "改过的内容");
        assertThatThrownBy(() -> TransferPackages.verify(target)).isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("SB-ARC-0313").hasMessageContaining("content/a.txt");
        Files.delete(target.resolve("content/a.txt"));
        assertThatThrownBy(() -> TransferPackages.verify(target)).hasMessageStartingWith("SB-ARC-0313");
    }

    @Test
    void aZipPackageRoundTripsAndDetectsAnAlteredEntry() throws IOException {
        ArchivedRecord a = record("a", "one");
        ArchivedRecord b = record("b", "two");
        Path target = dir.resolve("pkg.zip");
        TransferPackages.write("YJ-2", "li", Instant.parse("2026-01-01T00:00:00Z"), List.of(a, b), store, target, PackageFormat.ZIP);
        assertThat(TransferPackages.verify(target).entries()).hasSize(2);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + target.toUri()), Map.of())) {
            try (OutputStream out = Files.newOutputStream(zip.getPath("content/b.txt"))) {
                out.write("TWO".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThatThrownBy(() -> TransferPackages.verify(target)).hasMessageStartingWith("SB-ARC-0313")
                .hasMessageContaining("content/b.txt");
    }

    @Test
    void refusesDestroyedRecordsAnExistingTargetAndTamperedStoredContent() throws IOException {
        ArchivedRecord r = record("a", "x");
        ArchivedRecord gone = r.withDestruction(Destruction.of(DestructionListId.of("L"), PersonId.of("h"), "粉碎",
                LocalDate.of(2027, 1, 2), List.of(PersonId.of("s1"), PersonId.of("s2")), "L/1"));
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThatThrownBy(() -> TransferPackages.write("YJ", "li", t, List.of(gone), store, dir.resolve("p1"), PackageFormat.ZIP))
                .hasMessageStartingWith("SB-ARC-0314");
        Files.createDirectory(dir.resolve("taken"));
        assertThatThrownBy(() -> TransferPackages.write("YJ", "li", t, List.of(r), store, dir.resolve("taken"), PackageFormat.DIRECTORY))
                .hasMessageStartingWith("SB-ARC-0312");
        store.tamper(r.digests(), "y".getBytes(StandardCharsets.UTF_8));
        for (PackageFormat f : PackageFormat.values()) {
            Path target = dir.resolve("p-" + f);
            assertThatThrownBy(() -> TransferPackages.write("YJ", "li", t, List.of(r), store, target, f))
                    .hasMessageStartingWith("SB-ARC-0503");
            assertThat(target).doesNotExist();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.contains(".tmp-"));
        }
    }

    @Test
    void aPackageWithoutAManifestIsInvalid() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> TransferPackages.verify(dir.resolve("empty"))).hasMessageStartingWith("SB-ARC-0313");
        Files.writeString(dir.resolve("bad").resolve(TransferPackages.MANIFEST).getParent().toFile().mkdirs()
                ? dir.resolve("bad").resolve(TransferPackages.MANIFEST) : dir.resolve("bad"), "{\"format\": \"other\"}");
        assertThatThrownBy(() -> TransferPackages.verify(dir.resolve("bad"))).hasMessageStartingWith("SB-ARC-0313");
    }
}
