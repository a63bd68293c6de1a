package org.statsbase.validation.data.internal;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The evaluator's way to a columnar dataset's stores ({@link TextStore}, {@link NumberStore}) without a
 * public method that would put an internal type into the dataset's API: the dataset registers its
 * accessor here when its class is initialised, which happens before any of its instances exists.
 * The evaluator reads the stores' arrays directly in its block loops, sparing a bounds and type check
 * per cell that the public accessors must make.
 *
 * <p>Thread safety: the accessor is set once, from the dataset class's initialiser.
 */
public final class ColumnStores {

    private static volatile BiFunction<Object, Integer, Object> accessor;

    private ColumnStores() {
    }

    /** Called once by the dataset class: the accessor gives the store of a column. */
    public static void register(BiFunction<Object, Integer, Object> access) {
        accessor = Objects.requireNonNull(access, "access");
    }

    /** The text store of a TEXT column of a columnar dataset (an instance exists, so the accessor is set). */
    public static TextStore text(Object dataset, int column) {
        return (TextStore) accessor.apply(dataset, column);
    }

    /** The number store of a NUMBER column of a columnar dataset. */
    public static NumberStore numbers(Object dataset, int column) {
        return (NumberStore) accessor.apply(dataset, column);
    }
}
