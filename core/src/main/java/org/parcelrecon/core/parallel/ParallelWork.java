package org.parcelrecon.core.parallel;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * Runs a piece of library work, and every parallel stream it starts, in a host's fork-join pool.
 *
 * <p>A parallel stream runs in the fork-join pool of the thread that starts it when that thread is a worker of
 * one, else in the JVM-wide common pool. The library's entry points that work in parallel ({@code Linker},
 * {@code MapComparison}, {@code MapQa}) take an optional pool and route their work through
 * {@link #in(Optional, Supplier)}: with a pool, the work is submitted to it and the caller waits; without one, the
 * work runs on the calling thread as before. A host server that must not let one request take every core gives
 * them one {@code new ForkJoinPool(n)} (shared or per request).
 *
 * <p>Stateless and thread-safe.
 */
public final class ParallelWork {
    private ParallelWork() {
    }

    /**
     * Runs {@code work} in {@code pool}, or on the calling thread when there is no pool or the calling thread
     * already works for that pool (so nested calls neither wait on themselves nor hop threads).
     *
     * @param pool the host's pool; empty to run where the caller runs
     * @param work the work; its parallel streams run in the same pool
     * @param <T>  what the work computes
     * @return what {@code work} returned
     * @throws RuntimeException      the very exception {@code work} threw (an {@link Error} likewise)
     * @throws CancellationException if the calling thread is interrupted while it waits (its interrupt flag is
     *                               set again, and the work is cancelled)
     */
    public static <T> T in(Optional<ForkJoinPool> pool, Supplier<T> work) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(work, "work");
        if (pool.isEmpty() || ForkJoinTask.getPool() == pool.get()) {
            return work.get();
        }
        // the fork-join machinery rethrows a copy of a failure made on another thread: keep the original
        Throwable[] thrown = new Throwable[1];
        ForkJoinTask<T> task = pool.get().submit(ForkJoinTask.adapt(() -> {
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                thrown[0] = e;
                throw e;
            }
        }));
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while waiting for the pool");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            Throwable cause = thrown[0] != null ? thrown[0] : e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
