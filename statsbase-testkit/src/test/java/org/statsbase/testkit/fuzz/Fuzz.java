package org.statsbase.testkit.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;
import org.statsbase.core.error.StatsbaseException;

/**
 * The one assertion of the fuzz properties: running a parser on an input ends in a result or in a typed statsbase
 * error ({@link StatsbaseException} subclass with a code), within a time guard; never another exception, an error
 * such as {@link StackOverflowError} or {@link OutOfMemoryError}, or a hang.
 *
 * <p>The number of tries of the normal build is {@link #TRIES}; the {@code fuzz} Maven profile of statsbase-testkit
 * sets the system property {@code statsbase.fuzz.tries} (default there 1,000,000), which {@link FuzzMarathonTest}
 * reads. Not thread-safe: used by one property at a time.
 */
final class Fuzz {

    /** Tries per parser in the normal build. */
    static final int TRIES = 10_000;

    /** The longest one parse may take before it counts as a hang. */
    static final Duration GUARD = Duration.ofSeconds(Long.getLong("statsbase.fuzz.guard.seconds", 10));

    private static ExecutorService worker = newWorker();

    private Fuzz() {
    }

    /** A parser under test. */
    @FunctionalInterface
    interface Parse<T> {
        Object apply(T input) throws Exception;
    }

    /**
     * Runs {@code parse} on {@code input} under the time guard and returns normally iff it gave a result or a typed
     * statsbase error with a non-blank code.
     *
     * @throws AssertionFailedError otherwise, naming the input
     */
    static <T> void resultOrTypedError(T input, Parse<T> parse) {
        resultOrTypedError(input, parse, GUARD);
    }

    /** As {@link #resultOrTypedError(Object, Parse)} with another time guard. */
    static <T> void resultOrTypedError(T input, Parse<T> parse, Duration guard) {
        Future<Throwable> outcome = worker.submit(() -> {
            try {
                parse.apply(input);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Throwable thrown;
        try {
            thrown = outcome.get(guard.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionFailedError("no result within " + guard + " (a hang) for input " + show(input));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        } catch (ExecutionException e) {
            thrown = e.getCause();
        }
        if (thrown == null) {
            return;
        }
        if (thrown instanceof StatsbaseException typed) {
            if (typed.code() == null || typed.code().isBlank()) {
                throw new AssertionFailedError("typed error without a code for input " + show(input), thrown);
            }
            return;
        }
        throw new AssertionFailedError("raw " + thrown.getClass().getName() + " for input " + show(input), thrown);
    }

    static String show(Object input) {
        String text;
        if (input instanceof byte[] bytes) {
            StringBuilder hex = new StringBuilder(bytes.length + " bytes: ");
            for (int i = 0; i < Math.min(bytes.length, 300); i++) {
                hex.append(String.format("%02x", bytes[i] & 0xff));
            }
            text = hex.toString();
        } else {
            text = String.valueOf(input);
        }
        return text.length() > 600 ? text.substring(0, 600) + "… (" + text.length() + " chars)" : text;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "statsbase-fuzz", 0);
            t.setDaemon(true);
            return t;
        });
    }
}
