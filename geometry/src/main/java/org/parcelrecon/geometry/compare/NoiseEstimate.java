package org.parcelrecon.geometry.compare;

/**
 * How far apart two surveys draw the same, unchanged boundary: the digitising (or quantisation) noise of a map pair,
 * measured on its plainly corresponding parcels after the offset is removed. A shape tolerance inside this noise
 * reads noise as change: a 1:1 pair is UNCHANGED when its Hausdorff distance, its largest vertex distance, is within
 * the tolerance.
 *
 * <p>The sample: 1:1 pairs (each the other's only significant overlap, neither repaired nor repeated) with IoU at
 * least 0.9 and at most 128 vertices a side, evenly spread over the map, at most 2,000 pairs. For each vertex of
 * either parcel (the old one shifted by its offset), its distance to the other parcel's boundary; per pair, the
 * largest of them. Boundaries that really moved are in the sample too, but they are few (a fraction of a percent
 * on real maps), so the 99th percentile still describes the noise.
 *
 * <p>Measured: Cambridge FY2013 x FY2014 (published quantised to a 0.78 m × 0.56 m grid): vertex distances median
 * 0.08 m, P99 0.46 m; pair maxima median 0.35 m, P99 0.54 m, so the suggested tolerance is 0.60 m, where 40 of
 * the 745 MODIFIED at the default 0.5 m remain (133 at 0.55 m, 37 at 0.65 m, 30 at 1 m: the noise ends near
 * 0.6 m). A generated province (seed 3, 20,000 parcels): pair maxima P99 0.26 m, suggested 0.30 m, inside the
 * default 0.5 m.
 *
 * @param pairs         the number of pairs sampled (0: none, every figure 0)
 * @param vertices      the number of vertex distances
 * @param median        the median vertex distance (m)
 * @param p95           its 95th percentile (m)
 * @param p99           its 99th percentile (m)
 * @param pairMedian    the median of the pairs' largest vertex distances (m)
 * @param pairP99       their 99th percentile (m): the Hausdorff distance that 99 % of unchanged pairs stay within
 */
public record NoiseEstimate(int pairs, int vertices, double median, double p95, double p99, double pairMedian,
                            double pairP99) {
    /** No pairs to estimate from. */
    public static final NoiseEstimate NONE = new NoiseEstimate(0, 0, 0, 0, 0, 0, 0);

    /**
     * {@return the smallest shape tolerance that keeps this noise out: {@link #pairP99()} plus 10 %, rounded up to the
     * next
     * 0.05 m; 0 when nothing was sampled} The margin is there because the 1 % of unchanged pairs beyond the 99th
     * percentile are still mostly noise (a bounded error has a short tail: on Cambridge, 0.55 m still leaves 133
     * MODIFIED, 0.60 m leaves 40).
     */
    public double suggestedTolerance() {
        return pairs == 0 ? 0 : Math.ceil(1.1 * pairP99 / 0.05 - 1e-9) * 0.05;
    }

    /**
     * {@return whether a shape tolerance sits inside the noise (below {@link #suggestedTolerance()})}
     *
     * @param shapeTolerance a shape tolerance in metres
     */
    public boolean isInside(double shapeTolerance) {
        return pairs > 0 && shapeTolerance < suggestedTolerance() - 1e-9;
    }
}
