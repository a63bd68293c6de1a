package org.statsbase.reporting.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;

/**
 * Collects every problem of one file, then fails once ({@link DataFileException#malformed}).
 *
 * <p>Thread safety: not thread-safe; one per read.
 */
public final class Problems {

    /** Stop collecting after this many problems by default (a hostile file should not exhaust memory). */
    public static final int MAX = 1000;

    private final String source;
    private final int max;
    private final List<DataProblem> list = new ArrayList<>();

    /** Problems of {@code source}, at most {@link #MAX}. */
    public Problems(String source) {
        this(source, MAX);
    }

    /** Problems of {@code source}, at most {@code max} ({@link org.statsbase.core.io.InputLimits#maxProblems()}). */
    public Problems(String source, int max) {
        this.source = source;
        this.max = max;
    }

    /** Adds a problem at a line (0: none) and field or JSON path. */
    public void add(long line, String field, ErrorCode code, Object... args) {
        if (list.size() < max) {
            list.add(DataProblem.of(source, line, field, code, args));
        }
    }

    /** Adds the problem an exception describes. */
    public void add(long line, String field, StatsbaseException e) {
        if (list.size() < max) {
            list.add(new DataProblem(source, line, field, e.code() + " " + e.messageZh(), e.code() + " " + e.messageEn()));
        }
    }

    /** The number of problems found. */
    public int size() {
        return list.size();
    }

    /** Whether any problem was found. */
    public boolean any() {
        return !list.isEmpty();
    }

    /** Throws when any problem was found. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw DataFileException.malformed(source, list);
        }
    }
}
