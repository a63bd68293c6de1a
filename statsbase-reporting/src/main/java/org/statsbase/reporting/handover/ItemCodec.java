package org.statsbase.reporting.handover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.statsbase.core.org.HandoverItem;
import org.statsbase.core.org.HandoverItemKind;

/**
 * The {@code items} payload of {@code handover.record}: one item per line, {@code code TAB nameZh TAB
 * nameEn TAB description}, with backslash, tab, line feed and carriage return escaped in each field so
 * that any description survives.
 */
final class ItemCodec {

    private ItemCodec() {
    }

    static String encode(List<HandoverItem> items) {
        StringBuilder b = new StringBuilder();
        for (HandoverItem item : items) {
            if (b.length() > 0) {
                b.append('\n');
            }
            HandoverItemKind k = item.kind();
            b.append(escape(k.code())).append('\t').append(escape(k.nameZh())).append('\t')
                    .append(escape(k.nameEn())).append('\t').append(escape(item.description()));
        }
        return b.toString();
    }

    /** The items, or the first line that cannot be read. */
    static List<HandoverItem> decode(String text, Map<String, HandoverItemKind> known, LineProblem problem) {
        List<HandoverItem> items = new ArrayList<>();
        if (text.isEmpty()) {
            return items;
        }
        for (String line : text.split("\n", -1)) {
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw problem.at(line);
            }
            String code = unescape(f[0]);
            HandoverItemKind kind = known.get(code);
            if (kind == null) {
                kind = new RecordedItemKind(code, unescape(f[1]), unescape(f[2]));
            }
            try {
                items.add(HandoverItem.of(kind, unescape(f[3])));
            } catch (RuntimeException e) {
                throw problem.at(line);
            }
        }
        return items;
    }

    interface LineProblem {
        RuntimeException at(String line);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
