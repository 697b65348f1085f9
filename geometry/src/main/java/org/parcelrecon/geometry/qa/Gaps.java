package org.parcelrecon.geometry.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.parcelrecon.geometry.internal.PackedTree;
import org.parcelrecon.geometry.internal.UnionFind;
import org.parcelrecon.geometry.io.ParcelFeature;

/**
 * The gap search of {@link MapQa}: the holes of the union of every parcel that are no wider than the gap width,
 * found component by component without forming that union.
 *
 * <h2>Why components</h2>
 * Parcels whose closures are disjoint end up in different polygons of the union, and a hole of the union is a hole
 * of one of its polygons, bounded by the parcels of one connected group (a block between roads, say). So the union
 * of each group of parcels that touch or overlap, directly or through others, has exactly the holes the union of
 * the whole map has there; groups are independent and run in parallel. Touching is taken from the overlap search
 * ({@code MapQa} records every pair whose closures may meet; a pair it cannot rule out counts as touching, which
 * only makes a group larger).
 *
 * <h2>Groups that need no union</h2>
 * Most groups are clean: no two of their parcels' interiors meet, and neighbours share their edges vertex for vertex.
 * Cancel every edge that another parcel has the other way round (an edge with a parcel on both sides is inside the
 * union); what is left bounds the union. When those edges form one cycle through distinct vertices, and no vertex
 * of it lies inside one of its edges (a T-junction, where the boundary could touch itself), that cycle is a simple
 * closed curve: the union is a disk and has no hole. Only the other groups (parcels with holes, overlaps, parcels
 * that do not share vertices, T-junctions) have their union computed, with OverlayNG, as the map's one union was.
 */
final class Gaps {
    /** Above this many edges left after cancelling, a group's union is computed rather than its cycle traced. */
    private static final int MAX_BOUNDARY_EDGES = 4096;

    private Gaps() {
    }

    /**
     * The gap findings, group by group in order of each group's first parcel.
     *
     * @param parcels the repaired parcels
     * @param searched whether each parcel takes part (non-empty, and the first of its stack)
     * @param touching parcels whose closures may meet, joined
     * @param overlapped whether each parcel's interior meets another searched parcel's
     * @param index the searched parcels' envelopes; item {@code k} is parcel {@code items[k]}
     * @param items the parcel of each index item
     */
    static List<MapFinding> find(ParcelFeature[] parcels, boolean[] searched, UnionFind touching,
                                 boolean[] overlapped, PackedTree index, int[] items, QaOptions options) {
        int n = parcels.length;
        int[] group = new int[n];
        int[] groupOfRoot = new int[n];
        Arrays.fill(groupOfRoot, -1);
        int groups = 0;
        for (int i = 0; i < n; i++) {
            if (searched[i]) {
                int root = touching.find(i);
                if (groupOfRoot[root] < 0) {
                    groupOfRoot[root] = groups++;
                }
                group[i] = groupOfRoot[root];
            }
        }
        int[] start = new int[groups + 1];
        for (int i = 0; i < n; i++) {
            if (searched[i]) {
                start[group[i] + 1]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] members = new int[start[groups]];
        int[] next = Arrays.copyOf(start, groups);
        for (int i = 0; i < n; i++) {
            if (searched[i]) {
                members[next[group[i]]++] = i;
            }
        }
        @SuppressWarnings("unchecked")
        List<MapFinding>[] found = new List[groups];
        IntStream.range(0, groups).parallel().forEach(g -> found[g] = gaps(parcels, members, start[g],
                start[g + 1], overlapped, index, items, options));
        List<MapFinding> all = new ArrayList<>();
        for (List<MapFinding> f : found) {
            all.addAll(f);
        }
        return all;
    }

    /** The gaps of one group, {@code members[from .. to-1]}. */
    private static List<MapFinding> gaps(ParcelFeature[] parcels, int[] members, int from, int to,
                                         boolean[] overlapped, PackedTree index, int[] items, QaOptions options) {
        if (to - from == 1) {
            Geometry g = parcels[members[from]].geometry();
            if (g instanceof Polygon p && p.getNumInteriorRing() == 0) {
                return List.of(); // a valid polygon without holes is its own union
            }
        } else if (clean(parcels, members, from, to, overlapped) && isDisk(parcels, members, from, to)) {
            return List.of();
        }
        List<Geometry> geometries = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            geometries.add(parcels[members[k]].geometry());
        }
        Geometry union = OverlayNGRobust.union(geometries);
        List<MapFinding> found = new ArrayList<>(0);
        for (int u = 0; u < union.getNumGeometries(); u++) {
            Geometry part = union.getGeometryN(u);
            if (!(part instanceof Polygon polygon)) {
                continue;
            }
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                Polygon hole = union.getFactory().createPolygon(polygon.getInteriorRingN(h).getCoordinateSequence());
                double area = hole.getArea();
                if (area < options.gapMinArea()) {
                    continue;
                }
                double width = 2 * new MaximumInscribedCircle(hole, options.gapMaxWidth() / 100).getRadiusLine()
                        .getLength();
                if (width > options.gapMaxWidth()) {
                    continue;
                }
                found.add(MapQa.finding(FindingType.GAP, around(hole, parcels, index, items), area,
                        String.format(Locale.ROOT, "gap %.3f m², width %.3f m", area, width),
                        hole.getInteriorPoint().getCoordinate()));
            }
        }
        return found;
    }

    /** Whether the group's parcels are single polygons whose interiors meet no other parcel's. */
    private static boolean clean(ParcelFeature[] parcels, int[] members, int from, int to, boolean[] overlapped) {
        for (int k = from; k < to; k++) {
            if (overlapped[members[k]] || !(parcels[members[k]].geometry() instanceof Polygon)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the union of a clean group is certainly a disk (see the class comment): the edges left after
     * cancelling those shared the other way round form one cycle through distinct vertices, none of which lies
     * inside another of its edges. False when in doubt.
     */
    static boolean isDisk(ParcelFeature[] parcels, int[] members, int from, int to) {
        Edges edges = new Edges();
        for (int k = from; k < to; k++) {
            Polygon p = (Polygon) parcels[members[k]].geometry();
            // every ring turned so that the parcel lies on its left: shell counter-clockwise, holes clockwise
            edges.addRing(p.getExteriorRing(), true);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                edges.addRing(p.getInteriorRingN(h), false);
            }
        }
        int[] free = edges.unshared();
        if (free == null || free.length == 0 || free.length > MAX_BOUNDARY_EDGES) {
            return false;
        }
        return edges.oneSimpleCycle(free);
    }

    private static List<String> around(Polygon hole, ParcelFeature[] parcels, PackedTree index, int[] items) {
        Envelope e = new Envelope(hole.getEnvelopeInternal());
        e.expandBy(1e-3);
        PackedTree.Hits hits = new PackedTree.Hits();
        index.query(e, hits);
        List<Integer> near = new ArrayList<>();
        for (int h = 0; h < hits.size; h++) {
            int j = items[hits.items[h]];
            if (parcels[j].geometry().isWithinDistance(hole, 1e-3)) {
                near.add(j);
            }
        }
        near.sort(null);
        List<String> ids = new ArrayList<>(near.size());
        near.forEach(j -> ids.add(parcels[j].id()));
        return ids.isEmpty() ? List.of("?") : ids;
    }

    /** The directed edges of a group's rings, the parcel on the left of each, as four coordinates per edge. */
    private static final class Edges {
        private double[] c = new double[64];
        private int size;

        void addRing(LinearRing ring, boolean counterClockwise) {
            CoordinateSequence s = ring.getCoordinateSequence();
            boolean reverse = Orientation.isCCW(s) != counterClockwise;
            int n = s.size();
            for (int i = 0; i + 1 < n; i++) {
                int a = reverse ? n - 1 - i : i;
                int b = reverse ? n - 2 - i : i + 1;
                // + 0.0 makes -0.0 and 0.0 one coordinate, as they are one point
                double ax = s.getX(a) + 0.0;
                double ay = s.getY(a) + 0.0;
                double bx = s.getX(b) + 0.0;
                double by = s.getY(b) + 0.0;
                if (ax != bx || ay != by) {
                    add(ax, ay, bx, by);
                }
            }
        }

        private void add(double ax, double ay, double bx, double by) {
            if (4 * size + 4 > c.length) {
                c = Arrays.copyOf(c, 2 * c.length);
            }
            c[4 * size] = ax;
            c[4 * size + 1] = ay;
            c[4 * size + 2] = bx;
            c[4 * size + 3] = by;
            size++;
        }

        /**
         * The edges that no other edge runs along the other way round; null when some edge is there twice in the
         * same direction or more than twice (not a clean coverage: leave it to the union).
         */
        int[] unshared() {
            // open addressing on the edge without its direction: an edge and its reverse land in the same slot
            int[] slots = slots(size);
            int mask = slots.length - 1;
            int[] partner = new int[size];
            Arrays.fill(partner, -1);
            int shared = 0;
            for (int e = 0; e < size; e++) {
                int a = 4 * e;
                int b = 4 * e + 2;
                if (compare(c[a], c[a + 1], c[b], c[b + 1]) > 0) {
                    a = b;
                    b = 4 * e;
                }
                int slot = hash(c[a], c[a + 1], c[b], c[b + 1]) & mask;
                while (true) {
                    int f = slots[slot];
                    if (f < 0) {
                        slots[slot] = e;
                        break;
                    }
                    if (sameUndirected(e, f)) {
                        if (partner[f] >= 0 || c[4 * e] == c[4 * f] && c[4 * e + 1] == c[4 * f + 1]) {
                            return null; // a third time, or twice the same way round: parcels overlap
                        }
                        partner[f] = e;
                        partner[e] = f;
                        shared += 2;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
            int[] free = new int[size - shared];
            int count = 0;
            for (int e = 0; e < size; e++) {
                if (partner[e] < 0) {
                    free[count++] = e;
                }
            }
            return free;
        }

        /**
         * Whether the edges {@code free} form one cycle through distinct vertices with no vertex inside another
         * of its edges.
         */
        boolean oneSimpleCycle(int[] free) {
            int m = free.length;
            int[] slots = slots(m);
            int mask = slots.length - 1;
            for (int e : free) {
                int slot = hash(c[4 * e], c[4 * e + 1], 0, 0) & mask;
                while (slots[slot] >= 0) {
                    int f = slots[slot];
                    if (c[4 * f] == c[4 * e] && c[4 * f + 1] == c[4 * e + 1]) {
                        return false; // the boundary passes a vertex twice
                    }
                    slot = (slot + 1) & mask;
                }
                slots[slot] = e;
            }
            // follow the cycle from the first edge: each edge's end is the start of the next
            int steps = 0;
            int e = free[0];
            do {
                double x = c[4 * e + 2];
                double y = c[4 * e + 3];
                int slot = hash(x, y, 0, 0) & mask;
                int nextEdge = -1;
                while (slots[slot] >= 0) {
                    int f = slots[slot];
                    if (c[4 * f] == x && c[4 * f + 1] == y) {
                        nextEdge = f;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                if (nextEdge < 0) {
                    return false;
                }
                e = nextEdge;
                steps++;
            } while (e != free[0] && steps <= m);
            if (steps != m) {
                return false; // more than one cycle: a hole, or parcels meeting at a point
            }
            return !anyVertexInsideAnEdge(free);
        }

        /** Whether edges e and f join the same two points, either way round. */
        private boolean sameUndirected(int e, int f) {
            int a = 4 * e;
            int b = 4 * f;
            return c[a] == c[b] && c[a + 1] == c[b + 1] && c[a + 2] == c[b + 2] && c[a + 3] == c[b + 3]
                    || c[a] == c[b + 2] && c[a + 1] == c[b + 3] && c[a + 2] == c[b] && c[a + 3] == c[b + 1];
        }

        /** An empty open-addressing table (-1 in every slot) with room for {@code n} entries at most half full. */
        private static int[] slots(int n) {
            int[] slots = new int[Integer.highestOneBit(Math.max(4, 2 * n)) << 1];
            Arrays.fill(slots, -1);
            return slots;
        }

        private static int hash(double ax, double ay, double bx, double by) {
            long h = Double.doubleToLongBits(ax);
            h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(ay);
            h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(bx);
            h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(by);
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            return (int) (h ^ h >>> 32);
        }

        /**
         * Whether the start of some edge lies on another edge other than at its ends (every vertex of a simple
         * cycle starts exactly one edge, so the starts are all its vertices).
         */
        private boolean anyVertexInsideAnEdge(int[] free) {
            for (int e : free) {
                double minX = Math.min(c[4 * e], c[4 * e + 2]);
                double maxX = Math.max(c[4 * e], c[4 * e + 2]);
                double minY = Math.min(c[4 * e + 1], c[4 * e + 3]);
                double maxY = Math.max(c[4 * e + 1], c[4 * e + 3]);
                for (int v : free) {
                    double x = c[4 * v];
                    double y = c[4 * v + 1];
                    if (x < minX || x > maxX || y < minY || y > maxY || v == e
                            || x == c[4 * e + 2] && y == c[4 * e + 3]) {
                        continue;
                    }
                    if (CGAlgorithmsDD.orientationIndex(c[4 * e], c[4 * e + 1], c[4 * e + 2], c[4 * e + 3], x, y)
                            == Orientation.COLLINEAR) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static int compare(double ax, double ay, double bx, double by) {
            int d = Double.compare(ax, bx);
            return d != 0 ? d : Double.compare(ay, by);
        }
    }
}
