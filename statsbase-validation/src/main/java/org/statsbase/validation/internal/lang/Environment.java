package org.statsbase.validation.internal.lang;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.statsbase.core.form.Indicator;
import org.statsbase.core.form.ReportForm;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.Schema;

/**
 * What rules are compiled against: the known fields and their types (from a form definition or
 * a schema), or nothing (fields are then checked when a dataset is reviewed).
 *
 * <p>Thread safety: immutable.
 */
public final class Environment {

    private final Map<String, Type> fields;
    private final boolean known;

    private Environment(Map<String, Type> fields, boolean known) {
        this.fields = Map.copyOf(fields);
        this.known = known;
    }

    /** No form and no schema: every field is accepted, types are checked at evaluation. */
    public static Environment none() {
        return new Environment(Map.of(), false);
    }

    /** The indicators of a form (codes and types). */
    public static Environment of(ReportForm form) {
        Map<String, Type> fields = new HashMap<>();
        for (Indicator i : form.indicators()) {
            fields.put(i.code(), switch (i.type()) {
                case NUMBER, INTEGER -> Type.NUMBER;
                case TEXT, CODE -> Type.TEXT;
                case DATE -> Type.DATE;
                case BOOLEAN -> Type.BOOL;
            });
        }
        return new Environment(fields, true);
    }

    /** The columns of a schema (key columns included). */
    public static Environment of(Schema schema) {
        Map<String, Type> fields = new HashMap<>();
        for (Column c : schema.columns()) {
            fields.put(c.name(), switch (c.type()) {
                case NUMBER -> Type.NUMBER;
                case TEXT -> Type.TEXT;
                case BOOLEAN -> Type.BOOL;
                case DATE -> Type.DATE;
            });
        }
        return new Environment(fields, true);
    }

    /** The type of a field of the reviewed dataset (and of {@code prev}, {@code yoy}); empty when unknown. */
    Optional<Type> field(String code) {
        if (!known) {
            return Optional.of(Type.ANY);
        }
        return Optional.ofNullable(fields.get(code));
    }
}
