package org.statsbase.bench.review;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.statsbase.validation.data.ColumnarDataset;

/**
 * The heap a dataset of 1 million records × 30 numeric columns retains, measured, not estimated:
 * heap in use after full GCs ({@link MemoryMXBean}) with the dataset reachable, minus the same
 * before it was built; and the same for a dataset of the key column alone, so that the numbers
 * can be given "keys aside". Run: {@code java -cp benchmarks.jar org.statsbase.bench.review.DatasetHeap [records]}.
 *
 * <p>Thread safety: a main program, single-threaded.
 */
public final class DatasetHeap {

    private DatasetHeap() {
    }

    /** Prints the measured and the estimated heap of both datasets. */
    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Units units = Units.generate(records, Units.SEED);
        long base = settledHeap();
        ColumnarDataset keys = units.numbersOnly(0);
        long withKeys = settledHeap();
        ColumnarDataset all = units.numbersOnly(Units.NUMBERS);
        long withAll = settledHeap();
        long keyBytes = withKeys - base;
        long allBytes = withAll - withKeys;
        System.out.printf("records: %,d%n", records);
        System.out.printf("key column alone (ID): %,d bytes retained (%.1f MB)%n", keyBytes, keyBytes / 1e6);
        System.out.printf("ID + %d numeric columns: %,d bytes retained (%.1f MB)%n", Units.NUMBERS, allBytes,
                allBytes / 1e6);
        System.out.printf("%d numeric columns, keys aside: %,d bytes (%.1f MB); estimatedNumberBytes %,d%n",
                Units.NUMBERS, allBytes - keyBytes, (allBytes - keyBytes) / 1e6, all.estimatedNumberBytes());
        // keep both reachable until measured
        if (keys.size() + all.size() < 0) {
            System.out.println();
        }
    }

    private static long settledHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(used - last) < 64 * 1024) {
                return used;
            }
            last = used;
        }
        return last;
    }
}
