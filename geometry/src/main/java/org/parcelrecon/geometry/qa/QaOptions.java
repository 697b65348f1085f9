package org.parcelrecon.geometry.qa;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;

/**
 * Tolerances for map QA, in metres and square metres of a projected CRS. Immutable: each {@code with...} method
 * returns a new instance, so {@link #DEFAULTS} is safe to share.
 *
 * <table>
 *   <caption>defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>overlap min area</td><td>1.0 m²</td><td>overlaps up to this area are digitising noise, not reported</td></tr>
 *   <tr><td>gap max width</td><td>1.0 m</td><td>holes in the coverage at most this wide (largest inscribed circle)
 *       are gaps; wider holes are unmapped land (roads, water) and not reported; 0 turns gap search off</td></tr>
 *   <tr><td>gap min area</td><td>0.01 m²</td><td>smaller holes are numerical noise</td></tr>
 *   <tr><td>sliver max width</td><td>0.5 m</td><td>a polygon whose mean width 2·area/perimeter is below this ...</td></tr>
 *   <tr><td>sliver max compactness</td><td>0.2</td><td>... and whose compactness 4π·area/perimeter² is below
 *       this (1 for a circle, 0.785 for a square, 0.09 for a 10 × 0.3 m strip) is a sliver</td></tr>
 *   <tr><td>area tolerance</td><td>5 %</td><td>map area vs recorded area, relative to the recorded one ...</td></tr>
 *   <tr><td>area tolerance m²</td><td>0 m²</td><td>... and absolute: a mismatch must exceed both</td></tr>
 * </table>
 *
 * <pre>{@code
 * QaOptions strict = QaOptions.DEFAULTS.withOverlapMinArea(0.1).withAreaTolerance(2.0, 0.5);
 * }</pre>
 *
 * <p>Thread-safe; the phase listener and the pool are the caller's.
 */
public final class QaOptions {
    /** The defaults in the table above. */
    public static final QaOptions DEFAULTS = new QaOptions(1.0, 1.0, 0.01, 0.5, 0.2, 5.0, 0.0,
            (phase, elapsed) -> { }, Optional.empty());

    private final double overlapMinArea;
    private final double gapMaxWidth;
    private final double gapMinArea;
    private final double sliverMaxWidth;
    private final double sliverMaxCompactness;
    private final double areaTolerancePercent;
    private final double areaToleranceM2;
    private final BiConsumer<String, Duration> phaseListener;
    private final Optional<ForkJoinPool> pool;

    private QaOptions(double overlapMinArea, double gapMaxWidth, double gapMinArea, double sliverMaxWidth,
                      double sliverMaxCompactness, double areaTolerancePercent, double areaToleranceM2,
                      BiConsumer<String, Duration> phaseListener, Optional<ForkJoinPool> pool) {
        this.overlapMinArea = nonNegative(overlapMinArea, "overlapMinArea");
        this.gapMaxWidth = nonNegative(gapMaxWidth, "gapMaxWidth");
        this.gapMinArea = nonNegative(gapMinArea, "gapMinArea");
        this.sliverMaxWidth = nonNegative(sliverMaxWidth, "sliverMaxWidth");
        this.sliverMaxCompactness = nonNegative(sliverMaxCompactness, "sliverMaxCompactness");
        this.areaTolerancePercent = nonNegative(areaTolerancePercent, "areaTolerancePercent");
        this.areaToleranceM2 = nonNegative(areaToleranceM2, "areaToleranceM2");
        this.phaseListener = Objects.requireNonNull(phaseListener, "phaseListener");
        this.pool = pool;
    }

    private static double nonNegative(double v, String name) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + v);
        }
        return v;
    }

    /**
     * {@return options reporting overlaps larger than this area (m²)}
     *
     * @param m2 the area, at least 0
     */
    public QaOptions withOverlapMinArea(double m2) {
        return new QaOptions(m2, gapMaxWidth, gapMinArea, sliverMaxWidth, sliverMaxCompactness, areaTolerancePercent,
                areaToleranceM2, phaseListener, pool);
    }

    /**
     * {@return options reporting holes at most {@code maxWidth} m wide and at least {@code minArea} m² as gaps}
     *
     * @param maxWidth the widest hole that is a gap, in metres; 0 turns gap search off
     * @param minArea the smallest hole that is a gap, in m²
     */
    public QaOptions withGaps(double maxWidth, double minArea) {
        return new QaOptions(overlapMinArea, maxWidth, minArea, sliverMaxWidth, sliverMaxCompactness,
                areaTolerancePercent, areaToleranceM2, phaseListener, pool);
    }

    /**
     * {@return options calling slivers the polygons thinner than {@code maxWidth} m and less compact than given}
     *
     * @param maxWidth the mean width below which a polygon may be a sliver, in metres
     * @param maxCompactness the compactness below which it is one, 0 to 1
     */
    public QaOptions withSliver(double maxWidth, double maxCompactness) {
        return new QaOptions(overlapMinArea, gapMaxWidth, gapMinArea, maxWidth, maxCompactness, areaTolerancePercent,
                areaToleranceM2, phaseListener, pool);
    }

    /**
     * {@return options reporting area mismatches beyond both {@code percent} of the recorded area and {@code m2}}
     *
     * @param percent the relative tolerance, in percent of the recorded area
     * @param m2 the absolute tolerance, in m²
     */
    public QaOptions withAreaTolerance(double percent, double m2) {
        return new QaOptions(overlapMinArea, gapMaxWidth, gapMinArea, sliverMaxWidth, sliverMaxCompactness, percent,
                m2, phaseListener, pool);
    }

    /**
     * {@return options that report each phase of a check to {@code listener} as it ends, with its wall-clock
     * time} The phases are {@code repair} (validity, repair, slivers, areas), {@code index}, {@code overlaps},
     * {@code gaps} and {@code attributes} (numbers, ids, recorded areas). Called on the thread that runs the check
     * (the caller's, or one of {@link #pool()}'s), in that order. For progress and measurement only: the result does
     * not depend on it.
     *
     * @param listener receives each phase's name and wall-clock time
     */
    public QaOptions withPhaseListener(BiConsumer<String, Duration> listener) {
        return new QaOptions(overlapMinArea, gapMaxWidth, gapMinArea, sliverMaxWidth, sliverMaxCompactness,
                areaTolerancePercent, areaToleranceM2, Objects.requireNonNull(listener, "listener"), pool);
    }

    /**
     * Options that run a check, and every parallel stream it starts, in {@code pool} instead of the calling
     * thread's pool: a host server bounds the CPU one check takes with {@code new ForkJoinPool(n)}. The caller
     * waits for the result, which is the same in any pool.
     *
     * @param pool the host's pool; a check never shuts it down
     * @return these options, running in {@code pool}
     */
    public QaOptions withPool(ForkJoinPool pool) {
        return new QaOptions(overlapMinArea, gapMaxWidth, gapMinArea, sliverMaxWidth, sliverMaxCompactness,
                areaTolerancePercent, areaToleranceM2, phaseListener,
                Optional.of(Objects.requireNonNull(pool, "pool")));
    }

    /**
     * The pool checks run in; empty (the default) to run in the calling thread's fork-join pool, or the common
     * pool when the caller is not a fork-join worker.
     *
     * @return the pool given to {@link #withPool(ForkJoinPool)}
     */
    public Optional<ForkJoinPool> pool() {
        return pool;
    }

    /** {@return the phase listener (a no-op unless set)} */
    public BiConsumer<String, Duration> phaseListener() {
        return phaseListener;
    }

    /** {@return the area up to which an overlap is noise, in m²} */
    public double overlapMinArea() {
        return overlapMinArea;
    }

    /** {@return the widest hole reported as a gap, in metres (0: gaps are not searched)} */
    public double gapMaxWidth() {
        return gapMaxWidth;
    }

    /** {@return the smallest hole reported as a gap, in m²} */
    public double gapMinArea() {
        return gapMinArea;
    }

    /** {@return the mean width below which a polygon may be a sliver, in metres} */
    public double sliverMaxWidth() {
        return sliverMaxWidth;
    }

    /** {@return the compactness below which a thin polygon is a sliver} */
    public double sliverMaxCompactness() {
        return sliverMaxCompactness;
    }

    /** {@return the relative area tolerance, in percent of the recorded area} */
    public double areaTolerancePercent() {
        return areaTolerancePercent;
    }

    /** {@return the absolute area tolerance, in m²} */
    public double areaToleranceM2() {
        return areaToleranceM2;
    }
}
