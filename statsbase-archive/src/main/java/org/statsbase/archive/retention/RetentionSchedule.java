package org.statsbase.archive.retention;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.internal.Json;
import org.statsbase.archive.internal.Texts;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.io.InputLimits;

/**
 * An office's retention schedule (保管期限表): per record class a retention period and where counting starts.
 * It may lengthen a statutory minimum (统计法实施条例 第二十二、二十三条) but never shorten it: building or loading
 * such a schedule fails with {@code SB-ARC-0101} naming the class, the minimum and the article. Classes the
 * schedule does not list keep their statutory minimum, counted from formation; classes the law does not name
 * may be added with any period.
 *
 * <p>JSON form (a file an office keeps):
 * <pre>{@code
 * {"name": "江北区统计局保管期限表", "date": "2026-01-01",
 *  "classes": [
 *    {"class": "ledger", "retention": "D10"},
 *    {"class": "enforcement-case", "retention": "30", "counting": {"event": "case-closed", "from": "next-year"}},
 *    {"class": "survey-questionnaire", "retention": "3", "counting": {"event": "survey-closed", "from": "date"}}]}
 * }</pre>
 * {@code retention} is {@code permanent}/{@code Y}, {@code D30}, {@code D10} or a number of years;
 * {@code counting} is {@code "formation"} (the default) or an event counted from its date or from 1 January of
 * the next year.
 *
 * <p>Thread safety: immutable.
 */
public final class RetentionSchedule {

    private final String name;
    private final LocalDate date;
    private final StatutoryRules statute;
    private final Map<RecordClass, ClassRetention> classes;

    private RetentionSchedule(String name, LocalDate date, StatutoryRules statute, Map<RecordClass, ClassRetention> classes) {
        this.name = name;
        this.date = date;
        this.statute = statute;
        this.classes = Collections.unmodifiableMap(classes);
    }

    /**
     * The statutory minimums themselves, each counted from formation.
     *
     * @return the statutory minimums themselves, each counted from formation
     */
    public static RetentionSchedule statutory() {
        StatutoryRules s = StatutoryRules.standard();
        Map<RecordClass, ClassRetention> m = new LinkedHashMap<>();
        for (StatutoryRule r : s.rules()) {
            m.put(r.recordClass(), new ClassRetention(r.recordClass(), r.minimum(), CountingStart.fromFormation(),
                    Optional.of(r)));
        }
        return new RetentionSchedule("statutory / 法定最低保管期限", s.date(), s, m);
    }

    /**
     * This schedule with {@code recordClass} set to {@code period} counted from {@code start}.
     *
     * @param recordClass the record class
     * @param period      its retention period, not shorter than the statutory minimum
     * @param start       where counting starts
     * @return a new schedule; this one is unchanged
     * @throws ArchiveException SB-ARC-0101 if {@code period} is shorter than the class's statutory minimum
     */
    public RetentionSchedule with(RecordClass recordClass, RetentionPeriod period, CountingStart start) {
        Objects.requireNonNull(recordClass, "recordClass");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
        Optional<StatutoryRule> rule = statute.rule(recordClass);
        if (rule.isPresent() && period.isShorterThan(rule.get().minimum())) {
            throw new ArchiveException(ArchiveError.SCHEDULE_SHORTENS_MINIMUM, recordClass, period,
                    rule.get().minimum(), rule.get().rule());
        }
        Map<RecordClass, ClassRetention> m = new LinkedHashMap<>(classes);
        m.put(recordClass, new ClassRetention(recordClass, period, start, rule));
        return new RetentionSchedule(name, date, statute, m);
    }

    /**
     * This schedule renamed and redated.
     *
     * @param newName the schedule's name
     * @param newDate the date it takes effect
     * @return a new schedule; this one is unchanged
     */
    public RetentionSchedule named(String newName, LocalDate newDate) {
        return new RetentionSchedule(Texts.required(newName, "schedule name", "保管期限表名称"),
                Objects.requireNonNull(newDate, "newDate"), statute, new LinkedHashMap<>(classes));
    }

    /**
     * Loads a JSON schedule file.
     *
     * @param file the JSON schedule file
     * @return the schedule
     * @throws ArchiveException SB-ARC-0101 if it shortens a statutory minimum, SB-ARC-0102 if malformed
     */
    public static RetentionSchedule load(Path file) {
        return load(file, InputLimits.configuration());
    }

    /**
     * Loads a JSON schedule file under {@code limits} (the one-argument form uses
     * {@link InputLimits#configuration()}).
     *
     * @param file   the JSON schedule file
     * @param limits the limits it is read under: size, nesting depth, number, string and name length
     * @return the schedule
     * @throws ArchiveException SB-ARC-0801 over a limit, SB-ARC-0101 if it shortens a statutory minimum,
     *                          SB-ARC-0102 if malformed
     */
    public static RetentionSchedule load(Path file, InputLimits limits) {
        Objects.requireNonNull(limits, "limits");
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString(), limits);
        } catch (IOException e) {
            throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, e, file, e.getMessage());
        }
    }

    /**
     * Reads a JSON schedule; {@code source} names it in messages.
     *
     * @param in     the JSON text, UTF-8; not closed
     * @param source a name for messages, for example the file name
     * @return the schedule
     * @throws ArchiveException SB-ARC-0101 if it shortens a statutory minimum, SB-ARC-0102 if malformed
     */
    public static RetentionSchedule parse(InputStream in, String source) {
        return parse(in, source, InputLimits.configuration());
    }

    /**
     * Reads a JSON schedule under {@code limits} (size, nesting depth, number, string and name length);
     * {@code source} names it in messages.
     *
     * @param in     the JSON text, UTF-8; not closed
     * @param source a name for messages, for example the file name
     * @param limits the limits it is read under: size, nesting depth, number, string and name length
     * @return the schedule
     * @throws ArchiveException SB-ARC-0801 over a limit, SB-ARC-0101 if it shortens a statutory minimum,
     *                          SB-ARC-0102 if malformed
     */
    public static RetentionSchedule parse(InputStream in, String source, InputLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        JsonNode root = Json.read(in, source, Objects.requireNonNull(limits, "limits"));
        RetentionSchedule s = statutory();
        try {
            String name = Json.text(root, "name").orElse(source);
            LocalDate date = LocalDate.parse(Json.text(root, "date").orElseThrow(
                    () -> new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, source, "date missing / 缺少 date")));
            s = s.named(name, date);
            JsonNode list = root.path("classes");
            if (!list.isArray()) {
                throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, source, "classes must be an array / classes 应为数组");
            }
            java.util.Set<RecordClass> seen = new java.util.HashSet<>();
            int i = 0;
            for (JsonNode c : list) {
                String where = "classes[" + i++ + "]";
                String classText = Json.text(c, "class").orElseThrow(
                        () -> new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, source, where + ": class missing / 缺少 class"));
                RecordClass rc;
                try {
                    rc = RecordClass.of(classText);
                } catch (ArchiveException e) {
                    throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, e, source, where + ": " + e.messageEn());
                }
                if (!seen.add(rc)) {
                    throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, source, where + ": duplicate class / 重复的类别 " + rc);
                }
                String retention = Json.text(c, "retention").orElseThrow(
                        () -> new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, source, where + ": retention missing / 缺少 retention"));
                RetentionPeriod period;
                try {
                    period = RetentionPeriod.parse(retention);
                } catch (ArchiveException e) {
                    throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, e, source, where + ": " + e.messageEn());
                }
                s = s.with(rc, period, counting(c.get("counting"), source, where));
            }
            return s;
        } catch (DateTimeParseException e) {
            throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, e, source, e.getMessage());
        } catch (ArchiveException e) {
            throw e;
        } catch (StatsbaseException e) {
            throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, e, source, e.messageEn());
        }
    }

    private static CountingStart counting(JsonNode n, String source, String where) {
        if (n == null || n.isNull() || (n.isTextual() && n.asText().equals("formation"))) {
            return CountingStart.fromFormation();
        }
        if (n.isObject() && n.hasNonNull("event")) {
            String from = n.path("from").asText("date");
            if (!from.equals("date") && !from.equals("next-year")) {
                throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, source,
                        where + ": counting.from must be date or next-year / counting.from 应为 date 或 next-year");
            }
            return CountingStart.fromEvent(n.get("event").asText(), from.equals("next-year"));
        }
        throw new ArchiveException(ArchiveError.SCHEDULE_MALFORMED, source,
                where + ": counting must be \"formation\" or {\"event\": …} / counting 应为 formation 或事件");
    }

    /**
     * The schedule's name.
     *
     * @return the schedule's name
     */
    public String name() {
        return name;
    }

    /**
     * The date it takes effect.
     *
     * @return the date it takes effect
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The statutory rules it is checked against.
     *
     * @return the statutory rules it is checked against
     */
    public StatutoryRules statute() {
        return statute;
    }

    /**
     * What applies to {@code recordClass}, if the schedule or the law sets anything.
     *
     * @param recordClass the record class
     * @return its retention; empty when neither the schedule nor the law sets one
     */
    public Optional<ClassRetention> retentionOf(RecordClass recordClass) {
        return Optional.ofNullable(classes.get(Objects.requireNonNull(recordClass, "recordClass")));
    }

    /**
     * Every class, statutory ones first.
     *
     * @return every class, statutory ones first
     */
    public List<ClassRetention> classes() {
        return List.copyOf(classes.values());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetentionSchedule s && name.equals(s.name) && date.equals(s.date) && classes.equals(s.classes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, date, classes);
    }

    @Override
    public String toString() {
        return "RetentionSchedule[" + name + ", " + date + ", " + classes.size() + " classes]";
    }
}
