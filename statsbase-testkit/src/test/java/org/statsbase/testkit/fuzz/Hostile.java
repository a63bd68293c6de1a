package org.statsbase.testkit.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generators of malformed and hostile input: random mutations of valid seeds, control characters, full-width
 * digits, lone surrogates, enormous lines, deep nesting, overflowing numbers, truncation, byte order marks, UTF-16,
 * GBK and invalid UTF-8 bytes. Every generator draws from a jqwik-provided {@link Random}, so a failing input is
 * reproducible from the seed jqwik reports. Not thread-safe per generated {@link Random}; the arbitraries are.
 */
final class Hostile {

    /** The longest enormous line generated, in characters. */
    static final int ENORMOUS = 200_000;

    private static final Charset GBK = Charset.forName("GBK");

    private static final String[] ATOMS = {
        "\u0000", "\u0001", "\u001b", "\u007f", "\t", "\r", "\n", "\r\n", "\u2028", "\u00a0", "\u3000", "\ufeff",
        "\ufffd", "\ud800", "\udfff", "\ud83d\ude00", "０", "１", "９", "Ａ", "Ｚ", "－", "．", "，", "统", "计", "局",
        "\"", "'", "\\", ",", ";", ":", "[", "]", "{", "}", "(", ")", "<", ">", "=", "!", "&", "|", "#", "-", "+",
        "*", "/", "%", "$", ".", "e", "E", "0", "1", "9", "-1", "1e309", "NaN", "Infinity", "-0",
        "99999999999999999999999999999999999999", "1e39999999999999999999999999999999999999999",
        "9223372036854775808", "-2147483649", "0x7f", "null", "true",
        "~", "&a", "*a", "!!str", "!!binary", "---", "...", "? ", "- ", "  ", "<<: *a", "%YAML 1.2", "\\u0000",
        "\\ud800", "${x}", "../", "..\\", "/etc/passwd", "CON", "%s", "%n"
    };

    private Hostile() {
    }

    /** Hostile text around the valid {@code seeds}. */
    static Arbitrary<String> text(List<String> seeds) {
        return Arbitraries.randoms().map(r -> text(r, seeds));
    }

    /** Hostile bytes around the valid {@code seeds}: text in a wrong encoding, with BOMs, or corrupted bytes. */
    static Arbitrary<byte[]> bytes(List<String> seeds) {
        return Arbitraries.randoms().map(r -> bytes(r, seeds));
    }

    static String text(Random r, List<String> seeds) {
        String seed = seeds.get(r.nextInt(seeds.size()));
        int kind = r.nextInt(100);
        if (kind < 55) {
            return mutate(r, seed, 1 + r.nextInt(6));
        }
        if (kind < 75) {
            return randomText(r, r.nextInt(40));
        }
        if (kind < 82) {
            return fullWidth(r, seed);
        }
        if (kind < 86) {
            return truncate(r, seed);
        }
        if (kind < 89) {
            return enormous(r, seed);
        }
        if (kind < 93) {
            return deep(r, seed);
        }
        if (kind < 96) {
            return seed + "\n" + mutate(r, seed, 3);
        }
        return seed;
    }

    static byte[] bytes(Random r, List<String> seeds) {
        String text = text(r, seeds);
        int kind = r.nextInt(100);
        byte[] bytes;
        if (kind < 40) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else if (kind < 52) {
            bytes = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, text.getBytes(StandardCharsets.UTF_8));
        } else if (kind < 60) {
            bytes = text.getBytes(StandardCharsets.UTF_16);
        } else if (kind < 66) {
            bytes = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, text.getBytes(StandardCharsets.UTF_16LE));
        } else if (kind < 76) {
            bytes = text.getBytes(GBK);
        } else {
            bytes = corrupt(r, text.getBytes(StandardCharsets.UTF_8));
        }
        if (r.nextInt(10) == 0 && bytes.length > 0) {
            bytes = Arrays.copyOf(bytes, r.nextInt(bytes.length));
        }
        return bytes;
    }

    static String mutate(Random r, String seed, int times) {
        StringBuilder s = new StringBuilder(seed);
        for (int i = 0; i < times; i++) {
            int at = s.length() == 0 ? 0 : r.nextInt(s.length() + 1);
            switch (r.nextInt(7)) {
                case 0 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 1 -> s.insert(at, ATOMS[r.nextInt(ATOMS.length)]);
                case 2 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, (char) r.nextInt(0x80));
                    }
                }
                case 3 -> {
                    int end = Math.min(s.length(), at + r.nextInt(20));
                    String piece = s.substring(at, end);
                    s.insert(at, piece.repeat(1 + r.nextInt(4)));
                }
                case 4 -> {
                    int end = Math.min(s.length(), at + r.nextInt(20));
                    s.delete(at, end);
                }
                case 5 -> s.insert(at, (char) r.nextInt(0x10000));
                default -> {
                    if (at < s.length()) {
                        char c = s.charAt(at);
                        s.setCharAt(at, Character.isDigit(c) ? (char) (c - '0' + '０') : Character.toLowerCase(c));
                    }
                }
            }
        }
        return s.toString();
    }

    static String randomText(Random r, int atoms) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < atoms; i++) {
            s.append(r.nextBoolean() ? ATOMS[r.nextInt(ATOMS.length)] : String.valueOf((char) (0x20 + r.nextInt(95))));
        }
        return s.toString();
    }

    static String fullWidth(Random r, String seed) {
        StringBuilder s = new StringBuilder(seed.length());
        for (char c : seed.toCharArray()) {
            boolean swap = r.nextInt(3) == 0;
            if (swap && c >= '0' && c <= '9') {
                s.append((char) (c - '0' + '０'));
            } else if (swap && c >= 'A' && c <= 'Z') {
                s.append((char) (c - 'A' + 'Ａ'));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    static String truncate(Random r, String seed) {
        return seed.isEmpty() ? seed : seed.substring(0, r.nextInt(seed.length()));
    }

    static String enormous(Random r, String seed) {
        int n = 1 + r.nextInt(ENORMOUS);
        return switch (r.nextInt(4)) {
            case 0 -> "9".repeat(n);
            case 1 -> seed + "x".repeat(n);
            case 2 -> seed.isEmpty() ? "a".repeat(n) : seed.repeat(Math.max(1, n / seed.length()) / 10 + 1);
            default -> "\"" + "统".repeat(n / 2) + "\"";
        };
    }

    static String deep(Random r, String seed) {
        int n = 1 + r.nextInt(20_000);
        return switch (r.nextInt(5)) {
            case 0 -> "[".repeat(n) + "]".repeat(r.nextBoolean() ? n : 0);
            case 1 -> "{\"a\":".repeat(n) + "1" + "}".repeat(r.nextBoolean() ? n : 0);
            case 2 -> "(".repeat(n) + "1" + ")".repeat(r.nextBoolean() ? n : 0);
            case 3 -> "- ".repeat(n) + "x";
            default -> "a:\n" + " ".repeat(Math.min(n, 2000)) + seed;
        };
    }

    /** A YAML document whose aliases would expand to about 10^levels nodes (billion laughs). */
    static String billionLaughs(int levels) {
        StringBuilder s = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (int i = 1; i <= levels; i++) {
            s.append('a').append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                s.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            s.append("]\n");
        }
        return s.toString();
    }

    static byte[] corrupt(Random r, byte[] bytes) {
        byte[] out = bytes.length == 0 ? new byte[] {(byte) 0xc3} : bytes.clone();
        int times = 1 + r.nextInt(4);
        for (int i = 0; i < times; i++) {
            int at = r.nextInt(out.length);
            switch (r.nextInt(4)) {
                case 0 -> out[at] = (byte) r.nextInt(256);
                case 1 -> out[at] = (byte) 0xff;
                case 2 -> out = concat(Arrays.copyOf(out, at), concat(new byte[] {(byte) 0xc0, (byte) 0x80},
                        Arrays.copyOfRange(out, at, out.length)));
                default -> out = concat(Arrays.copyOf(out, at), concat(new byte[] {(byte) 0xed, (byte) 0xa0,
                        (byte) 0x80}, Arrays.copyOfRange(out, at, out.length)));
            }
        }
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
