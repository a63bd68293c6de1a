package org.statsbase.validation.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.SourceLocation;

/**
 * What the built-in providers share: ids that can name a file, and the file names they try.
 *
 * <p>Thread safety: stateless.
 */
final class RuleSetIds {

    /** An id that is a safe file name: no separators, no leading dot, no "..". */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /** The extensions tried, in this order; exactly these spellings. */
    static final String[] EXTENSIONS = {".yaml", ".yml", ".json"};

    private RuleSetIds() {
    }

    static String requireValid(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches() || id.contains("..")) {
            throw new StatsbaseException(ValidationError.RULE_SET_INVALID_ID, id);
        }
        return id;
    }

    /** The id a file name gives, when it has one of {@link #EXTENSIONS} and a valid id before it. */
    static Optional<String> idOfFileName(String fileName) {
        for (String extension : EXTENSIONS) {
            if (fileName.endsWith(extension)) {
                String id = fileName.substring(0, fileName.length() - extension.length());
                return ID.matcher(id).matches() && !id.contains("..") ? Optional.of(id) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The definition, when it declares the id it is filed under. */
    static RuleSetDefinition requireDeclares(RuleSetDefinition definition, String id) {
        if (!definition.id().equals(id)) {
            throw new RuleSetException(definition.source(), java.util.List.of(RuleProblem.of(
                    SourceLocation.of(definition.source()), ValidationError.RULE_SET_ID_MISMATCH, definition.id(), id,
                    definition.source(), definition.id(), id)));
        }
        return definition;
    }
}
