package org.statsbase.validation.internal.lang;

/**
 * One token of rule text, with its 1-based line and column (in code points).
 *
 * <p>Thread safety: immutable.
 */
record Token(Kind kind, String text, int line, int column) {

    /** Token kinds. */
    enum Kind {
        NUMBER("a number", "数字"), STRING("a text", "文本"), IDENT("a name", "名称"), CODE("an indicator code", "指标代码"),
        LPAREN("'('"), RPAREN("')'"), COMMA("','"), DOT("'.'"),
        PLUS("'+'"), MINUS("'-'"), STAR("'*'"), SLASH("'/'"),
        EQ("'='"), NE("'!='"), LT("'<'"), LE("'<='"), GT("'>'"), GE("'>='"),
        AND("'and'"), OR("'or'"), NOT("'not'"), IF("'if'"), THEN("'then'"), IN("'in'"), BETWEEN("'between'"),
        TRUE("'true'"), FALSE("'false'"), EOF("the end of the text", "文本结尾");

        final String description;
        /** The description in Chinese (symbols and keywords are written as in rule text). */
        final String descriptionZh;

        Kind(String description) {
            this(description, description);
        }

        Kind(String description, String descriptionZh) {
            this.description = description;
            this.descriptionZh = descriptionZh;
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

    /** How a Chinese error message names what was found. */
    String describeZh() {
        return switch (kind) {
            case EOF -> kind.descriptionZh;
            case NUMBER, IDENT -> kind.descriptionZh + " " + Lexer.shorten(text);
            case CODE -> "[" + Lexer.shorten(text) + "]";
            case STRING -> "'" + Lexer.shorten(text) + "'";
            default -> kind.descriptionZh;
        };
    }
}
