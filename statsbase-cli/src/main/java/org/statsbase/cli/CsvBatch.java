package org.statsbase.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statsbase.core.error.StatsbaseException;

/**
 * A {@code --file} batch: a CSV file (UTF-8, optional BOM) whose header names columns after the
 * command's long options (without the dashes). Each data row is one input.
 */
final class CsvBatch {

    /** One data row: its 1-based line number and its cells by column name (blank cells absent). */
    record Row(long line, Map<String, String> cells) {

        /** The trimmed cell, or {@code null} when absent or blank. */
        String get(String column) {
            return cells.get(column);
        }
    }

    private CsvBatch() {
    }

    /**
     * Reads every row.
     *
     * @param allowed the column names the command accepts
     * @throws StatsbaseException {@link CliError#FILE_UNREADABLE} or {@link CliError#UNKNOWN_COLUMN}
     */
    static List<Row> read(Path file, Set<String> allowed) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Row> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(reader)) {
            List<String> header = null;
            while (it.hasNextValue()) {
                long line = it.getCurrentLocation().getLineNr();
                List<String> cells = it.nextValue();
                if (header == null) {
                    header = new ArrayList<>();
                    for (String name : cells) {
                        String column = stripBom(name).trim().replaceFirst("^--", "");
                        if (!allowed.contains(column)) {
                            throw new StatsbaseException(CliError.UNKNOWN_COLUMN, file, column, String.join(", ", allowed));
                        }
                        header.add(column);
                    }
                    continue;
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                Map<String, String> byName = new LinkedHashMap<>();
                for (int i = 0; i < cells.size() && i < header.size(); i++) {
                    String value = cells.get(i).trim();
                    if (!value.isEmpty()) {
                        byName.put(header.get(i), value);
                    }
                }
                rows.add(new Row(line, byName));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof StatsbaseException se) {
                throw se;
            }
            throw new StatsbaseException(CliError.FILE_UNREADABLE, e, file, String.valueOf(e.getMessage()));
        }
        return rows;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
