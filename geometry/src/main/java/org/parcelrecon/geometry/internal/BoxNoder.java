package org.parcelrecon.geometry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            for (int o = 0; o < all.size(); o++) {
                SegmentString other = all.get(o);
                if (o == b || (o > b && isBoxRing(other.getCoordinates()))) {
                    // a box ring against itself is never noded; two box rings are tested once
                    continue;
                }
                Coordinate[] oc = other.getCoordinates();
                for (int i = 0; i < bc.length - 1; i++) {
                    double minX = Math.min(bc[i].x, bc[i + 1].x);
                    double maxX = Math.max(bc[i].x, bc[i + 1].x);
                    double minY = Math.min(bc[i].y, bc[i + 1].y);
                    double maxY = Math.max(bc[i].y, bc[i + 1].y);
                    for (int j = 0; j < oc.length - 1; j++) {
                        Coordinate p = oc[j];
                        Coordinate q = oc[j + 1];
                        if (Math.max(p.x, q.x) < minX || Math.min(p.x, q.x) > maxX
                                || Math.max(p.y, q.y) < minY || Math.min(p.y, q.y) > maxY) {
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
     * points, each at its vertex, as the segments on either side meet the other ring's.
     */
    private void nodeSharedVertices(List<SegmentString> all) {
        Map<Coordinate, Integer> seen = new HashMap<>();
        for (SegmentString s : all) {
            Coordinate[] c = s.getCoordinates();
            int end = s.isClosed() ? c.length - 1 : c.length;
            for (int k = 0; k < end; k++) {
                seen.merge(c[k], 1, Integer::sum);
            }
        }
        for (SegmentString s : all) {
            Coordinate[] c = s.getCoordinates();
            int end = s.isClosed() ? c.length - 1 : c.length;
            for (int k = 0; k < end; k++) {
                if (seen.get(c[k]) > 1) {
                    ((NodedSegmentString) s).addIntersection(c[k], k);
                }
            }
        }
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
