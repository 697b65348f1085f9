package org.parcelrecon.testkit.generate;

import java.util.SplittableRandom;

/**
 * Derives independent seeds from a root seed and a path of numbers (commune code, sheet number, stream), with the
 * SplitMix64 finaliser. A sheet's random streams depend only on the root seed and the sheet's path, never on other
 * sheets, so communes and sheets can be generated in any order and on any thread.
 */
final class Seeds {
    /** Streams of one sheet: each concern draws from its own, so changing one rate does not move the others. */
    static final int LAYOUT = 1;
    static final int CHANGES = 2;
    static final int DISTORTION = 3;
    static final int LAND_USE = 4;
    static final int PEOPLE = 5;
    static final int OWNERS = 6;
    static final int REGISTER = 7;
    static final int PLAN = 8;
    static final int WEIGHT = 9;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed for the path {@code parts} under {@code root}. */
    static long of(long root, long... parts) {
        long h = mix(root + GOLDEN);
        for (long p : parts) {
            h = mix(h + GOLDEN + mix(p + GOLDEN));
        }
        return h;
    }

    static SplittableRandom random(long root, long... parts) {
        return new SplittableRandom(of(root, parts));
    }

    /** A double in [0, 1) from a hash value. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }
}
