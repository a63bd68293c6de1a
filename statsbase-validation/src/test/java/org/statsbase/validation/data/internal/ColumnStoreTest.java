package org.statsbase.validation.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The columnar stores: exact numbers ×10^4 with their fallback, dictionary-encoded texts, small integers. */
class ColumnStoreTest {

    @Test
    void numbersAreScaledExactlyOrKeptAside() {
        assertThat(NumberStore.scaled(new BigDecimal("0.0000"))).isZero();
        assertThat(NumberStore.scaled(new BigDecimal("-12.5"))).isEqualTo(-125_000L);
        assertThat(NumberStore.scaled(new BigDecimal("1.23450000"))).isEqualTo(12_345L);
        assertThat(NumberStore.scaled(new BigDecimal("1.23456"))).isEqualTo(NumberStore.EXACT);
        assertThat(NumberStore.scaled(new BigDecimal("99999999999999.9999"))).isEqualTo(999_999_999_999_999_999L);
        assertThat(NumberStore.scaled(new BigDecimal("100000000000000"))).isEqualTo(NumberStore.EXACT);
        assertThat(NumberStore.scaled(new BigDecimal("1E+999999999"))).isEqualTo(NumberStore.EXACT);
        assertThat(NumberStore.scaled(new BigDecimal("12E-2"))).isEqualTo(1_200L);
    }

    @Test
    void numberCellsGrowAndGiveBackEveryValue() {
        NumberStore s = new NumberStore();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            BigDecimal v = switch (i % 5) {
                case 0 -> null;
                case 1 -> BigDecimal.valueOf(i * 7L, 2);
                case 2 -> new BigDecimal("0.00001").add(BigDecimal.valueOf(i)); // more than four decimals
                case 3 -> new BigDecimal("1E+20").add(BigDecimal.valueOf(i)); // beyond 10^14
                default -> BigDecimal.valueOf(-i);
            };
            values.add(v);
            if (v == null) {
                s.addMissing();
            } else {
                s.add(v);
            }
        }
        assertThat(s.trim()).isSameAs(s);
        assertThat(s.size()).isEqualTo(300);
        assertThat(s.cells()).hasSize(300);
        for (int i = 0; i < 300; i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                assertThat(s.raw(i)).isEqualTo(NumberStore.MISSING);
            } else {
                assertThat(s.value(i)).as("row %d", i).isEqualByComparingTo(v);
                assertThat(s.raw(i) == NumberStore.EXACT).isEqualTo(i % 5 == 2 || i % 5 == 3);
            }
        }
        // the fewest decimals that keep the value
        NumberStore t = new NumberStore();
        t.add(new BigDecimal("1.5000"));
        t.add(new BigDecimal("-20"));
        t.add(new BigDecimal("0.0001"));
        assertThat(t.value(0)).hasToString("1.5");
        assertThat(t.value(1)).hasToString("-20");
        assertThat(t.value(2)).hasToString("0.0001");
        // 16 + 8·cells, two arrays' headers, 4 bytes per fallback row and reference, 64 per fallback number
        assertThat(s.estimatedBytes()).isEqualTo(16 + 8 * 300 + 2 * 16 + 4 * 120 + 4 * 120 + 64 * 120);
    }

    @Test
    void textsAreDictionaryEncoded() {
        TextStore s = new TextStore();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String v = i % 7 == 0 ? null : "c" + (i % 40);
            values.add(v);
            if (v == null) {
                s.addMissing();
            } else {
                s.add(v);
            }
        }
        assertThat(s.trim()).isSameAs(s);
        assertThat(s.size()).isEqualTo(200);
        assertThat(s.ids()).hasSize(200);
        for (int i = 0; i < 200; i++) {
            if (values.get(i) == null) {
                assertThat(s.isMissing(i)).isTrue();
                assertThat(s.id(i)).isEqualTo(-1);
            } else {
                assertThat(s.isMissing(i)).isFalse();
                assertThat(s.value(i)).isEqualTo(values.get(i));
                assertThat(s.text(s.id(i))).isEqualTo(values.get(i));
            }
        }
        assertThat(s.distinct()).isEqualTo(40); // c0 … c39, each text once however often it occurs
        assertThat(s.id(1)).isEqualTo(0);
        assertThat(s.id(41)).isEqualTo(s.id(1));
    }

    @Test
    void lengthsAreInCodePointsAndLatin1TextsArePackedOnce() {
        TextStore s = new TextStore();
        s.add("ab");
        s.add("é");
        s.addMissing();
        s.add("");
        s.add("ab");
        assertThat(s.latin1()).isNull(); // not yet trimmed
        s.trim();
        assertThat(s.length(0)).isEqualTo(2);
        assertThat(s.length(1)).isEqualTo(1);
        assertThat(s.length(2)).isZero();
        assertThat(s.latin1()).isEqualTo("abé".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(s.latin1Offsets()).containsExactly(0, 2, 3, 3);
        // cells 5, dictionary 3, lengths 3; strings 40 + 2·chars; the Latin-1 bytes and offsets
        assertThat(s.estimatedBytes()).isEqualTo(16 + 4 * 5 + 16 + 4 * 3 + 16 + 4 * 3 + (40 + 4) + (40 + 2) + 40
                + 16 + 3 + 16 + 4 * 4);

        TextStore wide = new TextStore();
        wide.add("ab");
        wide.add("甲𝔸");
        wide.trim();
        assertThat(wide.latin1()).isNull();
        assertThat(wide.latin1Offsets()).isNull();
        assertThat(wide.length(1)).isEqualTo(2);
        assertThat(wide.estimatedBytes()).isEqualTo(16 + 4 * 2 + 16 + 4 * 2 + 16 + 4 * 2 + (40 + 4) + (40 + 6));
    }

    @Test
    void smallIntegersGrow() {
        SmallStore s = new SmallStore();
        for (long i = 0; i < 100; i++) {
            s.add(i * i - 50);
        }
        assertThat(s.trim()).isSameAs(s);
        assertThat(s.size()).isEqualTo(100);
        assertThat(s.value(0)).isEqualTo(-50);
        assertThat(s.value(99)).isEqualTo(99 * 99 - 50);
        assertThat(s.estimatedBytes()).isEqualTo(16 + 8 * 100);
    }
}
