package org.statsbase.validation.review;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.statsbase.validation.data.Dataset;

/**
 * What a review needs besides the reviewed dataset: the reference datasets rules name
 * ({@code prev}, {@code yoy}, {@code form("…")}), joined to the reviewed records on the reviewed
 * dataset's key columns; the code lists {@code in_codelist} names; and how records are split
 * into chunks (sequential or parallel: the report is the same).
 *
 * <p>Thread safety: immutable (the datasets must be immutable, as {@link Dataset} requires).
 */
public final class ReviewContext {

    /** The default number of records per chunk. */
    public static final int DEFAULT_CHUNK_SIZE = 4096;

    private static final ReviewContext EMPTY = new ReviewContext(Map.of(), Map.of(), DEFAULT_CHUNK_SIZE, false);

    private final Map<String, Dataset> references;
    private final Map<String, Set<String>> codeLists;
    private final int chunkSize;
    private final boolean parallel;

    private ReviewContext(Map<String, Dataset> references, Map<String, Set<String>> codeLists, int chunkSize,
            boolean parallel) {
        this.references = Map.copyOf(references);
        this.codeLists = Map.copyOf(codeLists);
        this.chunkSize = chunkSize;
        this.parallel = parallel;
    }

    /** No references, no code lists, sequential. */
    public static ReviewContext empty() {
        return EMPTY;
    }

    private ReviewContext withReference(String name, Dataset data) {
        Map<String, Dataset> m = new LinkedHashMap<>(references);
        m.put(name, Objects.requireNonNull(data, "data"));
        return new ReviewContext(m, codeLists, chunkSize, parallel);
    }

    /** This context with the previous period's data ({@code prev.X}). */
    public ReviewContext withPrevious(Dataset data) {
        return withReference("prev", data);
    }

    /** This context with the same period of last year ({@code yoy.X}). */
    public ReviewContext withYearAgo(Dataset data) {
        return withReference("yoy", data);
    }

    /** This context with another form's data of the same units ({@code form("formId").X}). */
    public ReviewContext withForm(String formId, Dataset data) {
        return withReference("form:" + Objects.requireNonNull(formId, "formId"), data);
    }

    /** This context with a code list ({@code in_codelist(x, "name")}). */
    public ReviewContext withCodeList(String name, Collection<String> codes) {
        Map<String, Set<String>> m = new LinkedHashMap<>(codeLists);
        m.put(Objects.requireNonNull(name, "name"), Set.copyOf(codes));
        return new ReviewContext(references, m, chunkSize, parallel);
    }

    /** This context with another chunk size (at least 1). */
    public ReviewContext withChunkSize(int records) {
        if (records < 1) {
            throw new IllegalArgumentException("chunk size must be >= 1: " + records);
        }
        return new ReviewContext(references, codeLists, records, parallel);
    }

    /** This context evaluating chunks in parallel (on the common fork-join pool) or not. */
    public ReviewContext withParallel(boolean inParallel) {
        return new ReviewContext(references, codeLists, chunkSize, inParallel);
    }

    /** The reference datasets by internal name ({@code prev}, {@code yoy}, {@code form:ID}). */
    public Map<String, Dataset> references() {
        return references;
    }

    /** The code lists by name. */
    public Map<String, Set<String>> codeLists() {
        return codeLists;
    }

    /** Records per chunk. */
    public int chunkSize() {
        return chunkSize;
    }

    /** Whether chunks run in parallel. */
    public boolean parallel() {
        return parallel;
    }

    @Override
    public String toString() {
        return "ReviewContext[references=" + references.keySet() + ", codeLists=" + codeLists.keySet()
                + ", chunkSize=" + chunkSize + ", parallel=" + parallel + "]";
    }
}
