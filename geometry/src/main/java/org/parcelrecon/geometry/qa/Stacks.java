package org.parcelrecon.geometry.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.parcelrecon.geometry.io.ParcelFeature;

/**
 * Finds stacks: parcels whose polygons are the same to the centimetre (the same vertices in any ring order and
 * start point, each rounded to {@link #GRID} metres), e.g. a feature exported many times over. A stack is checked
 * once, as its first parcel, so that {@code k} stacked polygons cost one overlap search and one finding instead of
 * {@code k²/2} of each.
 *
 * <p>Linear: polygons are compared only when their envelopes round to the same grid cells, which in a real map is
 * almost never; only those are normalised and compared vertex by vertex.
 */
final class Stacks {
    /** The grid polygons are compared on (metres). */
    static final double GRID = 0.01;

    private Stacks() {
    }

    /**
     * For each parcel, the index of the first parcel of its stack (itself when it is the first, or alone). Empty
     * geometries are never stacked.
     */
    static int[] firsts(ParcelFeature[] parcels) {
        int n = parcels.length;
        int[] first = new int[n];
        // parcels sorted by a hash of their envelope on the grid (in map order where it is equal): only runs of one
        // hash can hold a stack, and they are short and rare; no map entry per parcel
        long[] byEnvelope = new long[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            first[i] = i;
            Geometry g = parcels[i].geometry();
            if (!g.isEmpty()) {
                byEnvelope[count++] = (long) EnvelopeKey.of(g.getEnvelopeInternal()).hashCode() << 32 | i;
            }
        }
        Arrays.sort(byEnvelope, 0, count);
        for (int from = 0; from < count; ) {
            int to = from + 1;
            while (to < count && byEnvelope[to] >>> 32 == byEnvelope[from] >>> 32) {
                to++;
            }
            if (to - from > 1) {
                Map<EnvelopeKey, List<Integer>> same = new LinkedHashMap<>();
                for (int k = from; k < to; k++) {
                    int i = (int) byEnvelope[k];
                    same.computeIfAbsent(EnvelopeKey.of(parcels[i].geometry().getEnvelopeInternal()),
                            e -> new ArrayList<>(2)).add(i);
                }
                for (List<Integer> group : same.values()) {
                    stack(parcels, group, first);
                }
            }
            from = to;
        }
        return first;
    }

    /** Marks the parcels of {@code same} (in map order) that are the same shape as an earlier one of them. */
    private static void stack(ParcelFeature[] parcels, List<Integer> same, int[] first) {
        if (same.size() < 2) {
            return;
        }
        Map<ShapeKey, Integer> firstOfShape = new HashMap<>();
        for (int i : same) {
            Integer earlier = firstOfShape.putIfAbsent(ShapeKey.of(parcels[i].geometry()), i);
            if (earlier != null) {
                first[i] = earlier;
            }
        }
    }

    private static long cell(double v) {
        return Math.round(v / GRID);
    }

    private record EnvelopeKey(long minX, long minY, long maxX, long maxY) {
        static EnvelopeKey of(Envelope e) {
            return new EnvelopeKey(cell(e.getMinX()), cell(e.getMinY()), cell(e.getMaxX()), cell(e.getMaxY()));
        }
    }

    /** The normalised polygon's vertices on the grid, with its part and ring structure. */
    private static final class ShapeKey {
        private final long[] cells;
        private final int hash;

        private ShapeKey(long[] cells) {
            this.cells = cells;
            this.hash = Arrays.hashCode(cells);
        }

        static ShapeKey of(Geometry g) {
            Geometry normal = g.norm();
            Coordinate[] cs = normal.getCoordinates();
            long[] cells = new long[2 * cs.length + 1 + normal.getNumGeometries()];
            int k = 0;
            cells[k++] = normal.getNumGeometries();
            for (int p = 0; p < normal.getNumGeometries(); p++) {
                cells[k++] = normal.getGeometryN(p).getNumPoints();
            }
            for (Coordinate c : cs) {
                cells[k++] = cell(c.x);
                cells[k++] = cell(c.y);
            }
            return new ShapeKey(cells);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ShapeKey other && hash == other.hash && Arrays.equals(cells, other.cells);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
