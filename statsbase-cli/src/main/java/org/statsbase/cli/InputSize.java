package org.statsbase.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.io.InputLimits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The global {@code --max-input-size} option: the largest file any reader of the command accepts. It
 * replaces {@link InputLimits#maxInputBytes()} of both presets (data files: {@link InputLimits#defaults()},
 * 256 MiB; configuration files: {@link InputLimits#configuration()}, 2 MiB); the other limits keep their
 * defaults. A file over the limit ends the command with exit code 2 and {@code SB-CORE-1201} (or the
 * reading module's limit code).
 *
 * <p>Thread safety: stateless.
 */
final class InputSize {

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,19})\\s*(|K|KB|KIB|M|MB|MIB|G|GB|GIB)");

    private InputSize() {
    }

    /** Converts {@code 1048576}, {@code 512K}, {@code 16M}, {@code 1G} (binary units, 1K = 1024 bytes). */
    static final class Converter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size: bytes, or a number with K, M or G "
                        + "(for example 16M) / 不是有效的大小");
            }
            int shift = switch (m.group(2).isEmpty() ? ' ' : m.group(2).charAt(0)) {
                case 'K' -> 10;
                case 'M' -> 20;
                case 'G' -> 30;
                default -> 0;
            };
            long number;
            try {
                number = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is too large / 数值过大");
            }
            if (number < 1 || number > (Long.MAX_VALUE >> shift)) {
                throw new TypeConversionException("'" + value + "' is not a positive size that fits in 8 bytes / 大小须为正数");
            }
            return number << shift;
        }
    }

    private static Long given(CommandSpec spec) {
        return spec.root().userObject() instanceof StatsbaseCommand root ? root.maxInputSize : null;
    }

    /** The limits for the data files a command reads (datasets, ledgers, catalogs, survey systems). */
    static InputLimits data(CommandSpec spec) {
        Long bytes = given(spec);
        return bytes == null ? InputLimits.defaults() : InputLimits.defaults().withMaxInputBytes(bytes);
    }

    /** The limits for the configuration files a command reads (rule sets, mappings, schedules, policies). */
    static InputLimits configuration(CommandSpec spec) {
        Long bytes = given(spec);
        return bytes == null ? InputLimits.configuration() : InputLimits.configuration().withMaxInputBytes(bytes);
    }

    /**
     * Refuses a file the command line reads itself (batch CSV, microdata, submissions, explanations) when it
     * is larger than the data limit.
     *
     * @throws DataFileException {@code SB-CORE-1201}
     */
    static void check(Path file, InputLimits limits) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxInputBytes()) {
                throw DataFileException.tooLarge(file.toString(), limits.maxInputBytes());
            }
        } catch (IOException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
    }
}
