package org.statsbase.validation.spi;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.file.RuleSetFiles;

/**
 * Finds rule sets in one directory, as files named {@code <id>.yaml}, {@code <id>.yml} or
 * {@code <id>.json} (exactly these lower-case extensions; sub-directories are not searched, but
 * the files may include files anywhere by relative path). A file must declare the id it is
 * filed under; two files for one id are an error, not a choice.
 *
 * <p>The directory is read at each call: edits to the files are seen by the next lookup. A
 * directory that does not exist has no rule sets.
 *
 * <p>Thread safety: immutable.
 */
public final class DirectoryRuleSetProvider implements RuleSetProvider {

    private final Path directory;

    private DirectoryRuleSetProvider(Path directory) {
        this.directory = directory;
    }

    /**
     * A provider for the rule-set files in {@code directory}.
     *
     * @param directory the directory of {@code <id>.json}, {@code .yaml} or {@code .yml} files
     * @return the provider
     */
    public static DirectoryRuleSetProvider of(Path directory) {
        return new DirectoryRuleSetProvider(Objects.requireNonNull(directory, "directory").normalize());
    }

    /**
     * The directory searched.
     *
     * @return the directory
     */
    public Path directory() {
        return directory;
    }

    @Override
    public Optional<RuleSetDefinition> find(String id) {
        RuleSetIds.requireValid(id);
        List<Path> files = new ArrayList<>();
        for (String extension : RuleSetIds.EXTENSIONS) {
            Path file = directory.resolve(id + extension);
            if (Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            return Optional.empty();
        }
        if (files.size() > 1) {
            throw new StatsbaseException(ValidationError.RULE_SET_AMBIGUOUS, id, files);
        }
        return Optional.of(RuleSetIds.requireDeclares(RuleSetFiles.read(files.get(0)), id));
    }

    @Override
    public SortedSet<String> ids() {
        SortedSet<String> ids = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                Path name = entry.getFileName();
                if (name != null && Files.isRegularFile(entry)) {
                    RuleSetIds.idOfFileName(name.toString()).ifPresent(ids::add);
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return Collections.emptySortedSet();
        } catch (IOException e) {
            throw new StatsbaseException(ValidationError.RULE_SET_UNREADABLE, e, directory, e.getMessage(), e.getMessage());
        }
        return Collections.unmodifiableSortedSet(ids);
    }

    @Override
    public String description() {
        return "directory " + directory;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectoryRuleSetProvider that && directory.equals(that.directory);
    }

    @Override
    public int hashCode() {
        return directory.hashCode();
    }

    @Override
    public String toString() {
        return "DirectoryRuleSetProvider[" + directory + "]";
    }
}
