package org.parcelrecon.geometry.internal;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

/**
 * Runs independent tasks in parallel, the costly ones first, each alone, then the cheap ones in chunks, all taken
 * from one shared queue by every thread of the pool (longest-processing-time-first list scheduling). A parallel
 * stream splits its range in halves up front: a map whose few road polygons (thousands of vertices, tens of times
 * a lot's work) sit in one half leaves one thread with all of them while the other idles. Here the threads start
 * on the costly tasks and fill in with the cheap ones, so they end together. Not API.
 */
public final class LongestFirst {
    /** Cheap tasks are claimed this many at a time, so that the queue's counter is not contended. */
    private static final int CHUNK = 64;

    private LongestFirst() {
    }

    /**
     * Runs {@code task} for 0 … n-1 in the pool of the calling thread (the common pool when it works for none) and
     * returns when all are done; the order says nothing about results, as each task writes its own slots.
     *
     * @param n          the number of tasks
     * @param cost       a task's estimated cost (any unit)
     * @param costlyFrom tasks of at least this cost run first, alone, in decreasing cost
     * @param task       the task of one index
     */
    public static void run(int n, IntToLongFunction cost, long costlyFrom, IntConsumer task) {
        long[] costs = new long[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            costs[i] = cost.applyAsLong(i);
            count += costs[i] >= costlyFrom ? 1 : 0;
        }
        Integer[] costly = new Integer[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (costs[i] >= costlyFrom) {
                costly[j++] = i;
            }
        }
        // decreasing cost, then increasing index
        Arrays.sort(costly, (a, b) -> costs[a] != costs[b] ? Long.compare(costs[b], costs[a]) : Integer.compare(a, b));
        int[] order = new int[n];
        for (int j = 0; j < count; j++) {
            order[j] = costly[j];
        }
        int at = count;
        for (int i = 0; i < n; i++) {
            if (costs[i] < costlyFrom) {
                order[at++] = i;
            }
        }
        int costlyCount = count;
        int units = costlyCount + (n - costlyCount + CHUNK - 1) / CHUNK;
        AtomicInteger next = new AtomicInteger();
        ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
        int workers = Math.max(2, pool.getParallelism() + 1);
        IntStream.range(0, Math.min(workers, Math.max(1, units))).parallel().forEach(w -> {
            for (int u = next.getAndIncrement(); u < units; u = next.getAndIncrement()) {
                if (u < costlyCount) {
                    task.accept(order[u]);
                } else {
                    int from = costlyCount + (u - costlyCount) * CHUNK;
                    int to = Math.min(n, from + CHUNK);
                    for (int j = from; j < to; j++) {
                        task.accept(order[j]);
                    }
                }
            }
        });
    }
}
