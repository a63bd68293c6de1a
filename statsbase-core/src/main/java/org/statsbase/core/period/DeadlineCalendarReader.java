package org.statsbase.core.period;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.config.ConfigIds;
import org.statsbase.core.internal.config.JsonFiles;
import org.statsbase.core.internal.config.JsonObject;
import org.statsbase.core.internal.config.JsonProblems;
import org.statsbase.core.io.InputLimits;

/**
 * Reads the JSON form of a {@link DeadlineCalendar} (documented there), collecting every problem
 * with its JSON path before failing once.
 */
final class DeadlineCalendarReader {

    private DeadlineCalendarReader() {
    }

    /** Reads a file. */
    static DeadlineCalendar read(Path file, InputLimits limits) {
        return read(file.toString(), JsonFiles.read(file, limits));
    }

    /** Reads a stream. */
    static DeadlineCalendar read(String source, InputStream in, InputLimits limits) {
        return read(source, JsonFiles.read(source, in, limits));
    }

    private static DeadlineCalendar read(String source, JsonNode root) {
        JsonProblems problems = new JsonProblems(source);
        DeadlineCalendar.Builder builder = DeadlineCalendar.builder();
        if (!root.isObject()) {
            problems.add("$", CoreError.CONFIG_NOT_AN_OBJECT);
            problems.throwIfAny();
        }
        JsonObject top = JsonObject.of(root, "$", problems).orElseThrow();
        top.allow("source", "zone", "rules");
        top.text("source", false).ifPresent(builder::source);
        top.text("zone", false).ifPresent(zone -> {
            try {
                builder.zone(ZoneId.of(zone));
            } catch (DateTimeException e) {
                problems.add(top.path("zone"), CoreError.DEADLINE_UNKNOWN_ZONE, zone);
            }
        });
        Map<String, String> seen = new HashMap<>();
        List<JsonNode> rules = top.array("rules", true).orElse(List.of());
        for (int i = 0; i < rules.size(); i++) {
            String path = JsonProblems.element("$.rules", i);
            Optional<JsonObject> object = JsonObject.of(rules.get(i), path, problems);
            if (object.isEmpty()) {
                continue;
            }
            Optional<DeadlineRule> rule = rule(object.get());
            // A duplicate is reported even when either rule has other problems, as long as its key reads.
            JsonObject quiet = JsonObject.of(rules.get(i), path, new JsonProblems(source)).orElseThrow();
            Optional<Frequency> frequency = quiet.text("frequency", false).flatMap(Frequency::lookup);
            Optional<String> form = quiet.has("form")
                    ? quiet.text("form", false).flatMap(ConfigIds::normalize) : Optional.of("");
            if (frequency.isPresent() && form.isPresent()) {
                String first = seen.putIfAbsent(form.get() + "\u0000" + frequency.get(), path);
                if (first != null) {
                    problems.add(path, CoreError.DEADLINE_DUPLICATE_RULE, form.get().isEmpty() ? "*" : form.get(),
                            frequency.get().nameZh());
                    continue;
                }
            }
            rule.ifPresent(builder::rule);
        }
        problems.throwIfAny();
        return builder.build();
    }

    /** The rule, or empty if it has any problem (all of them recorded). */
    private static Optional<DeadlineRule> rule(JsonObject o) {
        JsonProblems problems = o.problems();
        boolean ok = true;
        o.allow("frequency", "form", "day_of_month", "months_after_end", "days_after_end", "time",
                "exempt_indexes", "exempt_periods", "overrides");

        Optional<Frequency> frequency = o.text("frequency", true).flatMap(text -> {
            Optional<Frequency> f = Frequency.lookup(text);
            if (f.isEmpty()) {
                problems.add(o.path("frequency"), CoreError.FREQUENCY_UNKNOWN, text);
            }
            return f;
        });
        ok &= frequency.isPresent();

        Optional<String> form = Optional.empty();
        if (o.has("form")) {
            Optional<String> text = o.text("form", false);
            form = text.flatMap(ConfigIds::normalize);
            if (text.isPresent() && form.isEmpty()) {
                problems.add(o.path("form"), CoreError.FORM_BAD_ID, text.get());
            }
            ok &= form.isPresent();
        }

        Optional<LocalTime> time = o.text("time", true).flatMap(text -> {
            try {
                return Optional.of(LocalTime.parse(text));
            } catch (DateTimeParseException e) {
                problems.add(o.path("time"), CoreError.DEADLINE_BAD_TIME, text, "HH:mm | HH:mm:ss");
                return Optional.empty();
            }
        });
        ok &= time.isPresent();

        boolean byDay = o.has("day_of_month");
        boolean byDays = o.has("days_after_end");
        Optional<Integer> day = Optional.empty();
        Optional<Integer> monthsAfter = Optional.of(1);
        Optional<Integer> daysAfter = Optional.empty();
        if (byDay == byDays) {
            problems.add(o.path(), CoreError.DEADLINE_RULE_KIND);
            ok = false;
        } else if (byDay) {
            day = o.integer("day_of_month", true).filter(d -> {
                boolean inRange = d >= 1 && d <= 31;
                if (!inRange) {
                    problems.add(o.path("day_of_month"), CoreError.DEADLINE_DAY_OUT_OF_RANGE, d);
                }
                return inRange;
            });
            if (o.has("months_after_end")) {
                monthsAfter = o.integer("months_after_end", true)
                        .filter(m -> inRange(o, "months_after_end", m, DeadlineRule.MAX_MONTHS_AFTER_END));
            }
            ok &= day.isPresent() && monthsAfter.isPresent();
        } else {
            daysAfter = o.integer("days_after_end", true)
                    .filter(d -> inRange(o, "days_after_end", d, DeadlineRule.MAX_DAYS_AFTER_END));
            ok &= daysAfter.isPresent();
        }
        if (byDays && o.has("months_after_end")) {
            problems.add(o.path("months_after_end"), CoreError.DEADLINE_RULE_KIND);
            ok = false;
        }

        List<Integer> indexes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : indexed(o, "exempt_indexes")) {
            Optional<Integer> index = JsonObject.integer(e.getValue(), e.getKey(), problems);
            if (index.isPresent() && frequency.isPresent()
                    && (index.get() < 1 || index.get() > frequency.get().periodsPerYear())) {
                problems.add(e.getKey(), CoreError.DEADLINE_EXEMPT_INDEX_OUT_OF_RANGE, index.get(),
                        frequency.get().nameZh(), frequency.get().periodsPerYear());
                index = Optional.empty();
            }
            ok &= index.isPresent();
            index.ifPresent(indexes::add);
        }

        List<ReportingPeriod> exempt = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : indexed(o, "exempt_periods")) {
            Optional<ReportingPeriod> period = JsonObject.text(e.getValue(), e.getKey(), problems)
                    .flatMap(text -> period(text, e.getKey(), frequency, problems));
            ok &= period.isPresent();
            period.ifPresent(exempt::add);
        }

        Map<ReportingPeriod, LocalDateTime> overrides = new HashMap<>();
        Optional<JsonObject> overrideObject = o.has("overrides") ? o.object("overrides", false) : Optional.empty();
        ok &= !o.has("overrides") || overrideObject.isPresent();
        for (Map.Entry<String, JsonNode> e : overrideObject.map(JsonObject::members).orElse(List.of())) {
            String path = overrideObject.get().path(e.getKey());
            Optional<ReportingPeriod> period = period(e.getKey(), path, frequency, problems);
            Optional<LocalDateTime> due = JsonObject.text(e.getValue(), path, problems).flatMap(text -> {
                try {
                    return Optional.of(LocalDateTime.parse(text));
                } catch (DateTimeParseException ex) {
                    problems.add(path, CoreError.DEADLINE_BAD_TIME, text, "YYYY-MM-DDTHH:mm[:ss]");
                    return Optional.empty();
                }
            });
            if (period.isPresent() && (indexes.contains(period.get().index()) || exempt.contains(period.get()))) {
                problems.add(path, CoreError.DEADLINE_OVERRIDE_OF_EXEMPT, period.get());
                ok = false;
            }
            ok &= period.isPresent() && due.isPresent();
            if (period.isPresent() && due.isPresent()) {
                overrides.put(period.get(), due.get());
            }
        }

        if (!ok) {
            return Optional.empty();
        }
        // Every value was checked above, so the factories cannot refuse them.
        try {
            DeadlineRule rule = byDay
                    ? DeadlineRule.dayOfMonth(frequency.get(), monthsAfter.get(), day.get(), time.get())
                    : DeadlineRule.daysAfterEnd(frequency.get(), daysAfter.get(), time.get());
            if (form.isPresent()) {
                rule = rule.forForm(form.get());
            }
            rule = rule.exemptingIndexes(indexes.stream().mapToInt(Integer::intValue).toArray())
                    .exempting(exempt.toArray(new ReportingPeriod[0]));
            for (Map.Entry<ReportingPeriod, LocalDateTime> e : overrides.entrySet()) {
                rule = rule.withOverride(e.getKey(), e.getValue());
            }
            return Optional.of(rule);
        } catch (StatsbaseException e) {
            problems.add(o.path(), e.code(), e.messageZh(), e.messageEn());
            return Optional.empty();
        }
    }

    private static boolean inRange(JsonObject o, String key, int value, int max) {
        if (value < 0 || value > max) {
            o.problems().add(o.path(key), CoreError.DEADLINE_OFFSET_OUT_OF_RANGE, key, value, "0-" + max);
            return false;
        }
        return true;
    }

    /** The elements of an optional array member, each with its path. */
    private static List<Map.Entry<String, JsonNode>> indexed(JsonObject o, String key) {
        if (!o.has(key)) {
            return List.of();
        }
        List<JsonNode> elements = o.array(key, true).orElse(List.of());
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            out.add(Map.entry(JsonProblems.element(o.path(key), i), elements.get(i)));
        }
        return out;
    }

    private static Optional<ReportingPeriod> period(String text, String path, Optional<Frequency> frequency,
            JsonProblems problems) {
        CodeCheck<ReportingPeriod, ReportingPeriod.Reason> check = ReportingPeriod.check(text);
        if (!check.isValid()) {
            problems.add(path, check.errorCode().orElseThrow(), check.messageZh(), check.messageEn());
            return Optional.empty();
        }
        ReportingPeriod period = check.value().orElseThrow();
        if (frequency.isPresent() && period.frequency() != frequency.get()) {
            problems.add(path, CoreError.DEADLINE_PERIOD_FREQUENCY_MISMATCH, period, frequency.get().nameZh());
            return Optional.empty();
        }
        return frequency.isPresent() ? Optional.of(period) : Optional.empty();
    }
}
