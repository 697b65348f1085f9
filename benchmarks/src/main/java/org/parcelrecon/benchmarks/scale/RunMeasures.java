package org.parcelrecon.benchmarks.scale;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the scale runs measure besides time: the peak live heap (the largest heap occupancy right after a garbage
 * collection: the live data, the figure that must fit the heap; the pools' own peaks add up garbage from different
 * moments and overstate it) and the peak resident memory.
 */
final class RunMeasures {
    private static final AtomicLong PEAK_LIVE = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (notification.getType().equals(com.sun.management.GarbageCollectionNotificationInfo
                            .GARBAGE_COLLECTION_NOTIFICATION)) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) notification.getUserData());
                        long used = 0;
                        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (isHeap(e.getKey())) {
                                used += e.getValue().getUsed();
                            }
                        }
                        PEAK_LIVE.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private RunMeasures() {
    }

    /** Starts watching the garbage collections (loads this class, which registers the listeners). */
    static void start() {
        // the static initialiser does the work
    }

    /** The peak live heap so far, in bytes. */
    static long peakLiveHeap() {
        return PEAK_LIVE.get();
    }

    /** The peak resident set size of this process, as /proc says it ({@code "4430004 kB"}), or {@code "n/a"}. */
    static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
        return "n/a";
    }

    private static boolean isHeap(String pool) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getName().equals(pool)) {
                return p.getType() == MemoryType.HEAP;
            }
        }
        return false;
    }
}
