package org.statsbase.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table that lines up Chinese (double-width) and Latin text in a terminal. */
final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    void add(List<String> row) {
        rows.add(row);
    }

    void print(PrintStream out) {
        int[] widths = new int[header.size()];
        for (List<String> row : withHeader()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        boolean first = true;
        for (List<String> row : withHeader()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(cell).append(" ".repeat(widths[i] - width(cell))).append(i + 1 < row.size() ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
            if (first) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    rule.append("-".repeat(widths[i])).append(i + 1 < widths.length ? "  " : "");
                }
                out.println(rule);
                first = false;
            }
        }
    }

    private List<List<String>> withHeader() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    /** Terminal columns: CJK ideographs, full-width forms and CJK punctuation take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                    || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                    || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
            w += wide ? 2 : 1;
        }
        return w;
    }
}
