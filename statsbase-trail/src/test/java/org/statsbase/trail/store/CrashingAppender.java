package org.statsbase.trail.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * The child process of {@link FileEventStoreCrashTest}: opens a trail on the file store in
 * {@code args[0]} and appends from {@code args[1]} threads until it is killed, printing
 * "sequence hash" for every acknowledged event, one write per line. It halts when its standard input
 * closes, so that it never outlives the test that started it.
 */
public final class CrashingAppender {

    private CrashingAppender() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        Trail trail = Trail.open(FileEventStore.open(dir));
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes; end of input means it is gone
                }
            } catch (IOException e) {
                // fall through
            }
            Runtime.getRuntime().halt(3);
        });
        watchdog.setDaemon(true);
        watchdog.start();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread appender = new Thread(() -> {
                for (int i = 0;; i++) {
                    TrailEvent e = trail.append(EventDraft.of("p-" + thread, "FILLER", "submission.values",
                            "submission/U" + thread + "/B204-1/2026-10").with("B01", Integer.toString(i)));
                    byte[] line = (e.sequence() + " " + e.hash().hex() + "\n").getBytes(StandardCharsets.US_ASCII);
                    synchronized (out) {
                        try {
                            out.write(line);
                        } catch (IOException x) {
                            Runtime.getRuntime().halt(4);
                        }
                    }
                }
            });
            appender.start();
        }
    }
}
