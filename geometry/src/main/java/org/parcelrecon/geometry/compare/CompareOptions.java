package org.parcelrecon.geometry.compare;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;

/**
 * Tolerances and choices for comparing two survey periods. Immutable: each {@code with...} method returns a new
 * instance, so {@link #DEFAULTS} is safe to share. Units are metres of a projected CRS.
 *
 * <table>
 *   <caption>defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>shape tolerance</td><td>0.5 m</td><td>a 1:1 pair whose Hausdorff distance is within it is UNCHANGED;
 *       vertices within it match on the fast path; overlaps thinner than it (mean width 2·area/perimeter) are
 *       noise unless they cover half the smaller parcel. Raise it for coarse or quantised data (Cambridge's
 *       TopoJSON-derived maps need about 1 m).</td></tr>
 *   <tr><td>min overlap fraction</td><td>0.01</td><td>an overlap (wider than the shape tolerance) counts
 *       when it covers at least this share of the smaller of the two parcels; it then joins them into a group
 *       unless it is a moved boundary between two parcels that kept their identity (see {@link MapComparison}).
 *       Small on purpose: digitising noise is already told apart by its width, and a re-parcelled block whose new
 *       line leaves an old one at a slant hands over a wedge of only 2-5 % of a lot.</td></tr>
 *   <tr><td>offset mode</td><td>{@link OffsetMode#PER_SHEET}</td><td>how the systematic shift is estimated</td></tr>
 *   <tr><td>max offset</td><td>50 m</td><td>the largest shift searched for</td></tr>
 *   <tr><td>min pairs per sheet</td><td>10</td><td>a sheet (within its commune) or a commune needs this
 *       many corresponding pairs for its own offset; otherwise a parcel takes its commune's, else the map's</td></tr>
 * </table>
 *
 * <p>Thread-safe; the phase listener and the pool are the caller's.
 */
public final class CompareOptions {
    /** How the offset between the surveys is estimated. */
    public enum OffsetMode {
        /** Assume none. */
        NONE,
        /** One translation for the whole map. */
        GLOBAL,
        /**
         * One translation per old-map sheet within its commune with enough corresponding pairs; else the
         * commune's, else the map's (see {@link MapComparison} for how the commune attribute is found).
         */
        PER_SHEET
    }

    /** The defaults in the table above. */
    public static final CompareOptions DEFAULTS = new CompareOptions(0.5, 0.01, OffsetMode.PER_SHEET, 50, 10,
            (phase, elapsed) -> { }, false, Optional.empty(), false);

    private final double shapeTolerance;
    private final double minOverlapFraction;
    private final OffsetMode offsetMode;
    private final double maxOffset;
    private final int minPairsPerSheet;
    private final BiConsumer<String, Duration> phaseListener;
    private final boolean idsAreNumbers;
    private final Optional<ForkJoinPool> pool;
    private final boolean plainOffsetSearch;

    private CompareOptions(double shapeTolerance, double minOverlapFraction, OffsetMode offsetMode, double maxOffset,
                           int minPairsPerSheet, BiConsumer<String, Duration> phaseListener, boolean idsAreNumbers,
                           Optional<ForkJoinPool> pool, boolean plainOffsetSearch) {
        if (!(shapeTolerance > 0) || Double.isInfinite(shapeTolerance)) {
            throw new IllegalArgumentException("shapeTolerance must be a finite number > 0 m, got " + shapeTolerance);
        }
        if (!(minOverlapFraction > 0 && minOverlapFraction < 1)) {
            throw new IllegalArgumentException("minOverlapFraction must be in (0, 1), got " + minOverlapFraction);
        }
        if (!(maxOffset >= 0) || Double.isInfinite(maxOffset)) {
            throw new IllegalArgumentException("maxOffset must be a finite number >= 0 m, got " + maxOffset);
        }
        if (minPairsPerSheet < 1) {
            throw new IllegalArgumentException("minPairsPerSheet must be >= 1, got " + minPairsPerSheet);
        }
        this.shapeTolerance = shapeTolerance;
        this.minOverlapFraction = minOverlapFraction;
        this.offsetMode = Objects.requireNonNull(offsetMode, "offsetMode");
        this.maxOffset = maxOffset;
        this.minPairsPerSheet = minPairsPerSheet;
        this.phaseListener = Objects.requireNonNull(phaseListener, "phaseListener");
        this.idsAreNumbers = idsAreNumbers;
        this.pool = pool;
        this.plainOffsetSearch = plainOffsetSearch;
    }

    /**
     * {@return options with this shape tolerance (m)}
     *
     * @param metres the tolerance, a finite number above 0
     */
    public CompareOptions withShapeTolerance(double metres) {
        return new CompareOptions(metres, minOverlapFraction, offsetMode, maxOffset, minPairsPerSheet, phaseListener,
                idsAreNumbers, pool, plainOffsetSearch);
    }

    /**
     * {@return options grouping parcels whose overlap covers at least this share of the smaller one}
     *
     * @param fraction a share of the smaller parcel's area, between 0 and 1 (both excluded)
     */
    public CompareOptions withMinOverlapFraction(double fraction) {
        return new CompareOptions(shapeTolerance, fraction, offsetMode, maxOffset, minPairsPerSheet, phaseListener,
                idsAreNumbers, pool, plainOffsetSearch);
    }

    /**
     * {@return options estimating the offset this way, searching shifts up to {@code maxOffset} m}
     *
     * @param mode how the offset is estimated
     * @param maxOffsetMetres the largest shift searched for, finite and at least 0
     */
    public CompareOptions withOffset(OffsetMode mode, double maxOffsetMetres) {
        return new CompareOptions(shapeTolerance, minOverlapFraction, mode, maxOffsetMetres, minPairsPerSheet, phaseListener,
                idsAreNumbers, pool, plainOffsetSearch);
    }

    /**
     * {@return options giving a sheet or commune its own offset only from this many corresponding pairs}
     *
     * @param pairs the fewest pairs a sheet or commune needs, at least 1
     */
    public CompareOptions withMinPairsPerSheet(int pairs) {
        return new CompareOptions(shapeTolerance, minOverlapFraction, offsetMode, maxOffset, pairs, phaseListener,
                idsAreNumbers, pool, plainOffsetSearch);
    }

    /**
     * {@return options that report each phase of a comparison to {@code listener} as it ends, with its wall-clock
     * time} The phases are {@code prepare} (validity, repair, areas), {@code index} (STRtree, pieces of big parcels),
     * {@code offset}, {@code join} (overlaps of old and new parcels), {@code group} (grouping and classification) and
     * {@code noise} (the digitising noise estimate, {@link NoiseEstimate}). Called on the thread that runs the
     * comparison (the caller's, or one of {@link #pool()}'s), in that order. For measurement only: the result does
     * not depend on it. The phases are also logged at DEBUG through slf4j.
     *
     * @param listener receives each phase's name and wall-clock time
     */
    public CompareOptions withPhaseListener(BiConsumer<String, Duration> listener) {
        Objects.requireNonNull(listener, "listener");
        return new CompareOptions(shapeTolerance, minOverlapFraction, offsetMode, maxOffset, minPairsPerSheet,
                listener, idsAreNumbers, pool, plainOffsetSearch);
    }

    /**
     * {@return options saying whether the parcel ids are numbers both maps share (as when the caller named the id
     * attribute,
     * e.g. Cambridge's map-lot {@code ML}): then a parcel's identity across the surveys is its id, so
     * {@link ChangeGroup#renumbered()} and the kept-number evidence for moved boundaries compare ids instead of
     * sheet/plot attributes} Default false: ids are per-map row ids and sheet/plot numbers carry identity. Made-up
     * ids of id-less features ({@code ParcelFeature.idMissing()}) never count as numbers.
     *
     * @param idsAreNumbers true when ids carry identity across the surveys
     */
    public CompareOptions withIdsAsNumbers(boolean idsAreNumbers) {
        return new CompareOptions(shapeTolerance, minOverlapFraction, offsetMode, maxOffset, minPairsPerSheet,
                phaseListener, idsAreNumbers, pool, plainOffsetSearch);
    }

    /**
     * Options that run a comparison, and every parallel stream it starts, in {@code pool} instead of the calling
     * thread's pool: a host server bounds the CPU one comparison takes with {@code new ForkJoinPool(n)}. The
     * caller waits for the result, which is the same in any pool.
     *
     * @param pool the host's pool; a comparison never shuts it down
     * @return these options, running in {@code pool}
     */
    public CompareOptions withPool(ForkJoinPool pool) {
        return new CompareOptions(shapeTolerance, minOverlapFraction, offsetMode, maxOffset, minPairsPerSheet,
                phaseListener, idsAreNumbers, Optional.of(Objects.requireNonNull(pool, "pool")), plainOffsetSearch);
    }

    /**
     * Options whose offset search takes no shortcut ({@link OffsetEstimator}: no rounds reused from another scope,
     * no IoU test settled by a bound instead of a clip): the reference the shortcuts must agree with, for tests. The
     * result is the same.
     */
    CompareOptions withPlainOffsetSearch() {
        return new CompareOptions(shapeTolerance, minOverlapFraction, offsetMode, maxOffset, minPairsPerSheet,
                phaseListener, idsAreNumbers, pool, true);
    }

    /** Whether the offset search takes no shortcut ({@link #withPlainOffsetSearch}). */
    boolean plainOffsetSearch() {
        return plainOffsetSearch;
    }

    /**
     * The pool comparisons run in; empty (the default) to run in the calling thread's fork-join pool, or the
     * common pool when the caller is not a fork-join worker.
     *
     * @return the pool given to {@link #withPool(ForkJoinPool)}
     */
    public Optional<ForkJoinPool> pool() {
        return pool;
    }

    /**
     * {@return whether parcel ids are the numbers that carry identity across the surveys ({@link #withIdsAsNumbers})}
     */
    public boolean idsAreNumbers() {
        return idsAreNumbers;
    }

    /** {@return the phase listener (a no-op unless set)} */
    public BiConsumer<String, Duration> phaseListener() {
        return phaseListener;
    }
/** {@return the shape tolerance, in metres} */

    public double shapeTolerance() {
        return shapeTolerance;
    }
/** {@return the least share of the smaller parcel an overlap must cover to count} */

    public double minOverlapFraction() {
        return minOverlapFraction;
    }
/** {@return how the offset between the surveys is estimated} */

    public OffsetMode offsetMode() {
        return offsetMode;
    }
/** {@return the largest shift searched for, in metres} */

    public double maxOffset() {
        return maxOffset;
    }
/** {@return the fewest corresponding pairs a sheet or commune needs for its own offset} */

    public int minPairsPerSheet() {
        return minPairsPerSheet;
    }
}
