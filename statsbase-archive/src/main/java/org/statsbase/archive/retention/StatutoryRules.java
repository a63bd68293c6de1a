package org.statsbase.archive.retention;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.internal.Json;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RetentionCode;
import org.statsbase.archive.record.RetentionPeriod;

/**
 * The statutory minimum retention periods of statistical material and the archive retention classes, read
 * from one dated resource ({@code statutory-retention.json}, beside this class) that names its sources:
 * 统计法实施条例 (国务院令第681号) 第二十二条 — original survey material at least 2 years, aggregated material at
 * least 10 years, important aggregated material permanently; 第二十三条 — original records and ledgers at least
 * 2 years; and the archive classes 永久 / 定期30年 / 定期10年 of general archive practice.
 *
 * <p>Thread safety: immutable; {@link #standard()} is loaded once, lazily and safely.
 */
public final class StatutoryRules {

    private static final String RESOURCE = "statutory-retention.json";

    private static final class Holder {
        static final StatutoryRules STANDARD = load();
    }

    private final LocalDate date;
    private final List<String> sources;
    private final Map<RecordClass, StatutoryRule> rules;
    private final Map<RetentionCode, RetentionPeriod> archiveClasses;

    private StatutoryRules(LocalDate date, List<String> sources, Map<RecordClass, StatutoryRule> rules,
            Map<RetentionCode, RetentionPeriod> archiveClasses) {
        this.date = date;
        this.sources = List.copyOf(sources);
        this.rules = Collections.unmodifiableMap(rules);
        this.archiveClasses = Collections.unmodifiableMap(archiveClasses);
    }

    /**
     * The rules shipped with statsbase.
     *
     * @return the rules shipped with statsbase
     */
    public static StatutoryRules standard() {
        return Holder.STANDARD;
    }

    private static StatutoryRules load() {
        try (InputStream in = StatutoryRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, RESOURCE, "resource missing / 资源缺失");
            }
            JsonNode root = Json.read(in, RESOURCE);
            LocalDate date = LocalDate.parse(Json.text(root, "date").orElseThrow());
            List<String> sources = new ArrayList<>();
            for (JsonNode s : root.path("sources")) {
                sources.add(s.path("title").asText() + " — " + s.path("articles").asText());
            }
            Map<RecordClass, StatutoryRule> rules = new LinkedHashMap<>();
            for (JsonNode c : root.path("classes")) {
                RecordClass rc = RecordClass.of(c.path("class").asText());
                rules.put(rc, new StatutoryRule(rc, c.path("name_zh").asText(), c.path("name_en").asText(),
                        RetentionPeriod.parse(c.path("minimum").asText()), c.path("rule").asText()));
            }
            Map<RetentionCode, RetentionPeriod> classes = new LinkedHashMap<>();
            for (JsonNode c : root.path("archive_classes")) {
                RetentionCode code = RetentionCode.ofCode(c.path("code").asText()).orElseThrow(
                        () -> new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, RESOURCE, c.toString()));
                classes.put(code, RetentionPeriod.parse(c.path("retention").asText()));
            }
            return new StatutoryRules(date, sources, rules, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The date the rules are current as of (the regulation's entry into force).
     *
     * @return the date the rules are current as of (the regulation's entry into force)
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The sources, one line each (title — articles).
     *
     * @return the sources, one line each (title — articles)
     */
    public List<String> sources() {
        return sources;
    }

    /**
     * Every statutory class rule, in resource order.
     *
     * @return every statutory class rule, in resource order
     */
    public List<StatutoryRule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * The statutory rule of {@code recordClass}, if the law sets one.
     *
     * @param recordClass the record class
     * @return the statutory rule; empty when the law sets none
     */
    public Optional<StatutoryRule> rule(RecordClass recordClass) {
        return Optional.ofNullable(rules.get(recordClass));
    }

    /**
     * The archive retention classes with their periods, as the resource lists them.
     *
     * @return the archive retention classes with their periods, as the resource lists them
     */
    public Map<RetentionCode, RetentionPeriod> archiveClasses() {
        return archiveClasses;
    }
}
