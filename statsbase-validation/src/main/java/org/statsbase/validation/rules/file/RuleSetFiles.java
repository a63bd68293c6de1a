package org.statsbase.validation.rules.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.statsbase.core.io.InputLimits;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.SourceLocation;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * Reads rule-set files (审核公式集) in JSON or YAML into {@link RuleSetDefinition}s, with exactly
 * the keys of DESIGN.md "Review rules (statsbase-validation)" and described by the JSON Schema
 * {@value #SCHEMA_RESOURCE} (draft 2020-12). The check expressions are not parsed here; each
 * rule's {@link RuleDefinition#checkLocation()} and {@link RuleDefinition#whenLocation()} say
 * where their text starts so the compiler can point into them.
 *
 * <p>Every problem of a file and of the files it includes is reported at once, in source order,
 * each with {@code file:line:column}, through one {@link RuleSetException}; nothing else is
 * thrown for bad files. Hostile files are bounded: 2 MiB per file, nesting depth 32, include
 * chains of 16 files and 256 files per rule set, 200 problems; YAML anchors, aliases, tags and
 * multiple documents are refused (no "billion laughs").
 *
 * <p>Locations are 1-based. A text's location is that of its first character: after the opening
 * quote of a quoted scalar, on the first content line of a YAML block scalar ({@code |}, {@code >}).
 * Positions further into a text are exact ({@link SourceLocation#within(int, int)}) for single-line
 * texts without escape sequences and for JSON strings and YAML literal blocks' first lines; on the
 * following lines of a YAML block scalar the column lacks the block's indentation, and escape
 * sequences or folded lines shift later positions.
 *
 * <p>Thread safety: stateless; safe to call from any thread.
 */
public final class RuleSetFiles {

    /** The JSON Schema of the file format, a class-path resource of this module. */
    public static final String SCHEMA_RESOURCE = "org/statsbase/validation/rules/rule-set.schema.json";

    private RuleSetFiles() {
    }

    /**
     * Reads a rule-set file and its includes (relative to the file's directory). The format
     * follows the extension ({@code .json}, {@code .yaml}, {@code .yml}).
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the rule set, includes resolved
     * @throws RuleSetException with every problem found, when the file or an include cannot be
     *                          read or does not follow the format
     */
    public static RuleSetDefinition read(Path file) {
        return read(file, InputLimits.configuration());
    }

    /**
     * Reads a rule-set file and its includes as {@link #read(Path)} does, each file under
     * {@code limits} (size, nesting depth, number length, problems reported; the one-argument form
     * uses {@link InputLimits#configuration()}).
     *
     * @param file   a {@code .json}, {@code .yaml} or {@code .yml} file
     * @param limits the limits each file is read under: size, nesting depth, number length, problems reported
     * @return the rule set, includes resolved
     * @throws RuleSetException with every problem found; a limit exceeded is {@code SB-VAL-0403}
     */
    public static RuleSetDefinition read(Path file, InputLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        Path name = file.getFileName();
        RuleSetFormat format = RuleSetReader.formatOf(name == null ? file.toString() : name.toString());
        return RuleSetReader.read(RuleSource.file(file, format), RuleSetLimits.of(limits));
    }

    /**
     * Reads a rule-set resource of {@code loader} (for example
     * {@code META-INF/statsbase/rules/b204-1.yaml}) and its includes, resolved relative to the
     * resource's folder. The format follows the extension.
     *
     * @param loader the class loader whose resources are read
     * @param resource the resource path, without a leading {@code /}
     * @return the rule set, includes resolved
     * @throws RuleSetException with every problem found
     */
    public static RuleSetDefinition readResource(ClassLoader loader, String resource) {
        return readResource(loader, resource, InputLimits.configuration());
    }

    /**
     * Reads a rule-set resource and its includes as {@link #readResource(ClassLoader, String)} does,
     * each under {@code limits}.
     *
     * @param loader   the class loader whose resources are read
     * @param resource the resource path, without a leading {@code /}
     * @param limits   the limits each resource is read under: size, nesting depth, number length, problems reported
     * @return the rule set, includes resolved
     * @throws RuleSetException with every problem found
     */
    public static RuleSetDefinition readResource(ClassLoader loader, String resource, InputLimits limits) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(limits, "limits");
        return RuleSetReader.read(RuleSource.resource(loader, resource, RuleSetReader.formatOf(resource)),
                RuleSetLimits.of(limits));
    }

    /**
     * Reads a rule set from a stream (not closed here). Without a file to resolve them against,
     * includes are refused ({@code SB-VAL-0414}).
     *
     * @param in the file's bytes, UTF-8
     * @param name   the name used in locations, for example the file name
     * @param format JSON or YAML
     * @return the rule set
     * @throws RuleSetException with every problem found, also when the stream fails
     */
    public static RuleSetDefinition read(InputStream in, String name, RuleSetFormat format) {
        return read(in, name, format, InputLimits.configuration());
    }

    /**
     * Reads a rule set from a stream (not closed here) under {@code limits}; at most
     * {@link InputLimits#maxInputBytes()} bytes are read from it.
     *
     * @param in     the file's bytes, UTF-8
     * @param name   the name used in locations, for example the file name
     * @param format JSON or YAML
     * @param limits the limits the stream is read under: size, nesting depth, number length, problems reported
     * @return the rule set
     * @throws RuleSetException with every problem found, also when the stream fails
     */
    public static RuleSetDefinition read(InputStream in, String name, RuleSetFormat format, InputLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        RuleSetLimits ruleSetLimits = RuleSetLimits.of(Objects.requireNonNull(limits, "limits"));
        byte[] bytes;
        try {
            bytes = RuleSource.readBounded(in, ruleSetLimits.maxFileBytes());
        } catch (IOException e) {
            throw new RuleSetException(name, List.of(RuleProblem.of(SourceLocation.of(name),
                    ValidationError.RULE_SET_UNREADABLE, "", "", name, String.valueOf(e.getMessage()), String.valueOf(e.getMessage()))));
        }
        return RuleSetReader.read(RuleSource.bytes(bytes, name, format), ruleSetLimits);
    }

    /**
     * Reads a rule set written in a string (tools, tests, rule editors). Includes are refused as
     * for {@link #read(InputStream, String, RuleSetFormat)}.
     *
     * @param text the rule-set file's text
     * @param name the name used in locations
     * @param format JSON or YAML
     * @return the rule set
     * @throws RuleSetException with every problem found
     */
    public static RuleSetDefinition parse(String text, String name, RuleSetFormat format) {
        return parse(text, name, format, InputLimits.configuration());
    }

    /**
     * Reads a rule set written in a string under {@code limits}, as
     * {@link #parse(String, String, RuleSetFormat)} does.
     *
     * @param text   the rule-set file's text
     * @param name   the name used in locations
     * @param format JSON or YAML
     * @param limits the limits the text is read under (the size is that of its UTF-8 form)
     * @return the rule set
     * @throws RuleSetException with every problem found
     */
    public static RuleSetDefinition parse(String text, String name, RuleSetFormat format, InputLimits limits) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(limits, "limits");
        return RuleSetReader.read(RuleSource.bytes(text.getBytes(StandardCharsets.UTF_8), name, format),
                RuleSetLimits.of(limits));
    }

    /**
     * The JSON Schema (draft 2020-12) of rule-set files, as JSON text.
     *
     * @return the schema text
     */
    public static String schema() {
        try (InputStream in = RuleSetFiles.class.getResourceAsStream("/" + SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the module lacks its resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
