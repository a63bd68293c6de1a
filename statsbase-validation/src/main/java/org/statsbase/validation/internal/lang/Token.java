package org.statsbase.validation.internal.lang;

/**
 * One token of rule text, with its 1-based line and column (in code points).
 *
 * <p>Thread safety: immutable.
 */
record Token(Kind kind, String text, int line, int column) {

    /** Token kinds. */
    enum Kind {
        NUMBER("a number"), STRING("a text"), IDENT("a name"), CODE("an indicator code"),
        LPAREN("'('"), RPAREN("')'"), COMMA("','"), DOT("'.'"),
        PLUS("'+'"), MINUS("'-'"), STAR("'*'"), SLASH("'/'"),
        EQ("'='"), NE("'!='"), LT("'<'"), LE("'<='"), GT("'>'"), GE("'>='"),
        AND("'and'"), OR("'or'"), NOT("'not'"), IF("'if'"), THEN("'then'"), IN("'in'"), BETWEEN("'between'"),
        TRUE("'true'"), FALSE("'false'"), EOF("the end of the text");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** How an error message names what was found. */
    String describe() {
        return switch (kind) {
            case EOF -> "the end of the text";
            case NUMBER, IDENT -> kind.description + " " + Lexer.shorten(text);
            case CODE -> "[" + Lexer.shorten(text) + "]";
            case STRING -> "'" + Lexer.shorten(text) + "'";
            default -> kind.description;
        };
    }
}
