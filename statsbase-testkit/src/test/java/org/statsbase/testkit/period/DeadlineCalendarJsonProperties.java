package org.statsbase.testkit.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.core.period.DeadlineRule;
import org.statsbase.core.period.Frequency;

/** The JSON form of a deadline calendar means exactly what the builder means. */
class DeadlineCalendarJsonProperties {

    @Property
    void jsonAndBuilderGiveTheSameCalendar(@ForAll("rules") List<DeadlineRule> rules) {
        DeadlineCalendar.Builder builder = DeadlineCalendar.builder();
        rules.forEach(builder::rule);
        String json = "{\"rules\": [" + rules.stream().map(DeadlineCalendarJsonProperties::json)
                .collect(Collectors.joining(", ")) + "]}";
        DeadlineCalendar read = DeadlineCalendar.read("generated.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(read).isEqualTo(builder.build());
    }

    private static String json(DeadlineRule rule) {
        StringBuilder out = new StringBuilder("{\"frequency\": \"").append(rule.frequency().nameZh()).append('"');
        rule.formId().ifPresent(id -> out.append(", \"form\": \"").append(id.toLowerCase(Locale.ROOT))
                .append('"'));
        rule.dayOfMonth().ifPresent(d -> out.append(", \"day_of_month\": ").append(d));
        rule.monthsAfterEnd().ifPresent(m -> out.append(", \"months_after_end\": ").append(m));
        rule.daysAfterEnd().ifPresent(d -> out.append(", \"days_after_end\": ").append(d));
        out.append(", \"time\": \"").append(rule.time()).append('"');
        out.append(", \"exempt_indexes\": ").append(rule.exemptIndexes());
        return out.append('}').toString();
    }

    /** One default rule per frequency, some frequencies also with a rule for form B204-1. */
    @Provide
    Arbitrary<List<DeadlineRule>> rules() {
        return DeadlineRules.any().list().ofMaxSize(8).map(list -> {
            Map<String, DeadlineRule> unique = new LinkedHashMap<>();
            for (DeadlineRule rule : list) {
                Frequency f = rule.frequency();
                if (unique.putIfAbsent("* " + f, rule) != null) {
                    unique.putIfAbsent("B204-1 " + f, rule.forForm("B204-1"));
                }
            }
            return List.copyOf(unique.values());
        });
    }
}
