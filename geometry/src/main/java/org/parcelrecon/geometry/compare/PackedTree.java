package org.parcelrecon.geometry.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.AbstractNode;
import org.locationtech.jts.index.strtree.Boundable;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A built {@link STRtree} of {@code int} items copied into flat primitive arrays, for fast read-only queries: the
 * same nodes, the same children in the same order, so a query returns exactly the items {@link STRtree#query} does,
 * in the same order; only without boxing, lists of boundables, casts and an {@code ArrayList} per query.
 *
 * <p>Example: a tree over three envelopes with items 0, 1, 2, queried with an envelope meeting 0 and 2, fills the
 * buffer with {@code [0, 2]} (in the STRtree's order) and returns 2; a query meeting nothing returns 0; an empty
 * tree returns 0 for every query. Touching envelopes meet (as {@link Envelope#intersects(Envelope)}).
 *
 * <p>Immutable once made; queries are thread-safe (each caller brings its own buffer).
 */
final class PackedTree {
    /** Per entry (a child of a node) its bounds: minX, minY, maxX, maxY. */
    private final double[] bounds;
    /** Per entry: a node number (>= 0), or {@code -1 - item} for an item. */
    private final int[] target;
    /** Per node the first of its entries, and (at node + 1) the end. */
    private final int[] firstEntry;

    /** Copies {@code tree}, built, whose items are {@code Integer}s. */
    PackedTree(STRtree tree) {
        tree.build();
        List<AbstractNode> nodes = new ArrayList<>();
        List<Boundable> entries = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        if (!tree.isEmpty()) {
            nodes.add(tree.getRoot());
            // breadth first: node n's children become entries in one run; a child node gets the next number
            for (int n = 0; n < nodes.size(); n++) {
                firsts.add(entries.size());
                for (Object c : nodes.get(n).getChildBoundables()) {
                    entries.add((Boundable) c);
                }
                for (Object c : nodes.get(n).getChildBoundables()) {
                    if (c instanceof AbstractNode child) {
                        nodes.add(child);
                    }
                }
            }
        }
        firsts.add(entries.size());
        bounds = new double[4 * entries.size()];
        target = new int[entries.size()];
        firstEntry = firsts.stream().mapToInt(Integer::intValue).toArray();
        int nextNode = 1;
        for (int e = 0; e < entries.size(); e++) {
            Boundable b = entries.get(e);
            Envelope env = (Envelope) b.getBounds();
            bounds[4 * e] = env.getMinX();
            bounds[4 * e + 1] = env.getMinY();
            bounds[4 * e + 2] = env.getMaxX();
            bounds[4 * e + 3] = env.getMaxY();
            if (b instanceof AbstractNode) {
                target[e] = nextNode++;
            } else {
                target[e] = -1 - (Integer) ((ItemBoundable) b).getItem();
            }
        }
    }

    /** A growable buffer of items, one per thread or caller. */
    static final class Hits {
        int[] items = new int[16];
        int size;

        void add(int item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }
    }

    /** Puts the items whose envelopes meet {@code search} into {@code out} (cleared first); returns their number. */
    int query(Envelope search, Hits out) {
        out.size = 0;
        if (firstEntry.length > 1 && !search.isNull()) {
            visit(0, search.getMinX(), search.getMinY(), search.getMaxX(), search.getMaxY(), out);
        }
        return out.size;
    }

    private void visit(int node, double minX, double minY, double maxX, double maxY, Hits out) {
        for (int e = firstEntry[node], end = firstEntry[node + 1]; e < end; e++) {
            int b = 4 * e;
            if (bounds[b] > maxX || bounds[b + 2] < minX || bounds[b + 1] > maxY || bounds[b + 3] < minY) {
                continue;
            }
            int t = target[e];
            if (t >= 0) {
                visit(t, minX, minY, maxX, maxY, out);
            } else {
                out.add(-1 - t);
            }
        }
    }
}
