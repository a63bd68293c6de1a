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

/** Catalog files named by {@code --catalog} or a batch column, each loaded once per run. */
final class Catalogs {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

    private final Map<Path, IndustryClassification> industry = new HashMap<>();
    private final Map<Path, DivisionCatalog> divisions = new HashMap<>();

    IndustryClassification industry(Path file) {
        return industry.computeIfAbsent(file.toAbsolutePath().normalize(),
                f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                        ? IndustryClassification.loadCsv(f) : IndustryClassification.loadJson(f));
    }

    /** The catalog in {@code file} for {@code year}, or for the year its file name names. */
    DivisionCatalog division(Path file, Integer year) {
        int catalogYear = year != null ? year : yearOf(file);
        return divisions.computeIfAbsent(file.toAbsolutePath().normalize(), f -> DivisionCatalog.load(f, catalogYear));
    }

    private static int yearOf(Path file) {
        Matcher m = YEAR.matcher(file.getFileName().toString());
        if (!m.find()) {
            throw new StatsbaseException(CliError.USAGE,
                    "the division catalog's file name names no year; give --year (e.g. --year 2023)");
        }
        return Integer.parseInt(m.group(1));
    }
}
