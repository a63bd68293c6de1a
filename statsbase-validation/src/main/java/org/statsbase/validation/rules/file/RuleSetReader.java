package org.statsbase.validation.rules.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.SourceLocation;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * Reads a rule set: its file, then its includes depth first (each include's rules before the
 * including file's own), detecting include cycles and duplicate rule ids, and reports every
 * problem of every file at once.
 *
 * <p>A file reached twice through different includes (a diamond) is read once, its rules counted
 * once; only a file that includes itself through its own chain is a cycle. The root file's
 * {@code id}, {@code version} and {@code tolerance} are those of the rule set; an included file's
 * are checked but do not apply.
 *
 * <p>Thread safety: not thread-safe; one per read.
 */
final class RuleSetReader {

    private final RuleSetLimits limits;
    private final Problems problems;
    private final Set<String> read = new HashSet<>();
    private final Map<String, Integer> fileOrder = new HashMap<>();

    private RuleSetReader(RuleSetLimits limits) {
        this.limits = limits;
        this.problems = new Problems(limits.maxProblems());
    }

    static RuleSetDefinition read(RuleSource root, RuleSetLimits limits) {
        return new RuleSetReader(limits).readRoot(root);
    }

    private RuleSetDefinition readRoot(RuleSource root) {
        read.add(root.key());
        Optional<RuleSetFileParser.ParsedFile> parsed = load(root, Optional.empty());
        List<RuleSetFileParser.ParsedRule> rules = parsed.isPresent()
                ? collect(root, parsed.get(), List.of(root))
                : List.of();
        Map<String, RuleSetFileParser.ParsedRule> byId = new HashMap<>();
        for (RuleSetFileParser.ParsedRule rule : rules) {
            RuleSetFileParser.ParsedRule first = byId.putIfAbsent(rule.id(), rule);
            if (first != null) {
                problems.add(rule.idLocation(), ValidationError.RULE_SET_DUPLICATE_RULE_ID, rule.id(), "", rule.id(),
                        first.idLocation());
            }
        }
        if (!problems.isEmpty() || parsed.isEmpty() || parsed.get().id().isEmpty()) {
            throw new RuleSetException(root.name(), inSourceOrder(problems.list()));
        }
        RuleSetFileParser.ParsedFile file = parsed.get();
        return new RuleSetDefinition(file.id().get(), file.version(), file.tolerance(),
                rules.stream().map(r -> r.definition().orElseThrow()).collect(Collectors.toList()),
                root.name());
    }

    private List<RuleSetFileParser.ParsedRule> collect(RuleSource source, RuleSetFileParser.ParsedFile file,
            List<RuleSource> chain) {
        List<RuleSetFileParser.ParsedRule> rules = new ArrayList<>();
        for (RuleSetFileParser.Include include : file.includes()) {
            if (RuleSource.includeFormat(include.path()).isEmpty()) {
                problems.add(include.location(), ValidationError.RULE_SET_INCLUDE_INVALID, include.path(), "",
                        include.path());
                continue;
            }
            if (!source.hasBase()) {
                problems.add(include.location(), ValidationError.RULE_SET_INCLUDE_WITHOUT_BASE, include.path(), "",
                        source.name(), include.path());
                continue;
            }
            Optional<RuleSource> resolved = source.resolve(include.path());
            if (resolved.isEmpty()) {
                problems.add(include.location(), ValidationError.RULE_SET_INCLUDE_INVALID, include.path(), "",
                        include.path());
                continue;
            }
            RuleSource child = resolved.get();
            int at = indexOf(chain, child.key());
            if (at >= 0) {
                String cycle = chain.subList(at, chain.size()).stream().map(RuleSource::name)
                        .collect(Collectors.joining(" -> ")) + " -> " + child.name();
                problems.add(include.location(), ValidationError.RULE_SET_INCLUDE_CYCLE, include.path(), "", cycle);
                continue;
            }
            if (read.contains(child.key())) {
                continue;
            }
            if (chain.size() >= RuleSetLimits.MAX_INCLUDE_DEPTH) {
                problems.add(include.location(), ValidationError.RULE_SET_LIMIT, include.path(), "",
                        "max_include_depth", "> " + RuleSetLimits.MAX_INCLUDE_DEPTH, RuleSetLimits.MAX_INCLUDE_DEPTH);
                continue;
            }
            if (read.size() >= RuleSetLimits.MAX_FILES) {
                problems.add(include.location(), ValidationError.RULE_SET_LIMIT, include.path(), "", "max_files",
                        "> " + RuleSetLimits.MAX_FILES, RuleSetLimits.MAX_FILES);
                continue;
            }
            read.add(child.key());
            Optional<RuleSetFileParser.ParsedFile> parsed = load(child, Optional.of(include));
            if (parsed.isPresent()) {
                List<RuleSource> longer = new ArrayList<>(chain);
                longer.add(child);
                rules.addAll(collect(child, parsed.get(), longer));
            }
        }
        rules.addAll(file.rules());
        return rules;
    }

    private static int indexOf(List<RuleSource> chain, String key) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private Optional<RuleSetFileParser.ParsedFile> load(RuleSource source, Optional<RuleSetFileParser.Include> from) {
        fileOrder.putIfAbsent(source.name(), fileOrder.size());
        SourceLocation file = SourceLocation.of(source.name());
        byte[] bytes;
        try {
            bytes = source.read(limits.maxFileBytes());
        } catch (NoSuchFileException e) {
            if (from.isPresent()) {
                problems.add(from.get().location(), ValidationError.RULE_SET_INCLUDE_NOT_FOUND, from.get().path(), "",
                        from.get().path(), source.name());
            } else {
                problems.add(file, ValidationError.RULE_SET_UNREADABLE, "", "", source.name(), "文件不存在", "no such file");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.add(from.map(RuleSetFileParser.Include::location).orElse(file),
                    ValidationError.RULE_SET_UNREADABLE, "", "", source.name(), String.valueOf(e.getMessage()), String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        if (bytes.length > limits.maxFileBytes()) {
            problems.add(file, ValidationError.RULE_SET_LIMIT, "", "", "max_file_bytes",
                    "> " + limits.maxFileBytes(), limits.maxFileBytes());
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(file, ValidationError.RULE_SET_UNREADABLE, "", "", source.name(), "不是 UTF-8 文本", "not UTF-8 text");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            // a byte-order mark is not content, and editors do not count it as a column
            text = text.substring(1);
        }
        Optional<TreeNode> root = TreeReader.read(text, source.name(), source.format(), problems, limits);
        return root.map(node -> RuleSetFileParser.parse(node, problems));
    }

    private List<RuleProblem> inSourceOrder(List<RuleProblem> list) {
        List<RuleProblem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.<RuleProblem>comparingInt(p -> fileOrder.getOrDefault(p.location().source(),
                Integer.MAX_VALUE)).thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return sorted;
    }

    /** For {@link RuleSetFiles}: a file's format or a typed error. */
    static RuleSetFormat formatOf(String name) {
        return RuleSetFormat.ofFileName(name).orElseThrow(() -> new RuleSetException(name,
                List.of(RuleProblem.of(SourceLocation.of(name), ValidationError.RULE_SET_UNKNOWN_FORMAT, name,
                        ".json | .yaml | .yml", name))));
    }
}
