package org.parcelrecon.core.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.testdata.PoolsSeen;

class ParallelWorkTest {
    @Test
    void parallelStreamsOfTheWorkRunInTheHostsPoolOnly() {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            PoolsSeen seen = new PoolsSeen();
            int sum = ParallelWork.in(Optional.of(pool), () -> IntStream.range(0, 10_000).parallel()
                    .peek(i -> seen.note()).sum());
            assertThat(sum).isEqualTo(49_995_000);
            assertThat(seen.pools()).containsExactly(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutAPoolTheWorkRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        assertThat(ParallelWork.in(Optional.empty(), Thread::currentThread)).isSameAs(caller);
    }

    @Test
    void aCallFromInsideThePoolRunsInPlace() {
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            boolean sameThread = ParallelWork.in(Optional.of(pool), () -> {
                Thread outer = Thread.currentThread();
                return ParallelWork.in(Optional.of(pool), Thread::currentThread) == outer;
            });
            assertThat(sameThread).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theWorksUncheckedExceptionReachesTheCallerWithItsType() {
        ForkJoinPool pool = new ForkJoinPool(1);
        IllegalArgumentException thrown = new IllegalArgumentException("bad model");
        try {
            assertThatThrownBy(() -> ParallelWork.in(Optional.of(pool), () -> {
                throw thrown;
            })).isSameAs(thrown);
        } finally {
            pool.shutdownNow();
        }
    }
}
