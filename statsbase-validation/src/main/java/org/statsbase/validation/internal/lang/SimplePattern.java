package org.statsbase.validation.internal.lang;

import java.util.Optional;

/**
 * The regular expressions that the JDK's backtracking matcher runs in linear time and with exactly
 * RE2's meaning, translated for it (it is several times faster than RE2/J's NFA on short texts):
 * an optional {@code ^}, a sequence of atoms, an optional {@code $}; an atom is a letter or digit, one
 * of {@code - _ / : @ , # % & = ~ ! < > '} and the blank, {@code \d}, {@code \w}, or a class
 * {@code [...]}/{@code [^...]} of ASCII letters, digits and ranges of them, each optionally followed
 * by {@code ? * + {m} {m,} {m,n}} (greedy). At most one quantifier of variable count, and unless the
 * pattern starts with {@code ^} none unbounded, so backtracking is bounded: linear in the text
 * (times the quantifier's bound when unanchored). {@code $} becomes {@code \z} (RE2's {@code $}
 * without multi-line mode is the end of the text; the JDK's also matches before a final line break).
 * Anything else is left to RE2/J. {@code \d} and {@code \w} are ASCII in both.
 *
 * <p>When every atom has a fixed count (the usual {@code ^[0-9]{6}$}, {@code ^\d{4}-\d{2}$}) the
 * pattern is also matched directly, position by position, without a regular-expression engine
 * ({@link #find}); texts with surrogate pairs (where RE2 counts code points) go to the JDK's matcher.
 *
 * <p>Thread safety: immutable.
 */
final class SimplePattern {

    /** One position of a fixed-length pattern: which characters it takes. */
    private static final class Atom {
        final boolean[] ascii = new boolean[128];
        /** Whether a character beyond ASCII matches (negated classes), unless {@link #single} is set. */
        boolean other;
        /** A literal character beyond ASCII, else 0. */
        char single;

        boolean matches(char ch) {
            return ch < 128 ? ascii[ch] : single != 0 ? ch == single : other;
        }
    }

    /**
     * Per position of {@link #fixed}: which Latin-1 characters match ({@code table[k * 256 + ch]}),
     * so that texts kept as Latin-1 bytes are matched without a {@code String}; else null.
     */
    private final boolean[] latin1;

    /** The JDK pattern. */
    final java.util.regex.Pattern jdk;
    /** The positions when every count is fixed, else null. */
    private final Atom[] fixed;
    private final boolean start;
    private final boolean end;

    private SimplePattern(java.util.regex.Pattern jdk, Atom[] fixed, boolean start, boolean end) {
        this.jdk = jdk;
        this.fixed = fixed;
        this.start = start;
        this.end = end;
        if (fixed == null) {
            this.latin1 = null;
        } else {
            this.latin1 = new boolean[fixed.length * 256];
            for (int k = 0; k < fixed.length; k++) {
                for (char ch = 0; ch < 256; ch++) {
                    latin1[k * 256 + ch] = fixed[k].matches(ch);
                }
            }
        }
    }

    /** Whether {@link #find(byte[], int, int)} answers for every text (every count is fixed). */
    boolean findsLatin1() {
        return latin1 != null;
    }

    /**
     * Whether the pattern occurs in the text whose Latin-1 characters are {@code b[from] … b[to − 1]}:
     * the same answer as {@link #find(String)} gives for that text (Latin-1 has no surrogates). Only
     * when {@link #findsLatin1}.
     */
    boolean find(byte[] b, int from, int to) {
        boolean[] table = latin1;
        int n = to - from;
        int f = table.length >> 8;
        if (n < f) {
            return false;
        }
        // anchored at both ends (the usual ^[0-9]{6}$) the one start position is from, and a longer text
        // leaves none (first > last)
        int first = from + (end ? n - f : 0);
        int last = start ? from : to - f;
        for (int at = first; at <= last; at++) {
            int k = 0;
            while (k < f && table[(k << 8) | (b[at + k] & 0xFF)]) {
                k++;
            }
            if (k == f) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pattern occurs in {@code s}: {@code 1} or {@code 0}, or {@code -1} when the
     * JDK's matcher has to tell (a pattern of variable length, or a text with surrogates).
     */
    int find(String s) {
        if (fixed == null) {
            return -1;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return -1;
            }
        }
        int f = fixed.length;
        if (n < f) {
            return 0;
        }
        // anchored at both ends, a longer text leaves no start position (first > last)
        int first = end ? n - f : 0;
        int last = start ? 0 : n - f;
        for (int from = first; from <= last; from++) {
            int k = 0;
            while (k < f && fixed[k].matches(s.charAt(from + k))) {
                k++;
            }
            if (k == f) {
                return 1;
            }
        }
        return 0;
    }

    private static final String LITERAL_PUNCTUATION = "-_/:@,#%&=~!<>' ";
    private static final int MAX_BOUND = 100;

    /** The pattern meaning the same as RE2 pattern {@code re}, when {@code re} is in the subset. */
    static Optional<SimplePattern> translate(String re) {
        StringBuilder out = new StringBuilder();
        java.util.List<Atom> atoms = new java.util.ArrayList<>();
        boolean ends = false;
        int i = 0;
        int n = re.length();
        boolean anchored = false;
        if (i < n && re.charAt(i) == '^') {
            anchored = true;
            out.append('^');
            i++;
        }
        int variable = 0;
        boolean unbounded = false;
        while (i < n) {
            char ch = re.charAt(i);
            if (ch == '$' && i == n - 1) {
                out.append("\\z");
                ends = true;
                i++;
                break;
            }
            // an atom
            Atom atom = new Atom();
            if (ch == '\\') {
                if (i + 1 >= n || re.charAt(i + 1) != 'd' && re.charAt(i + 1) != 'w') {
                    return Optional.empty();
                }
                for (char c = 0; c < 128; c++) {
                    boolean word = re.charAt(i + 1) == 'w' && (isAsciiLetterOrDigit(c) || c == '_');
                    atom.ascii[c] = c >= '0' && c <= '9' || word;
                }
                out.append(re, i, i + 2);
                i += 2;
            } else if (ch == '[') {
                int end = re.indexOf(']', i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                String body = re.substring(i + 1, end);
                if (!isSimpleClass(body)) {
                    return Optional.empty();
                }
                boolean negated = body.startsWith("^");
                for (int k = negated ? 1 : 0; k < body.length(); k++) {
                    char a = body.charAt(k);
                    char b = a;
                    if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                        b = body.charAt(k + 2);
                        k += 2;
                    }
                    for (char c = a; c <= b; c++) {
                        atom.ascii[c] = true;
                    }
                }
                if (negated) {
                    for (int c = 0; c < 128; c++) {
                        atom.ascii[c] = !atom.ascii[c];
                    }
                    atom.other = true;
                }
                out.append('[').append(body).append(']');
                i = end + 1;
            } else if (isAsciiLetterOrDigit(ch) || Character.isLetterOrDigit(ch) && !Character.isSurrogate(ch)) {
                out.append(ch);
                if (ch < 128) {
                    atom.ascii[ch] = true;
                } else {
                    atom.single = ch;
                }
                i++;
            } else if (LITERAL_PUNCTUATION.indexOf(ch) >= 0) {
                out.append('\\').append(ch);
                atom.ascii[ch] = true;
                i++;
            } else {
                return Optional.empty();
            }
            // its quantifier
            if (i >= n) {
                atoms.add(atom);
            } else {
                char q = re.charAt(i);
                int min;
                int max;
                int next;
                if (q == '?' || q == '*' || q == '+') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : -1;
                    next = i + 1;
                } else if (q == '{') {
                    int end = re.indexOf('}', i);
                    if (end < 0) {
                        return Optional.empty();
                    }
                    String[] parts = re.substring(i + 1, end).split(",", -1);
                    if (parts.length > 2 || !isCount(parts[0]) || parts.length == 2 && !parts[1].isEmpty()
                            && !isCount(parts[1])) {
                        return Optional.empty();
                    }
                    min = Integer.parseInt(parts[0]);
                    max = parts.length == 1 ? min : parts[1].isEmpty() ? -1 : Integer.parseInt(parts[1]);
                    if (max >= 0 && max < min) {
                        return Optional.empty();
                    }
                    next = end + 1;
                } else {
                    atoms.add(atom);
                    continue;
                }
                // a lazy, possessive or stacked quantifier (a*?, a++, a{2}{3}) ends here: no atom starts with it
                if (min != max) {
                    variable++;
                    unbounded |= max < 0;
                }
                for (int k = 0; k < min; k++) {
                    atoms.add(atom);
                }
                out.append(re, i, next);
                i = next;
            }
        }
        if (i < n || variable > 1 || unbounded && !anchored) {
            return Optional.empty();
        }
        return Optional.of(new SimplePattern(java.util.regex.Pattern.compile(out.toString()),
                variable == 0 ? atoms.toArray(new Atom[0]) : null, anchored, ends));
    }

    private static boolean isCount(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return Integer.parseInt(s) <= MAX_BOUND;
    }

    /** ASCII letters, digits and ranges of them, optionally negated; nothing else. */
    private static boolean isSimpleClass(String body) {
        int k = body.startsWith("^") ? 1 : 0;
        if (k >= body.length()) {
            return false;
        }
        while (k < body.length()) {
            char a = body.charAt(k);
            if (!isAsciiLetterOrDigit(a)) {
                return false;
            }
            if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                char b = body.charAt(k + 2);
                if (!isAsciiLetterOrDigit(b) || b < a) {
                    return false;
                }
                k += 3;
            } else {
                k++;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
