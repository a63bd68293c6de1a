package org.statsbase.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.core.error.StatsbaseException;

/**
 * The microdata file of {@code statsbase suppress}: CSV (UTF-8, optional BOM) with a header; one row per
 * contribution. The first bad row stops the run with its line number (a table built from part of the
 * microdata would publish wrong margins).
 */
final class MicrodataCsv {

    private MicrodataCsv() {
    }

    /** The columns the command reads. */
    record Columns(String unit, String holding, String value, List<Dimension> dimensions) {
    }

    static List<Contribution> read(Path file, Columns columns) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Contribution> out = new ArrayList<>();
        List<String> header = null;
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
                if (header == null) {
                    header = header(file, cells, columns);
                    continue;
                }
                out.add(row(file, line, header, cells, columns));
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
        if (header == null) {
            throw new StatsbaseException(CliError.FILE_WITHOUT_HEADER, file, String.join(", ", required(columns)));
        }
        return out;
    }

    private static List<String> required(Columns c) {
        List<String> names = new ArrayList<>();
        names.add(c.unit());
        for (Dimension d : c.dimensions()) {
            names.add(d.name());
        }
        names.add(c.value());
        if (c.holding() != null) {
            names.add(c.holding());
        }
        return names;
    }

    private static List<String> header(Path file, List<String> cells, Columns columns) {
        List<String> header = new ArrayList<>();
        for (String cell : cells) {
            String name = cell.startsWith("\uFEFF") ? cell.substring(1).trim() : cell.trim();
            if (header.contains(name)) {
                throw new StatsbaseException(CliError.DUPLICATE_COLUMN, file, name);
            }
            header.add(name);
        }
        for (String name : required(columns)) {
            if (!header.contains(name)) {
                throw new StatsbaseException(CliError.MISSING_COLUMN, file, name);
            }
        }
        return header;
    }

    private static Contribution row(Path file, long line, List<String> header, List<String> cells, Columns columns) {
        if (cells.size() > header.size()) {
            throw bad(file, line, "单元格多于表头的列数", "more cells than the header has columns");
        }
        String unit = cell(header, cells, columns.unit());
        if (unit.isEmpty()) {
            throw bad(file, line, "缺少单位标识（列 " + columns.unit() + "）", "no unit id (column " + columns.unit() + ")");
        }
        String text = cell(header, cells, columns.value());
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw bad(file, line, "列 " + columns.value() + " 的值“" + text + "”不是数字",
                    "the " + columns.value() + " \"" + text + "\" is not a number");
        }
        Map<String, String> codes = new java.util.HashMap<>();
        for (Dimension d : columns.dimensions()) {
            String code = cell(header, cells, d.name());
            try {
                d.hierarchy().path(unit, d.name(), code);
            } catch (StatsbaseException e) {
                throw bad(file, line, e.code() + " " + e.messageZh(), e.code() + " " + e.messageEn());
            }
            codes.put(d.name(), code);
        }
        String holding = columns.holding() == null ? "" : cell(header, cells, columns.holding());
        return holding.isEmpty() ? Contribution.of(unit, codes, value) : Contribution.of(unit, holding, codes, value);
    }

    private static String cell(List<String> header, List<String> cells, String column) {
        int i = header.indexOf(column);
        return i < cells.size() ? cells.get(i).trim() : "";
    }

    private static StatsbaseException bad(Path file, long line, String zh, String en) {
        return new StatsbaseException(CliError.MICRODATA_ROW, file, line, zh, en);
    }
}
