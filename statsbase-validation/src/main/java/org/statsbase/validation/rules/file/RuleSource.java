package org.statsbase.validation.rules.file;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule-set file comes from, and how the paths it includes are resolved against it: a
 * file (relative to its directory), a class-path resource (relative to its folder, never above
 * the class-path root) or a text without a base (no includes).
 *
 * <p>Thread safety: immutable.
 */
abstract class RuleSource {

    /** The name used in locations and messages. */
    abstract String name();

    /** The identity of the file, for cycle detection and to read a file included twice only once. */
    abstract String key();

    abstract RuleSetFormat format();

    /**
     * At most {@code max + 1} bytes of the file (one more than allowed tells the caller it is too
     * large without reading a huge file whole).
     *
     * @throws NoSuchFileException when there is no such file or resource
     */
    abstract byte[] read(int max) throws IOException;

    /** Whether includes can be resolved against this source. */
    abstract boolean hasBase();

    /**
     * The source an include path written in this file names, or empty when the path is not
     * allowed (absolute, no known extension, above the class-path root). Only when {@link #hasBase()}.
     */
    abstract Optional<RuleSource> resolve(String includePath);

    /** Checks what every include path must be, whatever the base: relative, '/'-separated, a known extension. */
    static Optional<RuleSetFormat> includeFormat(String includePath) {
        if (includePath.isBlank() || includePath.startsWith("/") || includePath.indexOf('\\') >= 0
                || includePath.indexOf(':') >= 0 || includePath.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return RuleSetFormat.ofFileName(includePath);
    }

    static RuleSource file(Path file, RuleSetFormat format) {
        return new FileSource(file, format);
    }

    static RuleSource resource(ClassLoader loader, String resource, RuleSetFormat format) {
        return new ResourceSource(loader, resource, format);
    }

    static RuleSource bytes(byte[] bytes, String name, RuleSetFormat format) {
        return new BytesSource(bytes, name, format);
    }

    static byte[] readBounded(InputStream in, int max) throws IOException {
        return in.readNBytes(max + 1);
    }

    private static final class FileSource extends RuleSource {
        private final Path file;
        private final RuleSetFormat format;

        FileSource(Path file, RuleSetFormat format) {
            this.file = file.normalize();
            this.format = format;
        }

        @Override
        String name() {
            return file.toString();
        }

        @Override
        String key() {
            return file.toAbsolutePath().normalize().toString();
        }

        @Override
        RuleSetFormat format() {
            return format;
        }

        @Override
        byte[] read(int max) throws IOException {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readBounded(in, max);
            }
        }

        @Override
        boolean hasBase() {
            return true;
        }

        @Override
        Optional<RuleSource> resolve(String includePath) {
            Optional<RuleSetFormat> includedFormat = includeFormat(includePath);
            if (includedFormat.isEmpty()) {
                return Optional.empty();
            }
            Path relative = Path.of(includePath);
            if (relative.isAbsolute()) {
                return Optional.empty();
            }
            Path parent = file.getParent();
            Path resolved = parent == null ? relative : parent.resolve(relative);
            return Optional.of(new FileSource(resolved, includedFormat.get()));
        }
    }

    private static final class ResourceSource extends RuleSource {
        private final ClassLoader loader;
        private final String resource;
        private final RuleSetFormat format;

        ResourceSource(ClassLoader loader, String resource, RuleSetFormat format) {
            this.loader = Objects.requireNonNull(loader, "loader");
            this.resource = resource.startsWith("/") ? resource.substring(1) : resource;
            this.format = format;
        }

        @Override
        String name() {
            return "classpath:" + resource;
        }

        @Override
        String key() {
            return name();
        }

        @Override
        RuleSetFormat format() {
            return format;
        }

        @Override
        byte[] read(int max) throws IOException {
            URL url = loader.getResource(resource);
            if (url == null) {
                throw new NoSuchFileException(name());
            }
            try (InputStream in = url.openStream()) {
                return readBounded(in, max);
            }
        }

        @Override
        boolean hasBase() {
            return true;
        }

        @Override
        Optional<RuleSource> resolve(String includePath) {
            Optional<RuleSetFormat> includedFormat = includeFormat(includePath);
            if (includedFormat.isEmpty()) {
                return Optional.empty();
            }
            Deque<String> segments = new ArrayDeque<>();
            int slash = resource.lastIndexOf('/');
            if (slash > 0) {
                for (String segment : resource.substring(0, slash).split("/")) {
                    segments.addLast(segment);
                }
            }
            for (String segment : includePath.split("/")) {
                if (segment.isEmpty() || segment.equals(".")) {
                    continue;
                }
                if (segment.equals("..")) {
                    if (segments.isEmpty()) {
                        return Optional.empty();
                    }
                    segments.removeLast();
                } else {
                    segments.addLast(segment);
                }
            }
            return Optional.of(new ResourceSource(loader, String.join("/", segments), includedFormat.get()));
        }
    }

    private static final class BytesSource extends RuleSource {
        private final byte[] bytes;
        private final String name;
        private final RuleSetFormat format;

        BytesSource(byte[] bytes, String name, RuleSetFormat format) {
            this.bytes = bytes;
            this.name = name;
            this.format = format;
        }

        @Override
        String name() {
            return name;
        }

        @Override
        String key() {
            return "text:" + name;
        }

        @Override
        RuleSetFormat format() {
            return format;
        }

        @Override
        byte[] read(int max) {
            return bytes;
        }

        @Override
        boolean hasBase() {
            return false;
        }

        @Override
        Optional<RuleSource> resolve(String includePath) {
            return Optional.empty();
        }
    }
}
