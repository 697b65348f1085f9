package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.testdata.PoolsSeen;
import org.parcelrecon.matching.keys.KeyFunctions;

/** A host server bounds a linker's CPU with its own pool: building and scoring run there, not in the common pool. */
class LinkerPoolTest {
    /** A host's pool that counts the work handed to it. */
    static final class CountingPool extends ForkJoinPool {
        final AtomicInteger submitted = new AtomicInteger();

        CountingPool() {
            super(2);
        }

        @Override
        public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
            submitted.incrementAndGet();
            return super.submit(task);
        }
    }

    private final CountingPool pool = new CountingPool();

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    /** 3,000 distinct values: enough that keys are derived by a parallel stream. */
    private static Table table(String prefix) {
        Table.Builder b = Table.builder("id", "x");
        for (int i = 0; i < 3000; i++) {
            b.addRow(prefix + i, "v" + i);
        }
        return b.build();
    }

    private static LinkageModel model() {
        return LinkageModel.builder().idColumn("id").blockOn(KeyRef.of("x", "noted"))
                .comparison(Comparison.of("x", "x", "noted", ComparisonLevel.nullLevel(), ComparisonLevel.exact(),
                        ComparisonLevel.otherwise()))
                .build();
    }

    @Test
    void keysAreDerivedInTheHostsPoolOnly() {
        PoolsSeen seen = new PoolsSeen();
        KeyFunctions noting = KeyFunctions.standard().with("noted", v -> {
            seen.note();
            return v;
        });
        Linker linker = Linker.of(model(), table("l"), table("r"), noting, pool);
        assertThat(seen.pools()).containsExactly(pool);
        assertThat(linker.pool()).containsSame(pool);
    }

    @Test
    void scoringAndCountingAreHandedToTheHostsPoolWithTheSameResult() {
        Linker plain = Linker.of(model(), table("l"), table("r"), KeyFunctions.standard().with("noted", v -> v));
        Linker bounded = plain.withPool(pool);
        int before = pool.submitted.get();
        List<ScoredPair> pairs = bounded.pairs(0.0);
        assertThat(pool.submitted.get()).isGreaterThan(before);

        before = pool.submitted.get();
        assertThat(bounded.candidatePairCount()).isEqualTo(3000);
        assertThat(bounded.stream(0.0).count()).isEqualTo(3000);
        assertThat(pool.submitted.get()).isGreaterThanOrEqualTo(before + 2);

        assertThat(pairs).isEqualTo(plain.pairs(0.0));
        assertThat(plain.pool()).isEmpty();
    }
}
