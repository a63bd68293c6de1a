package org.statsbase.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statsbase.core.code.DivisionCatalog;
import org.statsbase.core.code.IndustryClassification;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.io.InputLimits;

/** Catalog files named by {@code --catalog} or a batch column, each loaded once per run. */
final class Catalogs {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

    private final Map<Path, IndustryClassification> industry = new HashMap<>();
    private final Map<String, DivisionCatalog> divisions = new HashMap<>();

    IndustryClassification industry(Path file, InputLimits limits) {
        return industry.computeIfAbsent(file.toAbsolutePath().normalize(),
                f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                        ? IndustryClassification.loadCsv(f, limits) : IndustryClassification.loadJson(f, limits));
    }

    /** The catalog in {@code file} for {@code year} (four digits), or for the year its file name names. */
    DivisionCatalog division(Path file, String year, InputLimits limits) {
        int catalogYear = year != null ? parseYear(year) : yearOf(file);
        Path path = file.toAbsolutePath().normalize();
        return divisions.computeIfAbsent(path + "@" + catalogYear, key -> DivisionCatalog.load(path, catalogYear, limits));
    }

    private static int parseYear(String text) {
        String year = text.trim();
        if (!year.matches("[0-9]{4}")) {
            throw new StatsbaseException(CliError.BAD_CHOICE, "--year", text, "a four-digit year such as 2023");
        }
        return Integer.parseInt(year);
    }

    private static int yearOf(Path file) {
        Matcher m = YEAR.matcher(file.getFileName().toString());
        if (!m.find()) {
            throw new StatsbaseException(CliError.MISSING_VALUE, "--year");
        }
        return Integer.parseInt(m.group(1));
    }
}
