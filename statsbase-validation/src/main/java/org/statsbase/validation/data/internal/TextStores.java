package org.statsbase.validation.data.internal;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The evaluator's way to a dataset's {@link TextStore} (its Latin-1 bytes) without a public method
 * that would put an internal type into the dataset's API: the dataset registers its accessor here
 * when its class is initialised, which happens before any of its instances exists.
 *
 * <p>Thread safety: the accessor is set once, from the dataset class's initialiser.
 */
public final class TextStores {

    private static volatile BiFunction<Object, Integer, TextStore> accessor;

    private TextStores() {
    }

    /** Called once by the dataset class. */
    public static void register(BiFunction<Object, Integer, TextStore> access) {
        accessor = Objects.requireNonNull(access, "access");
    }

    /** The text store of a TEXT column of a columnar dataset (an instance exists, so the accessor is set). */
    public static TextStore of(Object dataset, int column) {
        return accessor.apply(dataset, column);
    }
}
