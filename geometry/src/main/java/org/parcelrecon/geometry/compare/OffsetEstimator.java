package org.parcelrecon.geometry.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Estimates the systematic shift between two surveys in two steps.
 *
 * <ol>
 *   <li><b>Mode of candidate shifts.</b> For a sample of old parcels, every new parcel within the search radius with
 *       a similar area and envelope gives a candidate shift (centroid to centroid). Wrong neighbours scatter; the
 *       true shift piles up. The densest 3 × 3 block of a grid of shifts (cell = max(shape tolerance, 0.5 m)) wins,
 *       and the median of its shifts is the first estimate.</li>
 *   <li><b>One refinement.</b> After that shift, each sampled old parcel takes the nearest new parcel of similar
 *       area within two cells; pairs with IoU ≥ 0.8 are "plainly corresponding", and the median of their residual
 *       centroid shifts corrects the estimate.</li>
 * </ol>
 * Both steps run on an even sample of the whole map, and, per sheet, on up to 30 parcels of each old sheet; a
 * sheet keeps its own estimate when it rests on at least the minimum number of pairs.
 */
final class OffsetEstimator {
    private static final int GLOBAL_SAMPLE = 4000;
    private static final int SHEET_SAMPLE = 30;
    private static final double AREA_RATIO = 0.85;
    private static final double MIN_IOU = 0.8;

    private final Geometry[] old;
    private final Geometry[] nu;
    private final String[] oldSheets;
    private final double[] oldArea;
    private final double[] newArea;
    private final double[][] oldCentroid;
    private final double[][] newCentroid;
    private final STRtree newIndex;
    private final CompareOptions options;
    private final double cell;

    OffsetEstimator(Geometry[] old, Geometry[] nu, String[] oldSheets, double[] oldArea, double[] newArea,
                    double[][] oldCentroid, double[][] newCentroid, STRtree newIndex, CompareOptions options) {
        this.old = old;
        this.nu = nu;
        this.oldSheets = oldSheets;
        this.oldArea = oldArea;
        this.newArea = newArea;
        this.oldCentroid = oldCentroid;
        this.newCentroid = newCentroid;
        this.newIndex = newIndex;
        this.options = options;
        this.cell = Math.max(options.shapeTolerance(), 0.5);
    }

    /** The map's offset first, then the sheets that have their own, in sheet order. */
    List<OffsetEstimate> estimate() {
        if (options.offsetMode() == CompareOptions.OffsetMode.NONE || old.length == 0 || nu.length == 0) {
            return List.of(new OffsetEstimate("*", 0, 0, 0, 0));
        }
        List<OffsetEstimate> out = new ArrayList<>();
        out.add(estimate("*", globalSample()));
        if (options.offsetMode() == CompareOptions.OffsetMode.PER_SHEET) {
            for (Map.Entry<String, int[]> e : sheetSamples().entrySet()) {
                if (e.getValue().length >= options.minPairsPerSheet()) {
                    OffsetEstimate sheet = estimate(e.getKey(), e.getValue());
                    if (sheet.pairs() >= options.minPairsPerSheet()) {
                        out.add(sheet);
                    }
                }
            }
        }
        return out;
    }

    /** Both steps on one sample. */
    private OffsetEstimate estimate(String scope, int[] sample) {
        double[] first = mode(sample);
        double[][] residuals = new double[sample.length][];
        IntStream.range(0, sample.length).parallel().forEach(s -> residuals[s] = residual(sample[s], first));
        List<double[]> found = new ArrayList<>();
        for (double[] r : residuals) {
            if (r != null) {
                found.add(r);
            }
        }
        return estimate(scope, first, found);
    }

    private static OffsetEstimate estimate(String scope, double[] first, List<double[]> residuals) {
        if (residuals.isEmpty()) {
            return new OffsetEstimate(scope, first[0], first[1], 0, 0);
        }
        double mx = median(residuals, 0);
        double my = median(residuals, 1);
        double[] dist = new double[residuals.size()];
        for (int i = 0; i < dist.length; i++) {
            dist[i] = Math.hypot(residuals.get(i)[0] - mx, residuals.get(i)[1] - my);
        }
        Arrays.sort(dist);
        return new OffsetEstimate(scope, first[0] + mx, first[1] + my, residuals.size(), dist[dist.length / 2]);
    }

    /** About GLOBAL_SAMPLE old parcels with area, evenly spread over the map. */
    private int[] globalSample() {
        int step = Math.max(1, old.length / GLOBAL_SAMPLE);
        return IntStream.iterate(0, i -> i < old.length, i -> i + step).filter(i -> oldArea[i] > 0).toArray();
    }

    /** Up to SHEET_SAMPLE old parcels with area per sheet, evenly spread, by sheet. */
    private Map<String, int[]> sheetSamples() {
        Map<String, List<Integer>> bySheet = new TreeMap<>();
        for (int i = 0; i < old.length; i++) {
            if (oldSheets[i] != null && oldArea[i] > 0) {
                bySheet.computeIfAbsent(oldSheets[i], k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> out = new TreeMap<>();
        for (Map.Entry<String, List<Integer>> e : bySheet.entrySet()) {
            List<Integer> members = e.getValue();
            int step = Math.max(1, members.size() / SHEET_SAMPLE);
            out.put(e.getKey(), IntStream.iterate(0, j -> j < members.size(), j -> j + step)
                    .map(members::get).toArray());
        }
        return out;
    }

    /** Step 1: the densest block of candidate shifts; its median shift. */
    private double[] mode(int[] sample) {
        double max = options.maxOffset();
        List<double[]> shifts = new ArrayList<>();
        for (int i : sample) {
            Envelope ei = old[i].getEnvelopeInternal();
            Envelope search = new Envelope(ei);
            search.expandBy(max);
            for (Object o : newIndex.query(search)) {
                int k = (Integer) o;
                double ratio = newArea[k] / oldArea[i];
                if (ratio < AREA_RATIO || ratio > 1 / AREA_RATIO) {
                    continue;
                }
                Envelope ek = nu[k].getEnvelopeInternal();
                if (!similar(ei.getWidth(), ek.getWidth()) || !similar(ei.getHeight(), ek.getHeight())) {
                    continue;
                }
                double dx = newCentroid[k][0] - oldCentroid[i][0];
                double dy = newCentroid[k][1] - oldCentroid[i][1];
                if (Math.hypot(dx, dy) <= max) {
                    shifts.add(new double[] {dx, dy});
                }
            }
        }
        if (shifts.isEmpty()) {
            return new double[] {0, 0};
        }
        TreeMap<Long, Integer> counts = new TreeMap<>();
        for (double[] s : shifts) {
            counts.merge(key(cellOf(s[0]), cellOf(s[1])), 1, Integer::sum);
        }
        long best = 0;
        int bestCount = -1;
        double bestNorm = Double.MAX_VALUE;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            int cx = (int) (e.getKey() >> 32);
            int cy = (int) (long) e.getKey();
            int block = 0;
            for (int ox = -1; ox <= 1; ox++) {
                for (int oy = -1; oy <= 1; oy++) {
                    block += counts.getOrDefault(key(cx + ox, cy + oy), 0);
                }
            }
            double norm = Math.hypot(cx, cy);
            if (block > bestCount || (block == bestCount && norm < bestNorm)) {
                best = e.getKey();
                bestCount = block;
                bestNorm = norm;
            }
        }
        int bx = (int) (best >> 32);
        int by = (int) best;
        List<double[]> inBlock = new ArrayList<>();
        for (double[] s : shifts) {
            if (Math.abs(cellOf(s[0]) - bx) <= 1 && Math.abs(cellOf(s[1]) - by) <= 1) {
                inBlock.add(s);
            }
        }
        return new double[] {median(inBlock, 0), median(inBlock, 1)};
    }

    /** Step 2 for one sampled parcel: its residual shift to a plainly corresponding new parcel, or null. */
    private double[] residual(int i, double[] offset) {
        double cx = oldCentroid[i][0] + offset[0];
        double cy = oldCentroid[i][1] + offset[1];
        Envelope search = new Envelope(cx, cx, cy, cy);
        search.expandBy(2 * cell);
        int best = -1;
        double bestDistance = 2 * cell;
        for (Object o : newIndex.query(search)) {
            int k = (Integer) o;
            double ratio = newArea[k] / oldArea[i];
            if (ratio < AREA_RATIO || ratio > 1 / AREA_RATIO) {
                continue;
            }
            double d = Math.hypot(newCentroid[k][0] - cx, newCentroid[k][1] - cy);
            if (d <= bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (best < 0) {
            return null;
        }
        Geometry shifted = AffineTransformation.translationInstance(offset[0], offset[1]).transform(old[i]);
        double inter;
        try {
            inter = OverlayNGRobust.overlay(shifted, nu[best], OverlayNG.INTERSECTION).getArea();
        } catch (RuntimeException e) {
            return null;
        }
        double iou = inter / (oldArea[i] + newArea[best] - inter);
        if (iou < MIN_IOU) {
            return null;
        }
        return new double[] {newCentroid[best][0] - cx, newCentroid[best][1] - cy};
    }

    private boolean similar(double a, double b) {
        return Math.abs(a - b) <= 0.15 * Math.max(a, b) + 2 * cell;
    }

    private int cellOf(double v) {
        return (int) Math.floor(v / cell);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xFFFFFFFFL);
    }

    private static double median(List<double[]> values, int axis) {
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i)[axis];
        }
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
