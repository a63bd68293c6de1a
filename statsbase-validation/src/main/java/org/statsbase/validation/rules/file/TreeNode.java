package org.statsbase.validation.rules.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.statsbase.validation.rules.SourceLocation;

/**
 * A JSON/YAML value with the place it was written, as {@link TreeReader} builds it: Jackson's tree
 * model forgets locations, and every problem of a rule-set file must name its line and column.
 *
 * <p>Thread safety: mutable while the reader builds it, then only read by one thread.
 */
final class TreeNode {

    /** The JSON types, named as JSON Schema names them (they appear in messages). */
    enum Kind {
        OBJECT("object"), ARRAY("array"), STRING("string"), NUMBER("number"), BOOLEAN("boolean"), NULL("null"),
        /** A value that was refused (a YAML alias): already reported, skipped without further messages. */
        REFUSED("refused");

        final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }
    }

    /** A key of an object with the place it was written. */
    record Entry(String key, SourceLocation keyLocation, TreeNode value) {
    }

    final Kind kind;
    /** Where the value starts (the opening quote of a quoted scalar, the first key of a block mapping). */
    final SourceLocation location;
    /** A scalar's text as written (numbers keep their spelling), or {@code ""}. */
    final String text;
    /** Where a string's content starts (after the opening quote, on the first line of a block scalar). */
    final SourceLocation textLocation;
    final List<Entry> entries = new ArrayList<>();
    final List<TreeNode> items = new ArrayList<>();
    /** An object's entries by key, to find duplicate keys without quadratic work on hostile files. */
    final Map<String, Entry> byKey = new HashMap<>();

    /**
     * Whether the value may stand where text is expected: a string, or an unquoted YAML scalar
     * that YAML reads as a number or boolean ({@code version: 2026.1}, {@code en: 1.0}), taken as
     * written. YAML writers leave such scalars unquoted; JSON says what it means.
     */
    final boolean textual;

    TreeNode(Kind kind, SourceLocation location, String text, SourceLocation textLocation) {
        this(kind, location, text, textLocation, kind == Kind.STRING);
    }

    TreeNode(Kind kind, SourceLocation location, String text, SourceLocation textLocation, boolean textual) {
        this.kind = kind;
        this.location = location;
        this.text = text;
        this.textLocation = textLocation;
        this.textual = textual;
    }

    static TreeNode container(Kind kind, SourceLocation location) {
        return new TreeNode(kind, location, "", location);
    }
}
