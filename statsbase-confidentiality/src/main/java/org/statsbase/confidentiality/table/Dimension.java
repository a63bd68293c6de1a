package org.statsbase.confidentiality.table;

import java.util.Objects;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;

/**
 * One dimension of a table published under 统计法 2009 第二十五条: its name (the microdata column) and its {@link Hierarchy}.
 *
 * <p>Thread safety: immutable.
 *
 * @param name      the name, matching the key of {@link Contribution#codes()}
 * @param hierarchy how codes become categories on levels
 */
public record Dimension(String name, Hierarchy hierarchy) {

    /**
     * Checks the parts.
     *
     * @param name      the name, matching the key of {@link Contribution#codes()}
     * @param hierarchy how codes become categories on levels
     */
    public Dimension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hierarchy, "hierarchy");
        if (name.isBlank()) {
            throw new ConfidentialityException(ConfidentialityError.FIELD_BLANK, "dimension name", "维度名称");
        }
    }

    /**
     * A dimension.
     *
     * @param name      the name, matching the key of {@link Contribution#codes()}
     * @param hierarchy how codes become categories on levels
     * @return the dimension
     */
    public static Dimension of(String name, Hierarchy hierarchy) {
        return new Dimension(name, hierarchy);
    }
}
