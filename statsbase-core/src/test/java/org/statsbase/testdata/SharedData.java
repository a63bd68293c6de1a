package org.statsbase.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The optional public reference data in {@code ../shared/data} beside the project (the build
 * passes its location as the system property {@code statsbase.shared.data}). It is never copied
 * into the project; a fresh clone does not have it, and tests that need it are then skipped with
 * a message saying so.
 */
public final class SharedData {

    private SharedData() {
    }

    /**
     * The file or directory {@code relative} inside the shared data directory; skips the calling
     * test (JUnit assumption) when it is absent.
     */
    public static Path require(String relative) {
        String root = System.getProperty("statsbase.shared.data", "../shared/data");
        Path path = Path.of(root).resolve(relative).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.exists(path),
                () -> "skipped: reference data " + path + " is absent (it lives in ../shared/data beside the"
                        + " project and is never copied into it)");
        return path;
    }
}
