package org.statsbase.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The convention of DESIGN.md: every public type's Javadoc states its thread safety — internal
 * ones too, since other packages of core call them. Javadoc is not in the class files, so the
 * sources are read (the test runs in the module directory).
 */
class ThreadSafetyDocumentedTest {

    private static final Pattern PUBLIC_TOP_LEVEL_TYPE =
            Pattern.compile("(?m)^public (final |abstract |sealed |non-sealed )*(class|interface|enum|record) ");

    @Test
    void everyPublicTypeStatesItsThreadSafety() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> publicTypes = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> PUBLIC_TOP_LEVEL_TYPE.matcher(read(f)).find()).toList();
            assertThat(publicTypes).as("public types found").hasSizeGreaterThan(50);
            assertThat(publicTypes.stream().filter(f -> !read(f).contains("Thread safety")))
                    .as("public types without a \"Thread safety\" statement").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
