package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class LongestFirstTest {
    @Test
    void runsEveryTaskExactlyOnce() {
        int n = 10_007;
        AtomicIntegerArray runs = new AtomicIntegerArray(n);
        LongestFirst.run(n, i -> i % 97 == 0 ? 1_000 + i : 1, 500, runs::incrementAndGet);
        for (int i = 0; i < n; i++) {
            assertThat(runs.get(i)).as("task %d", i).isEqualTo(1);
        }
    }

    @Test
    void startsWithTheCostlyTasksInDecreasingCostThenTheRestInOrder() throws Exception {
        // one thread: the order the queue hands out is the order they run in
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            List<Integer> order = Collections.synchronizedList(new ArrayList<>());
            long[] cost = {1, 50, 2, 900, 3, 50, 700};
            single.submit(() -> LongestFirst.run(cost.length, i -> cost[i], 50, order::add)).get();
            assertThat(order).containsExactly(3, 6, 1, 5, 0, 2, 4);
        } finally {
            single.shutdown();
        }
    }

    @Test
    void doesNothingForNoTasks() {
        LongestFirst.run(0, i -> 1, 1, i -> {
            throw new AssertionError("no task to run");
        });
    }
}
