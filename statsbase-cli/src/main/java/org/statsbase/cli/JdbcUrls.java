package org.statsbase.cli;

import java.util.List;
import java.util.Locale;
import org.statsbase.core.error.StatsbaseException;

/**
 * The JDBC URLs the command line is given ({@code --catalog}, {@code --store}): settings with which a URL makes
 * the driver run code, load a class it names or write a file are refused with {@link CliError#UNSAFE_JDBC_URL}
 * before any connection is opened (issue 8 §1: hostile arguments). A front end may build the command line from
 * what its users type; a URL must then not become a way to execute SQL or Java on the office's machine.
 *
 * <p>Refused: H2's {@code INIT} (SQL run on connecting: {@code RUNSCRIPT FROM}, {@code CREATE ALIAS} with Java
 * source); the PostgreSQL driver's settings that name a class it instantiates ({@code socketFactory},
 * {@code sslfactory}, {@code sslhostnameverifier}, {@code sslpasswordcallback},
 * {@code authenticationPluginClassName}, and their arguments) and {@code loggerFile} (a file the driver writes
 * to). Setting names are compared without regard to case. Every other setting passes unchanged.
 *
 * <p>Thread safety: stateless.
 */
final class JdbcUrls {

    private static final List<String> H2 = List.of("INIT");
    private static final List<String> POSTGRESQL = List.of("SOCKETFACTORY", "SOCKETFACTORYARG", "SSLFACTORY",
            "SSLFACTORYARG", "SSLHOSTNAMEVERIFIER", "SSLPASSWORDCALLBACK", "AUTHENTICATIONPLUGINCLASSNAME",
            "LOGGERFILE");

    private JdbcUrls() {
    }

    /**
     * {@code url} when it holds no refused setting.
     *
     * @param option the option that gave it, named in the error
     * @param url    the URL as given
     * @return {@code url}
     * @throws StatsbaseException {@link CliError#UNSAFE_JDBC_URL} naming the option and the setting
     */
    static String checked(String option, String url) {
        if (url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            // jdbc:h2:<name>;KEY=VALUE;KEY=VALUE
            refuse(option, url, url.split(";"), 1, H2);
        } else if (url.regionMatches(true, 0, "jdbc:postgresql:", 0, 16)) {
            // jdbc:postgresql://host/db?key=value&key=value
            int query = url.indexOf('?');
            if (query >= 0) {
                refuse(option, url, url.substring(query + 1).split("&"), 0, POSTGRESQL);
            }
        }
        return url;
    }

    private static void refuse(String option, String url, String[] settings, int first, List<String> refused) {
        for (int i = first; i < settings.length; i++) {
            int eq = settings[i].indexOf('=');
            String key = (eq < 0 ? settings[i] : settings[i].substring(0, eq)).strip().toUpperCase(Locale.ROOT);
            if (refused.contains(key)) {
                throw new StatsbaseException(CliError.UNSAFE_JDBC_URL, option, key, url);
            }
        }
    }
}
