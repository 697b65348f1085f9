package org.parcelrecon.geometry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentString;

/**
 * Nodes the linework of an overlay of a polygonal geometry with an axis-parallel box, computing only the
 * intersections between the box's ring and the other rings, and the points where those rings meet at a vertex of
 * each: that is all the noding there is to do on the output of an earlier overlay, whose rings meet only at
 * vertices of both, which is what {@link Subdivision} cuts below its first level. There a full noder (MCIndexNoder)
 * spends nearly all its time finding that the rings cross nowhere. Each box segment is tested, with the same
 * {@link IntersectionAdder} and argument order as MCIndexNoder (the string given first is the one that came
 * first), against every other segment whose envelope meets it, and a vertex repeated elsewhere gets a node at
 * itself, as MCIndexNoder gives it, so the nodes are MCIndexNoder's. A ring that merely looks like the box (its
 * five vertices the box's corners) is treated as the box too: that only adds tests. Not API.
 */
final class BoxNoder implements Noder {
    private final Envelope box;
    private final IntersectionAdder adder = new IntersectionAdder(new RobustLineIntersector());
    private Collection<SegmentString> strings;

    /** A noder for the overlay of rings with {@code box}, whose own ring is among the strings it is given. */
    BoxNoder(Envelope box) {
        this.box = box;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void computeNodes(Collection segStrings) {
        strings = segStrings;
        List<SegmentString> all = new ArrayList<>(segStrings);
        nodeSharedVertices(all);
        for (int b = 0; b < all.size(); b++) {
            SegmentString boxRing = all.get(b);
            if (!isBoxRing(boxRing.getCoordinates())) {
                continue;
            }
            Coordinate[] bc = boxRing.getCoordinates();
            // the box ring's own envelope: a segment strictly inside it or wholly outside it meets none of its
            // edges (each edge's envelope lies on its boundary), so most segments are passed over after one test;
            // the pairs tested are those of every edge against every segment, in another order, which the nodes
            // do not depend on (each pair's intersection is the same whenever it is computed, and a segment's
            // nodes are kept sorted along it)
            double boxMinX = Double.POSITIVE_INFINITY;
            double boxMinY = Double.POSITIVE_INFINITY;
            double boxMaxX = Double.NEGATIVE_INFINITY;
            double boxMaxY = Double.NEGATIVE_INFINITY;
            for (Coordinate c : bc) {
                boxMinX = Math.min(boxMinX, c.x);
                boxMinY = Math.min(boxMinY, c.y);
                boxMaxX = Math.max(boxMaxX, c.x);
                boxMaxY = Math.max(boxMaxY, c.y);
            }
            for (int o = 0; o < all.size(); o++) {
                SegmentString other = all.get(o);
                if (o == b || (o > b && isBoxRing(other.getCoordinates()))) {
                    // a box ring against itself is never noded; two box rings are tested once
                    continue;
                }
                Coordinate[] oc = other.getCoordinates();
                for (int j = 0; j < oc.length - 1; j++) {
                    Coordinate p = oc[j];
                    Coordinate q = oc[j + 1];
                    double pqMinX = Math.min(p.x, q.x);
                    double pqMaxX = Math.max(p.x, q.x);
                    double pqMinY = Math.min(p.y, q.y);
                    double pqMaxY = Math.max(p.y, q.y);
                    if (pqMaxX < boxMinX || pqMinX > boxMaxX || pqMaxY < boxMinY || pqMinY > boxMaxY
                            || (pqMinX > boxMinX && pqMaxX < boxMaxX && pqMinY > boxMinY && pqMaxY < boxMaxY)) {
                        continue;
                    }
                    for (int i = 0; i < bc.length - 1; i++) {
                        if (pqMaxX < Math.min(bc[i].x, bc[i + 1].x) || pqMinX > Math.max(bc[i].x, bc[i + 1].x)
                                || pqMaxY < Math.min(bc[i].y, bc[i + 1].y)
                                || pqMinY > Math.max(bc[i].y, bc[i + 1].y)) {
                            continue;
                        }
                        if (o < b) {
                            adder.processIntersections(other, j, boxRing, i);
                        } else {
                            adder.processIntersections(boxRing, i, other, j);
                        }
                    }
                }
            }
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Collection getNodedSubstrings() {
        return NodedSegmentString.getNodedSubstrings(strings);
    }

    /**
     * Adds a node at every vertex of a ring that another vertex of the rings repeats (a ring touching itself or
     * another ring there; a closed ring's last vertex, its first again, is no repeat): MCIndexNoder nodes those
     * points, each at its vertex, as the segments on either side meet the other ring's. Vertices are counted in a
     * table of their own (open addressing over the coordinates' bits, -0.0 taken as 0.0 since they are the same
     * point), which holds no object per vertex as a {@code HashMap<Coordinate, Integer>} would: on a road network
     * that map was half the noder's time.
     */
    private static void nodeSharedVertices(List<SegmentString> all) {
        int total = 0;
        for (SegmentString s : all) {
            total += s.isClosed() ? s.size() - 1 : s.size();
        }
        int capacity = Integer.highestOneBit(Math.max(4, total) * 2 - 1) << 1;
        int mask = capacity - 1;
        long[] xs = new long[capacity];
        long[] ys = new long[capacity];
        int[] counts = new int[capacity];
        int[] slots = new int[total];
        int v = 0;
        for (SegmentString s : all) {
            Coordinate[] c = s.getCoordinates();
            int end = s.isClosed() ? c.length - 1 : c.length;
            for (int k = 0; k < end; k++) {
                long x = bits(c[k].x);
                long y = bits(c[k].y);
                int slot = (int) mix(x * 31 + y) & mask;
                while (counts[slot] != 0 && (xs[slot] != x || ys[slot] != y)) {
                    slot = (slot + 1) & mask;
                }
                xs[slot] = x;
                ys[slot] = y;
                counts[slot]++;
                slots[v++] = slot;
            }
        }
        v = 0;
        for (SegmentString s : all) {
            Coordinate[] c = s.getCoordinates();
            int end = s.isClosed() ? c.length - 1 : c.length;
            for (int k = 0; k < end; k++) {
                if (counts[slots[v++]] > 1) {
                    ((NodedSegmentString) s).addIntersection(c[k], k);
                }
            }
        }
    }

    /** A coordinate's bits for the vertex table; -0.0 is 0.0 (Coordinate.equals says so). */
    private static long bits(double d) {
        return Double.doubleToLongBits(d == 0 ? 0.0 : d);
    }

    /** Spreads a key's bits over the table's low bits (the finaliser of MurmurHash3's 64-bit variant). */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93e53e85a9bL;
        return h ^ (h >>> 33);
    }

    /** Whether {@code c} is a closed ring of five vertices, each a corner of the box. */
    private boolean isBoxRing(Coordinate[] c) {
        if (c.length != 5) {
            return false;
        }
        for (Coordinate p : c) {
            if ((p.x != box.getMinX() && p.x != box.getMaxX()) || (p.y != box.getMinY() && p.y != box.getMaxY())) {
                return false;
            }
        }
        return true;
    }
}
