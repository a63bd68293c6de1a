package org.statsbase.archive.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.record.Digests;
import org.statsbase.trail.HashAlgorithm;

/** Fixity with the published test vectors: SHA-256 (FIPS 180-4) and SM3 (GB/T 32905-2016 附录 A) of "abc". */
class FixityTest {

    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theStandardsExamples() {
        Digests d = Fixity.of(ABC);
        assertThat(d.sha256().hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(d.sm3().hex()).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.address()).isEqualTo(d.sha256().hex());
        assertThat(d.of(HashAlgorithm.SM3)).isEqualTo(d.sm3());
    }

    @Test
    void theSm3ExampleOfSixtyFourBytes() {
        byte[] abcd16 = "abcd".repeat(16).getBytes(StandardCharsets.US_ASCII);
        assertThat(Fixity.of(abcd16).sm3().hex())
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void streamingCopyGivesTheSameDigestsAndBytes() {
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + 7);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Digests streamed = Fixity.copy(new ByteArrayInputStream(big), out);
        assertThat(streamed).isEqualTo(Fixity.of(big));
        assertThat(out.toByteArray()).isEqualTo(big);
        assertThat(Fixity.of(new ByteArrayInputStream(big), HashAlgorithm.SM3)).isEqualTo(streamed.sm3());
    }
}
