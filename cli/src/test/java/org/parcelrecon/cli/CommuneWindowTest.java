package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CommuneWindowTest {
    /** An executor that runs a commune's task only when the test says so: which communes end, and when. */
    private static final class Held implements java.util.concurrent.Executor {
        final Map<String, Runnable> waiting = new LinkedHashMap<>();
        final List<String> submitted = new ArrayList<>();
        private String naming;

        @Override
        public void execute(Runnable task) {
            waiting.put(naming, task);
        }

        /** Ends the comparison of these communes. */
        void end(String... communes) {
            for (String c : communes) {
                waiting.remove(c).run();
            }
        }

        CommuneByCommuneComparison.Window<String> window(List<String> order, Map<String, Long> features) {
            return new CommuneByCommuneComparison.Window<>(order, c -> {
                submitted.add(c);
                naming = c;
                return () -> c;
            }, this, features::get);
        }
    }

    @Test
    void smallCommunesRunThreeAtATimeAndAreTakenInOrder() throws Exception {
        List<String> order = List.of("a", "b", "c", "d", "e");
        Held pool = new Held();
        var w = pool.window(order, Map.of("a", 10_000L, "b", 10_000L, "c", 10_000L, "d", 10_000L, "e", 10_000L));
        w.fill();
        assertThat(pool.submitted).containsExactly("a", "b", "c");
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            pool.end(order.get(i));
            Future<String> next = w.next();
            w.fill();
            taken.add(next.get());
            assertThat(pool.submitted.size() - taken.size()).isLessThanOrEqualTo(3);
        }
        assertThat(taken).isEqualTo(order);
        assertThat(pool.submitted).isEqualTo(order);
    }

    @Test
    void bigCommunesRunTwoAtATimeButNeverFewer() throws Exception {
        Held pool = new Held();
        var w = pool.window(List.of("a", "b", "c", "d"), Map.of("a", 77_000L, "b", 77_000L, "c", 77_000L,
                "d", 500_000L));
        w.fill();
        assertThat(pool.submitted).containsExactly("a", "b");
        pool.end("a");
        w.next();
        w.fill();
        assertThat(pool.submitted).containsExactly("a", "b", "c");
        pool.end("b", "c");
        w.next();
        w.next();
        w.fill();
        assertThat(pool.submitted).containsExactly("a", "b", "c", "d"); // alone in flight, however big
    }

    @Test
    void aCommuneThatEndsBeforeTheOldestLetsTheNextStartButNoMoreThanThreeAreHeld() throws Exception {
        Held pool = new Held();
        var w = pool.window(List.of("a", "b", "c", "d", "e"), Map.of("a", 77_000L, "b", 77_000L, "c", 77_000L,
                "d", 77_000L, "e", 77_000L));
        w.fill();
        pool.end("b"); // the oldest, a, still runs
        w.fill();
        assertThat(pool.submitted).containsExactly("a", "b", "c");
        pool.end("c");
        w.fill();
        assertThat(pool.submitted).containsExactly("a", "b", "c"); // a, b and c held: the writer must take a first
        pool.end("a");
        assertThat(w.next().get()).isEqualTo("a");
        w.fill();
        assertThat(pool.submitted).containsExactly("a", "b", "c", "d");
    }

    @Test
    void theWriterWaitingForTheOldestStartsTheNextWhenAnotherEnds() throws Exception {
        CountDownLatch oldestMayEnd = new CountDownLatch(1);
        List<String> submitted = java.util.Collections.synchronizedList(new ArrayList<>());
        var w = new CommuneByCommuneComparison.Window<String>(List.of("a", "b", "c"), c -> {
            submitted.add(c);
            return () -> {
                if (c.equals("a")) {
                    oldestMayEnd.await();
                }
                return c;
            };
        }, r -> new Thread(r).start(), c -> 77_000L);
        w.fill();
        CompletableFuture<String> oldest = CompletableFuture.supplyAsync(() -> {
            try {
                return w.next().get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (submitted.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(submitted).containsExactly("a", "b", "c"); // b ended: c started while a still runs
        assertThat(oldest).isNotDone();
        oldestMayEnd.countDown();
        assertThat(oldest.get(10, TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(w.next().get()).isEqualTo("b");
        assertThat(w.next().get()).isEqualTo("c");
    }

    @Test
    void aThirdCommuneJoinsWhileTheThreeStayUnderTheBudget() {
        Held pool = new Held();
        var w = pool.window(List.of("a", "b", "c"), Map.of("a", 30_000L, "b", 30_000L, "c", 40_000L));
        w.fill();
        assertThat(pool.submitted).containsExactly("a", "b", "c"); // 100,000 features: at the budget
        Held over = new Held();
        var o = over.window(List.of("a", "b", "c"), Map.of("a", 30_000L, "b", 30_000L, "c", 40_001L));
        o.fill();
        assertThat(over.submitted).containsExactly("a", "b");
    }
}
