package org.statsbase.confidentiality.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.internal.ConfigReader;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * The configured list of state-secret items (统计工作国家秘密范围的规定 as an office applies it; the
 * periods of 保守国家秘密法). Which statistical data are state secrets is configuration: the list itself is
 * not public and differs between offices.
 *
 * <p>File format (JSON, UTF-8): an object {@code {"items": [...]}} (other top-level keys {@code id},
 * {@code source}, {@code note} are allowed and ignored) or a bare array of items:
 * <pre>{@code
 * {"items": [
 *   {"id": "gdp.quarterly.320000", "level": "机密", "period_years": 20, "source": "…"},
 *   {"pattern": "census.*.draft", "level": "SECRET", "source": "…"}
 * ]}
 * }</pre>
 * {@code level} is 秘密/机密/绝密 or SECRET/HIGHLY_SECRET/TOP_SECRET; {@code period_years} defaults to the
 * level's longest (10/20/30). Every problem of the file is reported at once, each with its JSON path.
 *
 * <p>Thread safety: immutable.
 */
public final class SecretItems {

    private static final SecretItems EMPTY = new SecretItems(List.of());
    private static final Set<String> TOP = Set.of("id", "source", "note", "items");
    private static final Set<String> ITEM = Set.of("id", "pattern", "level", "period_years", "source", "note");

    private final List<SecretItem> items;

    private SecretItems(List<SecretItem> items) {
        this.items = List.copyOf(items);
    }

    /**
     * No secret items.
     *
     * @return an empty list of secret items
     */
    public static SecretItems empty() {
        return EMPTY;
    }

    /**
     * The given items, in this order.
     *
     * @param items the secret items
     * @return the list
     */
    public static SecretItems of(List<SecretItem> items) {
        Objects.requireNonNull(items, "items");
        return new SecretItems(items);
    }

    /**
     * Reads a secret-items file.
     *
     * @param file the JSON secret-items file
     * @return the list
     * @throws DataFileException when it cannot be read, or listing every problem of a malformed file
     * @throws org.statsbase.confidentiality.error.ConfidentialityException SB-CONF-0113 when it is not JSON
     */
    public static SecretItems load(Path file) {
        return load(file, InputLimits.configuration());
    }

    /**
     * Reads a secret-items file under {@code limits} (the one-argument form uses
     * {@link InputLimits#configuration()}).
     *
     * @param file   the JSON secret-items file
     * @param limits the limits it is read under, usually {@link InputLimits#configuration()}
     * @return the list
     * @throws DataFileException over a limit ({@code SB-CORE-1201}/{@code 1202}), when it cannot be read, or
     *                           listing every problem of a malformed file
     * @throws org.statsbase.confidentiality.error.ConfidentialityException SB-CONF-0113 when it is not JSON
     */
    public static SecretItems load(Path file, InputLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        return parse(LimitedInput.readUtf8(file, limits), file.toString(), limits);
    }

    /**
     * Parses the JSON text of a secret-items list named {@code source} in messages.
     *
     * @param json   the list's JSON text
     * @param source a name for messages, for example the file name
     * @return the list
     * @throws DataFileException listing every problem of a malformed list
     * @throws org.statsbase.confidentiality.error.ConfidentialityException SB-CONF-0113 when it is not JSON
     */
    public static SecretItems parse(String json, String source) {
        return parse(json, source, InputLimits.configuration());
    }

    /**
     * Parses the JSON text of a secret-items list under {@code limits}.
     *
     * @param json   the list's JSON text
     * @param source a name for messages, for example the file name
     * @param limits the limits it is parsed under (the size is that of its UTF-8 form)
     * @return the list
     * @throws DataFileException over a limit ({@code SB-CORE-1201}/{@code 1202}), or listing every problem of a
     *                           malformed list
     * @throws org.statsbase.confidentiality.error.ConfidentialityException SB-CONF-0113 when it is not JSON
     */
    public static SecretItems parse(String json, String source, InputLimits limits) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        ConfigReader reader = new ConfigReader(source, Objects.requireNonNull(limits, "limits"));
        JsonNode root = reader.parse(json);
        JsonNode array;
        if (root instanceof ObjectNode object) {
            reader.onlyFields(object, "$", TOP);
            array = object.get("items");
        } else {
            array = root;
        }
        if (!(array instanceof ArrayNode list)) {
            reader.problem("$", ConfidentialityError.SECRET_ITEMS_NOT_A_LIST);
            reader.finish();
            return EMPTY;
        }
        List<SecretItem> items = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "items[" + i + "]";
            Optional<ObjectNode> o = reader.object(list.get(i), path);
            if (o.isEmpty()) {
                continue;
            }
            item(reader, o.get(), path).ifPresent(item -> {
                String first = seen.putIfAbsent(item.key(), path);
                if (first != null) {
                    reader.problem(path, ConfidentialityError.SECRET_ITEM_DUPLICATE, path, item.key(), first);
                } else {
                    items.add(item);
                }
            });
        }
        reader.finish();
        return new SecretItems(items);
    }

    private static Optional<SecretItem> item(ConfigReader reader, ObjectNode o, String path) {
        reader.onlyFields(o, path, ITEM);
        Optional<String> id = reader.text(o, path, "id", false);
        Optional<String> pattern = reader.text(o, path, "pattern", false);
        boolean keyOk = id.isPresent() != pattern.isPresent();
        if (!keyOk && !o.has("id") && !o.has("pattern") || id.isPresent() && pattern.isPresent()) {
            reader.problem(path, ConfidentialityError.SECRET_ITEM_ID_OR_PATTERN, path);
        }
        if (pattern.isPresent() && !SecretItem.isWellFormedPattern(pattern.get())) {
            reader.problem(path + ".pattern", ConfidentialityError.SECRET_ITEM_BAD_PATTERN, path + ".pattern",
                    pattern.get());
            keyOk = false;
        }
        Optional<String> levelText = reader.text(o, path, "level", true);
        Optional<ConfidentialityLevel> level = levelText.flatMap(ConfidentialityLevel::ofName);
        if (levelText.isPresent() && (level.isEmpty() || !level.get().isStateSecret())) {
            reader.problem(path + ".level", ConfidentialityError.SECRET_ITEM_NOT_STATE_SECRET, path + ".level",
                    levelText.get());
            level = Optional.empty();
        }
        Optional<String> source = reader.text(o, path, "source", true);
        Integer years = null;
        JsonNode period = o.get("period_years");
        if (period != null && !period.isNull()) {
            if (!period.isIntegralNumber() || !period.canConvertToInt()) {
                reader.problem(path + ".period_years", ConfidentialityError.CONFIG_WRONG_TYPE, path + ".period_years",
                        "a whole number of years", "整数年数");
            } else {
                years = period.intValue();
            }
        }
        if (level.isPresent()) {
            int longest = level.get().defaultMaximumSecrecyYears().getAsInt();
            if (years == null) {
                years = longest;
            } else if (years < 1 || years > longest) {
                reader.problem(path + ".period_years", ConfidentialityError.SECRET_ITEM_PERIOD_OUT_OF_RANGE,
                        path + ".period_years", years, longest, level.get().nameZh());
                return Optional.empty();
            }
        }
        if (!keyOk || level.isEmpty() || source.isEmpty() || years == null) {
            return Optional.empty();
        }
        return Optional.of(id.isPresent() ? SecretItem.ofId(id.get(), level.get(), years, source.get())
                : SecretItem.ofPattern(pattern.get(), level.get(), years, source.get()));
    }

    /**
     * The items, in the order listed.
     *
     * @return the items, in the order listed; empty for {@link #empty()}
     */
    public List<SecretItem> items() {
        return items;
    }

    /**
     * The items covering {@code itemId}, most secret first (among equals, in list order): the first is the
     * one that decides while it is in force.
     *
     * @param itemId a data item's id
     * @return the covering items, most secret first (among equals, in list order); empty when none covers it
     */
    public List<SecretItem> covering(String itemId) {
        Objects.requireNonNull(itemId, "itemId");
        List<SecretItem> found = new ArrayList<>();
        for (SecretItem item : items) {
            if (item.covers(itemId)) {
                found.add(item);
            }
        }
        found.sort((a, b) -> b.level().compareTo(a.level()));
        return List.copyOf(found);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretItems s && items.equals(s.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return "SecretItems" + items;
    }
}
