package org.statsbase.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.statsbase.core.error.StatsbaseException;

/**
 * A {@code --file} batch: a CSV file (UTF-8, optional BOM) whose header names columns after the
 * command's long options (without the dashes). Each data row is one input.
 */
final class CsvBatch {

    /**
     * One data row.
     *
     * @param line  its 1-based line number
     * @param cells its non-blank cells by column name, trimmed
     * @param width how many cells it has, blank ones included
     */
    record Row(long line, Map<String, String> cells, int width) {

        /** The trimmed cell, or {@code null} when absent or blank. */
        String get(String column) {
            return cells.get(column);
        }
    }

    /**
     * The rows of a file.
     *
     * @param columns the header's column names
     * @param rows    the data rows, blank lines left out
     */
    record Batch(List<String> columns, List<Row> rows) {
    }

    private CsvBatch() {
    }

    /**
     * Reads every row. The file is read whole before any row is answered, so a file that breaks
     * half-way gives one error and no partial answers.
     *
     * @param allowed the column names the command accepts
     * @throws StatsbaseException with a {@link CliError} code when the file is missing, not UTF-8,
     *                            not CSV, without header, or has a column the command does not know
     */
    static Batch read(Path file, Set<String> allowed) {
        List<Row> rows = new ArrayList<>();
        List<List<String>> headers = new ArrayList<>(1);
        forEachRow(file, (line, cells) -> {
            if (headers.isEmpty()) {
                headers.add(header(file, cells, allowed));
                return;
            }
            List<String> header = headers.get(0);
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < cells.size() && i < header.size(); i++) {
                String value = cells.get(i).trim();
                if (!value.isEmpty()) {
                    byName.put(header.get(i), value);
                }
            }
            rows.add(new Row(line, byName, cells.size()));
        });
        if (headers.isEmpty()) {
            throw new StatsbaseException(CliError.FILE_WITHOUT_HEADER, file, String.join(", ", new TreeSet<>(allowed)));
        }
        return new Batch(List.copyOf(headers.get(0)), List.copyOf(rows));
    }

    /** What {@link #forEachRow} gives each row: its 1-based line and its cells. */
    interface RowVisitor {
        void row(long line, List<String> cells);
    }

    /**
     * Reads {@code file} as UTF-8 CSV and hands every row that is not blank (the header first) to {@code visitor};
     * a missing file, bytes that are not UTF-8, broken CSV and I/O errors become typed {@link CliError}s, and a
     * {@link StatsbaseException} the visitor throws passes through.
     */
    static void forEachRow(Path file, RowVisitor visitor) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        long line = 0;
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(reader)) {
            while (it.hasNextValue()) {
                line = it.getCurrentLocation().getLineNr();
                List<String> cells = it.nextValue();
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                visitor.row(line, cells);
            }
        } catch (NoSuchFileException e) {
            throw new StatsbaseException(CliError.FILE_UNREADABLE, e, file, "文件不存在", "no such file");
        } catch (CharacterCodingException e) {
            throw new StatsbaseException(CliError.FILE_NOT_UTF8, e, file);
        } catch (JsonProcessingException | RuntimeException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new StatsbaseException(CliError.FILE_NOT_UTF8, e, file);
            }
            if (e instanceof StatsbaseException se) {
                throw se;
            }
            throw new StatsbaseException(CliError.CSV_SYNTAX, e, file, Math.max(line, 1));
        } catch (IOException e) {
            throw new StatsbaseException(CliError.FILE_UNREADABLE, e, file, "输入输出错误", String.valueOf(e));
        }
    }

    private static List<String> header(Path file, List<String> cells, Set<String> allowed) {
        List<String> header = new ArrayList<>();
        for (String name : cells) {
            String column = stripBom(name).trim().replaceFirst("^--", "");
            if (!allowed.contains(column)) {
                throw new StatsbaseException(CliError.UNKNOWN_COLUMN, file, column,
                        String.join(", ", new TreeSet<>(allowed)));
            }
            if (header.contains(column)) {
                throw new StatsbaseException(CliError.DUPLICATE_COLUMN, file, column);
            }
            header.add(column);
        }
        return header;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
