package org.statsbase.validation.spi;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.file.RuleSetFiles;

/**
 * Finds rule sets shipped as class-path resources {@code <base><id>.yaml}, {@code .yml} or
 * {@code .json}, by default under {@value #DEFAULT_BASE}: a jar that puts its rule sets there
 * needs no code. Includes resolve relative to the resource's folder. A resource must declare the
 * id it is filed under; several resources for one id (two extensions, or two jars) are an error.
 *
 * <p>{@link #find(String)} works for every class loader. {@link #ids()} lists resources in
 * directories and jar files (the {@code file:} and {@code jar:} URLs class loaders return for
 * the base folder); rule sets under other URL schemes are found by id but not listed.
 *
 * <p>Registered as a {@link java.util.ServiceLoader} provider of this module, so
 * {@link RuleSets#discover(RuleSetProvider...)} includes it.
 *
 * <p>Thread safety: immutable.
 */
public final class ClassPathRuleSetProvider implements RuleSetProvider {

    /** The folder rule sets are looked for under by default. */
    public static final String DEFAULT_BASE = "META-INF/statsbase/rules/";

    private final ClassLoader loader;
    private final String base;

    /**
     * The default provider: {@value #DEFAULT_BASE} of the thread's context class loader when
     * there is one, else of this module's class loader. Public for {@link java.util.ServiceLoader}.
     */
    public ClassPathRuleSetProvider() {
        this(defaultLoader(), DEFAULT_BASE);
    }

    private ClassPathRuleSetProvider(ClassLoader loader, String base) {
        this.loader = loader;
        this.base = base;
    }

    /**
     * A provider for the resources of {@code loader} under {@code base} (a folder such as
     * {@code "rules/"}; a leading '/' is dropped, a trailing '/' added).
     *
     * @param loader the class loader whose resources are searched
     * @param base the folder, for example {@code "rules/"}
     * @return the provider
     */
    public static ClassPathRuleSetProvider of(ClassLoader loader, String base) {
        Objects.requireNonNull(loader, "loader");
        String folder = Objects.requireNonNull(base, "base");
        while (folder.startsWith("/")) {
            folder = folder.substring(1);
        }
        if (!folder.isEmpty() && !folder.endsWith("/")) {
            folder = folder + "/";
        }
        return new ClassPathRuleSetProvider(loader, folder);
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ClassPathRuleSetProvider.class.getClassLoader();
    }

    /**
     * The folder searched, for example {@value #DEFAULT_BASE}.
     *
     * @return the folder, ending in '/'
     */
    public String base() {
        return base;
    }

    @Override
    public Optional<RuleSetDefinition> find(String id) {
        RuleSetIds.requireValid(id);
        List<String> found = new ArrayList<>();
        String resource = null;
        for (String extension : RuleSetIds.EXTENSIONS) {
            String candidate = base + id + extension;
            try {
                Enumeration<URL> urls = loader.getResources(candidate);
                while (urls.hasMoreElements()) {
                    found.add(urls.nextElement().toString());
                    resource = candidate;
                }
            } catch (IOException e) {
                throw new StatsbaseException(ValidationError.RULE_SET_UNREADABLE, e, candidate, e.getMessage(), e.getMessage());
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.size() > 1) {
            throw new StatsbaseException(ValidationError.RULE_SET_AMBIGUOUS, id, found);
        }
        return Optional.of(RuleSetIds.requireDeclares(RuleSetFiles.readResource(loader, resource), id));
    }

    @Override
    public SortedSet<String> ids() {
        SortedSet<String> ids = new TreeSet<>();
        try {
            Enumeration<URL> folders = loader.getResources(base.isEmpty() ? "" : base);
            while (folders.hasMoreElements()) {
                URL folder = folders.nextElement();
                if ("file".equals(folder.getProtocol())) {
                    listDirectory(Path.of(folder.toURI()), ids);
                } else if ("jar".equals(folder.getProtocol())) {
                    listJar(folder, ids);
                }
            }
        } catch (IOException e) {
            throw new StatsbaseException(ValidationError.RULE_SET_UNREADABLE, e, base, e.getMessage(), e.getMessage());
        } catch (URISyntaxException | IllegalArgumentException e) {
            // a folder URL that is not a plain file path: nothing we can list
        }
        return Collections.unmodifiableSortedSet(ids);
    }

    private static void listDirectory(Path folder, SortedSet<String> ids) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Path name = entry.getFileName();
                if (name != null && Files.isRegularFile(entry)) {
                    RuleSetIds.idOfFileName(name.toString()).ifPresent(ids::add);
                }
            }
        }
    }

    private void listJar(URL folder, SortedSet<String> ids) throws IOException {
        URLConnection connection = folder.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return;
        }
        // no cache: the JarFile is ours to close, not one shared with the class loader
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(base) && name.indexOf('/', base.length()) < 0) {
                    RuleSetIds.idOfFileName(name.substring(base.length())).ifPresent(ids::add);
                }
            }
        }
    }

    @Override
    public String description() {
        return "class path " + base + "<id>{.yaml,.yml,.json}";
    }

    @Override
    public String toString() {
        return "ClassPathRuleSetProvider[" + base + "]";
    }
}
