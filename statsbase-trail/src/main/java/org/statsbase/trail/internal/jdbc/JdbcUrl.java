package org.statsbase.trail.internal.jdbc;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC URLs as they may appear in messages: without user names, passwords or other secrets, whichever
 * way the driver takes them ({@code ?user=..&password=..} as PostgreSQL does, {@code ;USER=..;PASSWORD=..}
 * as H2 does, or {@code //user:password@host} as some others do).
 *
 * <p>Thread safety: stateless.
 */
public final class JdbcUrl {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");
    private static final Pattern PARAMETER = Pattern.compile("([?&;])([^=&;?]*)=([^&;]*)");

    private JdbcUrl() {
    }

    /**
     * {@code url} without the parameters that carry credentials.
     *
     * @param url a JDBC URL, possibly with credentials
     * @return {@code url} without {@code user}, {@code password} and similar parameters, safe for messages
     */
    public static String withoutCredentials(String url) {
        String s = USER_INFO.matcher(url).replaceFirst("//");
        Matcher m = PARAMETER.matcher(s);
        StringBuilder kept = new StringBuilder();
        int from = 0;
        while (m.find()) {
            kept.append(s, from, m.start());
            if (!secret(m.group(2))) {
                kept.append(m.group());
            }
            from = m.end();
        }
        kept.append(s.substring(from));
        // A removed first query parameter leaves "&next=..": it becomes "?next=...".
        String out = kept.toString();
        int q = out.indexOf('?');
        int amp = out.indexOf('&');
        if (amp >= 0 && (q < 0 || amp < q) && out.startsWith("jdbc:")) {
            out = out.substring(0, amp) + "?" + out.substring(amp + 1);
        }
        return out;
    }

    private static boolean secret(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return k.equals("user") || k.equals("username") || k.contains("password") || k.contains("secret")
                || k.contains("token") || k.contains("credential");
    }
}
