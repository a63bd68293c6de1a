package org.statsbase.core.code;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A small but structurally complete four-level table, made up for tests (the real one is never
 * copied into the project): the shipped sections and divisions, and under each division one
 * synthetic group {@code d1} with two synthetic classes {@code d11} and {@code d19}.
 */
final class SyntheticIndustryTables {

    private SyntheticIndustryTables() {
    }

    /** The table as nested JSON. */
    static String json() {
        IndustryClassification shipped = IndustryClassification.shipped();
        StringBuilder out = new StringBuilder("[\n");
        boolean firstSection = true;
        for (IndustryEntry section : shipped.entries(IndustryLevel.SECTION)) {
            out.append(firstSection ? "" : ",\n").append("{\"code\":\"").append(section.code().canonical())
                    .append("\",\"name\":\"").append(section.nameZh()).append("\",\"children\":[");
            firstSection = false;
            boolean firstDivision = true;
            for (IndustryEntry division : shipped.children(section.code())) {
                String d = division.code().digits();
                out.append(firstDivision ? "" : ",").append("\n {\"code\":\"").append(d).append("\",\"name\":\"")
                        .append(division.nameZh()).append("\",\"children\":[{\"code\":\"").append(d)
                        .append("1\",\"name\":\"合成中类").append(d).append("1\",\"children\":[")
                        .append("{\"code\":\"").append(d).append("11\",\"name\":\"合成小类").append(d).append("11\"},")
                        .append("{\"code\":\"").append(d).append("19\",\"name\":\"合成小类").append(d)
                        .append("19\",\"children\":[]}]}]}");
                firstDivision = false;
            }
            out.append("]}");
        }
        return out.append("\n]\n").toString();
    }

    /** The same table as CSV, sections by letter and the rest by digits. */
    static String csv() {
        IndustryClassification shipped = IndustryClassification.shipped();
        StringBuilder out = new StringBuilder("code,name\n");
        for (IndustryEntry section : shipped.entries(IndustryLevel.SECTION)) {
            out.append(section.code().canonical()).append(',').append(section.nameZh()).append('\n');
            for (IndustryEntry division : shipped.children(section.code())) {
                String d = division.code().digits();
                out.append(d).append(',').append(division.nameZh()).append('\n')
                        .append(d).append("1,合成中类").append(d).append("1\n")
                        .append(d).append("11,合成小类").append(d).append("11\n")
                        .append(d).append("19,合成小类").append(d).append("19\n");
            }
        }
        return out.toString();
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
