package org.statsbase.validation.internal.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.RuleLimits;

/**
 * Splits rule text into tokens; collects every lexical problem (it skips the bad character and
 * goes on) so that one pass reports them all.
 *
 * <p>Thread safety: not thread-safe; one instance per text.
 */
final class Lexer {

    private final String text;
    private final List<Problem> problems;
    private final RuleLimits limits;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int column = 1;

    Lexer(String text, List<Problem> problems, RuleLimits limits) {
        this.text = text;
        this.problems = problems;
        this.limits = limits;
    }

    /** Shortens a found text for a message (long literals stay readable). */
    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    List<Token> tokens() {
        while (true) {
            skipBlanks();
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.EOF, "", line, column));
                return tokens;
            }
            int startLine = line;
            int startColumn = column;
            int c = text.codePointAt(pos);
            if (isDigit(c)) {
                number(startLine, startColumn);
            } else if (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
                number(startLine, startColumn);
            } else if (isIdentStart(c)) {
                identifier(startLine, startColumn);
            } else if (c == '\'' || c == '"') {
                string(startLine, startColumn, (char) c);
            } else if (c == '[') {
                code(startLine, startColumn);
            } else {
                symbol(c, startLine, startColumn);
            }
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdentPart(int c) {
        return isIdentStart(c) || isDigit(c);
    }

    private void advance() {
        int c = text.codePointAt(pos);
        pos += Character.charCount(c);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00a0') {
                advance();
            } else {
                break;
            }
        }
    }

    private void number(int startLine, int startColumn) {
        int start = pos;
        int digits = 0;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            advance();
            digits++;
        }
        boolean malformed = false;
        if (pos < text.length() && text.charAt(pos) == '.') {
            advance();
            int fraction = 0;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                advance();
                fraction++;
            }
            digits += fraction;
            malformed = fraction == 0;
        }
        // a number glued to letters or more dots (12a, 1.2.3) is one malformed token
        while (pos < text.length() && (isIdentPart(text.charAt(pos)) || text.charAt(pos) == '.')) {
            advance();
            malformed = true;
        }
        String s = text.substring(start, pos);
        if (digits > limits.maxNumberDigits()) {
            problems.add(Problem.of(startLine, startColumn, ValidationError.LIMIT_LITERAL_TOO_LONG, shorten(s),
                    "at most " + limits.maxNumberDigits() + " digits", limits.maxNumberDigits()));
        } else if (malformed) {
            problems.add(Problem.of(startLine, startColumn, ValidationError.SYNTAX_MALFORMED_NUMBER, shorten(s),
                    "a decimal number", shorten(s)));
        }
        tokens.add(new Token(Token.Kind.NUMBER, s, startLine, startColumn));
    }

    private void identifier(int startLine, int startColumn) {
        int start = pos;
        while (pos < text.length() && isIdentPart(text.charAt(pos))) {
            advance();
        }
        String s = text.substring(start, pos);
        Token.Kind kind = switch (s.toLowerCase(Locale.ROOT)) {
            case "and" -> Token.Kind.AND;
            case "or" -> Token.Kind.OR;
            case "not" -> Token.Kind.NOT;
            case "if" -> Token.Kind.IF;
            case "then" -> Token.Kind.THEN;
            case "in" -> Token.Kind.IN;
            case "between" -> Token.Kind.BETWEEN;
            case "true" -> Token.Kind.TRUE;
            case "false" -> Token.Kind.FALSE;
            default -> Token.Kind.IDENT;
        };
        tokens.add(new Token(kind, s, startLine, startColumn));
    }

    private void string(int startLine, int startColumn, char quote) {
        advance();
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == quote) {
                // a doubled quote stands for itself, as in SQL
                if (pos + 1 < text.length() && text.charAt(pos + 1) == quote) {
                    out.append(quote);
                    advance();
                    advance();
                    continue;
                }
                advance();
                if (out.length() > limits.maxStringLength()) {
                    problems.add(Problem.of(startLine, startColumn, ValidationError.LIMIT_LITERAL_TOO_LONG,
                            shorten(out.toString()), "at most " + limits.maxStringLength() + " characters",
                            limits.maxStringLength()));
                }
                tokens.add(new Token(Token.Kind.STRING, out.toString(), startLine, startColumn));
                return;
            }
            if (c == '\n') {
                break;
            }
            out.appendCodePoint(text.codePointAt(pos));
            advance();
        }
        problems.add(Problem.of(startLine, startColumn, ValidationError.SYNTAX_UNTERMINATED_STRING,
                quote + shorten(out.toString()), "a closing " + quote, quote + shorten(out.toString())));
        tokens.add(new Token(Token.Kind.STRING, out.toString(), startLine, startColumn));
    }

    private void code(int startLine, int startColumn) {
        advance();
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ']' && text.charAt(pos) != '\n') {
            advance();
        }
        String s = text.substring(start, pos).strip();
        if (pos >= text.length() || text.charAt(pos) != ']') {
            problems.add(Problem.of(startLine, startColumn, ValidationError.SYNTAX_UNTERMINATED_CODE,
                    "[" + shorten(s), "']'", "[" + shorten(s)));
        } else {
            advance();
            if (s.isEmpty()) {
                problems.add(Problem.of(startLine, startColumn, ValidationError.SYNTAX_EMPTY_CODE, "[]",
                        "an indicator code"));
            } else if (s.length() > limits.maxStringLength()) {
                problems.add(Problem.of(startLine, startColumn, ValidationError.LIMIT_LITERAL_TOO_LONG, shorten(s),
                        "at most " + limits.maxStringLength() + " characters", limits.maxStringLength()));
            }
        }
        tokens.add(new Token(Token.Kind.CODE, s, startLine, startColumn));
    }

    private void symbol(int c, int startLine, int startColumn) {
        Token.Kind kind;
        String s;
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
        switch (c) {
            case '(' -> { kind = Token.Kind.LPAREN; s = "("; }
            case ')' -> { kind = Token.Kind.RPAREN; s = ")"; }
            case ',' -> { kind = Token.Kind.COMMA; s = ","; }
            case '.' -> { kind = Token.Kind.DOT; s = "."; }
            case '+' -> { kind = Token.Kind.PLUS; s = "+"; }
            case '-' -> { kind = Token.Kind.MINUS; s = "-"; }
            case '*' -> { kind = Token.Kind.STAR; s = "*"; }
            case '/' -> { kind = Token.Kind.SLASH; s = "/"; }
            case '=' -> { kind = Token.Kind.EQ; s = next == '=' ? "==" : "="; }
            case '!' -> {
                if (next == '=') {
                    kind = Token.Kind.NE;
                    s = "!=";
                } else {
                    kind = null;
                    s = "!";
                }
            }
            case '<' -> {
                if (next == '=') {
                    kind = Token.Kind.LE;
                    s = "<=";
                } else if (next == '>') {
                    kind = Token.Kind.NE;
                    s = "<>";
                } else {
                    kind = Token.Kind.LT;
                    s = "<";
                }
            }
            case '>' -> {
                kind = next == '=' ? Token.Kind.GE : Token.Kind.GT;
                s = next == '=' ? ">=" : ">";
            }
            default -> { kind = null; s = new String(Character.toChars(c)); }
        }
        if (kind == null) {
            String found = describeChar(c);
            String expected = c == '!' ? "'!=' or 'not'" : "an operator, a number, a name or a parenthesis";
            String expectedZh = c == '!' ? "'!=' 或 'not'" : "运算符、数字、名称或括号";
            problems.add(Problem.of(startLine, startColumn, ValidationError.SYNTAX_UNEXPECTED_CHARACTER, found,
                    expected, found, expected, expectedZh));
            advance();
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            advance();
        }
        tokens.add(new Token(kind, s, startLine, startColumn));
    }

    /** {@code '（' (U+FF08)}: the character and its code point, so invisible or look-alike ones show. */
    static String describeChar(int c) {
        String shown = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ""
                : "'" + new String(Character.toChars(c)) + "' ";
        return shown + String.format(Locale.ROOT, "(U+%04X)", c);
    }
}
