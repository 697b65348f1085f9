package org.parcelrecon.core.testdata;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/** Notes the fork-join pool of each thread that calls it: tests prove with it that work ran in a host's pool only. */
public final class PoolsSeen {
    private final Set<Object> pools = ConcurrentHashMap.newKeySet();

    /** Notes the calling thread's pool; a thread outside any pool is noted by its name. */
    public void note() {
        ForkJoinPool p = ForkJoinTask.getPool();
        pools.add(p == null ? "no pool: " + Thread.currentThread().getName() : p);
    }

    /** {@return the pools noted so far, and the names of the threads outside any} */
    public Set<Object> pools() {
        return Set.copyOf(pools);
    }
}
