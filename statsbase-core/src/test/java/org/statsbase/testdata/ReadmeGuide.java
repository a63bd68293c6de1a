package org.statsbase.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Five-minute guide / 五分钟上手" of a module's README and the test that runs it: every line of the
 * guide's {@code java} code blocks must be in the test's source (whitespace collapsed), so the README and the
 * test cannot drift apart unnoticed. A line that shows an expression and its value as a comment
 * ({@code code.province(); // Optional[BEIJING]}) matches where the test asserts on that expression
 * ({@code assertThat(code.province())…}); comment lines are commentary and not compared. Tests run in the module's directory, where its README is.
 */
public final class ReadmeGuide {

    private ReadmeGuide() {
    }

    /**
     * Fails unless every code line of the module README's five-minute guide is in the source of
     * {@code test}, and the guide has code at all.
     */
    public static void assertEveryCodeLineIsIn(Class<?> test) {
        Path source = Path.of("src/test/java", test.getName().replace('.', '/') + ".java");
        try {
            String code = normalise(Files.readString(source, StandardCharsets.UTF_8));
            List<String> lines = guideCodeLines(Path.of("README.md"));
            assertThat(lines).as("java code lines of the README's five-minute guide").isNotEmpty();
            assertThat(lines).allSatisfy(line -> assertThat(code).as("the source of %s", source)
                    .containsAnyOf(line, codeOf(line), expressionOf(line)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the java code blocks of the README section whose heading names the five-minute guide. */
    static List<String> guideCodeLines(Path readme) throws IOException {
        List<String> code = new ArrayList<>();
        boolean inGuide = false;
        boolean inCode = false;
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inGuide = line.contains("Five-minute guide");
                inCode = false;
            } else if (inGuide && line.startsWith("```")) {
                inCode = !inCode && line.equals("```java");
            } else if (inGuide && inCode && !line.isBlank() && !line.strip().startsWith("//")) {
                code.add(normalise(line));
            }
        }
        return code;
    }

    /** The line without a trailing comment: {@code f(x), // note} → {@code f(x),}. */
    static String codeOf(String line) {
        int comment = line.indexOf(" //");
        return comment > 0 && ";,".indexOf(line.charAt(comment - 1)) >= 0 ? line.substring(0, comment) : line;
    }

    /** A statement that shows an expression and its value: {@code x.y(); // shown value} → {@code x.y()}. */
    static String expressionOf(String line) {
        String code = codeOf(line);
        return code.endsWith(";") ? code.substring(0, code.length() - 1) : code;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("[ \\t]+", " ");
    }
}
