package org.statsbase.validation.data;

import java.util.Objects;

/**
 * A field a rule read and the value it had: {@code B01 = 120}, or for a reference dataset
 * {@code prev.B01 = 100}.
 *
 * @param field the field as the rule names it
 * @param value its value
 *
 * <p>Thread safety: immutable.
 */
public record FieldValue(String field, Value value) {

    /**
     * Validates the components.
     *
     * @param field the field as the rule names it
     * @param value its value
     */
    public FieldValue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }
}
