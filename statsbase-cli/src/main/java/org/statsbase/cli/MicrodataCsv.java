package org.statsbase.cli;

import java.math.BigDecimal;
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
        List<Contribution> out = new ArrayList<>();
        List<List<String>> headers = new ArrayList<>(1);
        CsvBatch.forEachRow(file, (line, cells) -> {
            if (headers.isEmpty()) {
                headers.add(header(file, cells, columns));
            } else {
                out.add(row(file, line, headers.get(0), cells, columns));
            }
        });
        if (headers.isEmpty()) {
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
