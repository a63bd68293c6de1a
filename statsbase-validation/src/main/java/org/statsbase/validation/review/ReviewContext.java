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

    /**
     * No references, no code lists, sequential.
     *
     * @return the empty context
     */
    public static ReviewContext empty() {
        return EMPTY;
    }

    private ReviewContext withReference(String name, Dataset data) {
        Map<String, Dataset> m = new LinkedHashMap<>(references);
        m.put(name, Objects.requireNonNull(data, "data"));
        return new ReviewContext(m, codeLists, chunkSize, parallel);
    }

    /**
     * This context with the previous period's data ({@code prev.X}).
     *
     * @param data the previous period's records, keyed as the reviewed dataset
     * @return a new context; this one is unchanged
     */
    public ReviewContext withPrevious(Dataset data) {
        return withReference("prev", data);
    }

    /**
     * This context with the same period of last year ({@code yoy.X}).
     *
     * @param data last year's records of the same period, keyed as the reviewed dataset
     * @return a new context; this one is unchanged
     */
    public ReviewContext withYearAgo(Dataset data) {
        return withReference("yoy", data);
    }

    /**
     * This context with another form's data of the same units ({@code form("formId").X}).
     *
     * @param formId the form's id as rules write it in {@code form("…")}
     * @param data that form's records of the same units, keyed as the reviewed dataset
     * @return a new context; this one is unchanged
     */
    public ReviewContext withForm(String formId, Dataset data) {
        return withReference("form:" + Objects.requireNonNull(formId, "formId"), data);
    }

    /**
     * This context with a code list ({@code in_codelist(x, "name")}).
     *
     * @param name the list's name as rules write it in {@code in_codelist}
     * @param codes the codes of the list
     * @return a new context; this one is unchanged
     */
    public ReviewContext withCodeList(String name, Collection<String> codes) {
        Map<String, Set<String>> m = new LinkedHashMap<>(codeLists);
        m.put(Objects.requireNonNull(name, "name"), Set.copyOf(codes));
        return new ReviewContext(references, m, chunkSize, parallel);
    }

    /**
     * This context with another chunk size (at least 1).
     *
     * @param records the records per chunk, at least 1
     * @return a new context; this one is unchanged
     * @throws IllegalArgumentException if {@code records} is below 1
     */
    public ReviewContext withChunkSize(int records) {
        if (records < 1) {
            throw new IllegalArgumentException("chunk size must be >= 1: " + records);
        }
        return new ReviewContext(references, codeLists, records, parallel);
    }

    /**
     * This context evaluating chunks in parallel (on the common fork-join pool) or not.
     *
     * @param inParallel whether chunks run in parallel
     * @return a new context; this one is unchanged
     */
    public ReviewContext withParallel(boolean inParallel) {
        return new ReviewContext(references, codeLists, chunkSize, inParallel);
    }

    /**
     * The reference datasets by internal name ({@code prev}, {@code yoy}, {@code form:ID}).
     *
     * @return the reference datasets; empty when none was given
     */
    public Map<String, Dataset> references() {
        return references;
    }

    /**
     * The code lists by name.
     *
     * @return the code lists; empty when none was given
     */
    public Map<String, Set<String>> codeLists() {
        return codeLists;
    }

    /**
     * Records per chunk.
     *
     * @return the chunk size, at least 1
     */
    public int chunkSize() {
        return chunkSize;
    }

    /**
     * Whether chunks run in parallel.
     *
     * @return {@code true} when chunks run in parallel
     */
    public boolean parallel() {
        return parallel;
    }

    @Override
    public String toString() {
        return "ReviewContext[references=" + references.keySet() + ", codeLists=" + codeLists.keySet()
                + ", chunkSize=" + chunkSize + ", parallel=" + parallel + "]";
    }
}
