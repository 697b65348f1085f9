package org.parcelrecon.geometry.internal;

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
 * <p>A query copies the items of a node whose bounds lie within the search as one run: they all meet it, and
 * the run (each node's items, in the order the query visits them, numbered once when the tree is made) is the order
 * the query would have found them one by one. A search box much larger than the items (the offset search's, 50 m
 * around each parcel) is mostly whole subtrees.
 *
 * <p>Immutable once made; queries are thread-safe (each caller brings its own buffer).
 */
public final class PackedTree {
    /** Per entry (a child of a node) its bounds: minX, minY, maxX, maxY. */
    private final double[] bounds;
    /** Per entry: a node number (>= 0), or {@code -1 - item} for an item. */
    private final int[] target;
    /** Per node the first of its entries, and (at node + 1) the end. */
    private final int[] firstEntry;
    /** The items in the order a query visits them (depth first, entries in order). */
    private int[] order;
    /** Per entry the run {@code order[from[e] .. to[e])} of the items under it (its own item for an item entry). */
    private int[] from;
    private int[] to;
    /**
     * Whether every entry's bounds are a box (min <= max, no NaN): only then does a node within the search hold
     * only items that meet it.
     */
    private boolean boxes;

    /**
     * Copies {@code tree}, built, whose items are {@code Integer}s.
     *
     * @param tree the tree to copy (built here if it is not yet)
     */
    public PackedTree(STRtree tree) {
        tree.build();
        List<Object> entries = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        if (!tree.isEmpty()) {
            List<AbstractNode> nodes = new ArrayList<>();
            nodes.add(tree.getRoot());
            // breadth first: node n's children become entries in one run; a child node gets the next number
            for (int n = 0; n < nodes.size(); n++) {
                firsts.add(entries.size());
                for (Object c : nodes.get(n).getChildBoundables()) {
                    entries.add(c);
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
            Boundable b = (Boundable) entries.get(e);
            Envelope env = (Envelope) b.getBounds();
            setBounds(e, env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY());
            target[e] = b instanceof AbstractNode ? nextNode++ : -1 - (Integer) ((ItemBoundable) b).getItem();
        }
        numberItems();
    }

    /** Fills {@link #order}, {@link #from}, {@link #to} and {@link #boxes} once the entries are set. */
    private void numberItems() {
        int items = 0;
        boxes = true;
        for (int e = 0; e < target.length; e++) {
            if (target[e] < 0) {
                items++;
            }
            if (!(bounds[4 * e] <= bounds[4 * e + 2] && bounds[4 * e + 1] <= bounds[4 * e + 3])) {
                boxes = false;
            }
        }
        order = new int[items];
        from = new int[target.length];
        to = new int[target.length];
        if (firstEntry.length > 1) {
            number(0, 0);
        }
    }

    private int number(int node, int next) {
        for (int e = firstEntry[node], end = firstEntry[node + 1]; e < end; e++) {
            from[e] = next;
            if (target[e] >= 0) {
                next = number(target[e], next);
            } else {
                order[next++] = -1 - target[e];
            }
            to[e] = next;
        }
        return next;
    }

    private PackedTree(int entries, int nodes) {
        bounds = new double[4 * entries];
        target = new int[entries];
        firstEntry = new int[nodes + 1];
        if (entries == 0) {
            numberItems();
        }
    }

    private void setBounds(int e, double minX, double minY, double maxX, double maxY) {
        bounds[4 * e] = minX;
        bounds[4 * e + 1] = minY;
        bounds[4 * e + 2] = maxX;
        bounds[4 * e + 3] = maxY;
    }

    /** STRtree's node capacity by default. */
    private static final int NODE_CAPACITY = 10;

    /**
     * One level of the tree while it is built: its entries' boxes (minX, minY, maxX, maxY each), and, for a level
     * above the items, each node's children as a run {@code children[first[p] .. first[p + 1])} of the level below.
     */
    private record Level(double[] box, int size, int[] children, int[] first) {
    }

    /**
     * The tree that {@link STRtree} (node capacity 10) builds when items {@code 0 .. n-1} with envelopes
     * {@code box[4i .. 4i+3]} (minX, minY, maxX, maxY) are inserted in order, built the same way (sort-tile-recursive:
     * a stable sort by envelope centre x, vertical slices, a stable sort of each slice by centre y, runs of ten), so
     * that queries return the same items in the same order; only the sorts run on primitive keys, and the levels are
     * arrays (no node objects, boxed items or per-item box copies).
     * Envelopes must not be null (JTS skips those on insert; give none).
     *
     * @param box the items' envelopes, four numbers each
     * @param n the number of items
     * @return the packed tree
     */
    public static PackedTree sortTileRecursive(double[] box, int n) {
        if (n == 0) {
            return new PackedTree(0, 0);
        }
        List<Level> levels = new ArrayList<>();
        Level level = new Level(box, n, null, null);
        levels.add(level);
        do {
            level = parentsOf(level);
            levels.add(level);
        } while (level.size() > 1);
        return flatten(levels);
    }

    /** One level up, as STRtree's {@code createParentBoundables}. */
    private static Level parentsOf(Level below) {
        int m = below.size();
        double[] boxes = below.box();
        int minLeafCount = (int) Math.ceil(m / (double) NODE_CAPACITY);
        int sliceCount = (int) Math.ceil(Math.sqrt(minLeafCount));
        int sliceCapacity = (int) Math.ceil(m / (double) sliceCount);
        double[] centreX = new double[m];
        double[] centreY = new double[m];
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            // STRtree's avg of the envelope's min and max
            centreX[i] = (boxes[4 * i] + boxes[4 * i + 2]) / 2d;
            centreY[i] = (boxes[4 * i + 1] + boxes[4 * i + 3]) / 2d;
            order[i] = i;
        }
        // stable, as Collections.sort is
        int[] scratch = new int[m];
        long[] packed = new long[m];
        sortByKey(order, 0, m, centreX, scratch, packed);
        // each slice sorted by y and cut into runs of NODE_CAPACITY: a node per run, its children the run (a slice
        // left empty would get one empty node, as STRtree's)
        int nodes = 0;
        for (int s = 0, from = 0; s < sliceCount; s++) {
            int to = Math.min(m, from + sliceCapacity);
            nodes += Math.max(1, (to - from + NODE_CAPACITY - 1) / NODE_CAPACITY);
            from = to;
        }
        int[] first = new int[nodes + 1];
        double[] parentBox = new double[4 * nodes];
        int p = 0;
        for (int s = 0, from = 0; s < sliceCount; s++) {
            int to = Math.min(m, from + sliceCapacity);
            sortByKey(order, from, to, centreY, scratch, packed);
            for (int start = from; start < to || start == from; start += NODE_CAPACITY) {
                first[p] = start;
                // as the node's box grows by each child: Math.min and Math.max from the infinities
                double minX = Double.POSITIVE_INFINITY;
                double minY = Double.POSITIVE_INFINITY;
                double maxX = Double.NEGATIVE_INFINITY;
                double maxY = Double.NEGATIVE_INFINITY;
                for (int c = start, end = Math.min(to, start + NODE_CAPACITY); c < end; c++) {
                    int b = 4 * order[c];
                    minX = min(minX, boxes[b]);
                    minY = min(minY, boxes[b + 1]);
                    maxX = max(maxX, boxes[b + 2]);
                    maxY = max(maxY, boxes[b + 3]);
                }
                parentBox[4 * p] = minX;
                parentBox[4 * p + 1] = minY;
                parentBox[4 * p + 2] = maxX;
                parentBox[4 * p + 3] = maxY;
                p++;
            }
            from = to;
        }
        first[nodes] = m;
        return new Level(parentBox, nodes, order, first);
    }

    /**
     * Sorts {@code items[from, to)} as {@link #stableSort} does (by {@code key[item]}, equal keys in their order), by
     * {@link Arrays#sort(long[], int, int)} on primitive keys instead of a merge sort through the items (a tenth of
     * the tree's build under the C1 compiler): each item becomes one long, the top bits its key's order-preserving
     * bits with the low {@code b} bits cleared, the low {@code b} bits its place (b bits number the places). Those
     * longs sort by the key's top bits, then by place: a stable sort by a coarser key that never orders two items
     * against their keys. Items with the same top bits (equal keys, or keys within the cleared bits' distance) stay
     * in their places' order, so a stable sort of each such run by the whole key finishes the sort. -0.0
     * gets 0.0's bits ({@link #compare} holds them equal); a NaN key (which {@link #compare} holds equal to any key,
     * no order) sends the whole sort to {@link #stableSort}. {@code scratch} and {@code packed} at least as long as
     * {@code items}.
     */
    static void sortByKey(int[] items, int from, int to, double[] key, int[] scratch, long[] packed) {
        int length = to - from;
        if (length < 24) {
            stableSort(items, from, to, key, scratch);
            return;
        }
        long place = (1L << (32 - Integer.numberOfLeadingZeros(length - 1))) - 1;
        for (int i = 0; i < length; i++) {
            double k = key[items[from + i]];
            if (k != k) {
                stableSort(items, from, to, key, scratch);
                return;
            }
            long bits = Double.doubleToRawLongBits(k + 0.0); // -0.0 + 0.0 is 0.0
            // a negative double's other bits count down: flipped, the longs order as the doubles
            packed[i] = ((bits ^ ((bits >> 63) & Long.MAX_VALUE)) & ~place) | i;
        }
        Arrays.sort(packed, 0, length);
        System.arraycopy(items, from, scratch, from, length);
        for (int i = 0; i < length; i++) {
            items[from + i] = scratch[from + (int) (packed[i] & place)];
        }
        // runs of the same top bits: short ones by insertion, a long one (keys alike in all but the last bits of
        // many items) by the merge sort (it overwrites scratch, so the items were all placed first)
        for (int runStart = 0, i = 1; i <= length; i++) {
            if (i == length || ((packed[i] ^ packed[runStart]) & ~place) != 0) {
                if (i - runStart > 1) {
                    stableSort(items, from + runStart, from + i, key, scratch);
                }
                runStart = i;
            }
        }
    }

    /** A stable insertion sort of {@code items[from, to)} by {@code key[item]} as {@link #compare} orders them. */
    private static void insertionSort(int[] items, int from, int to, double[] key) {
        for (int i = from + 1; i < to; i++) {
            int item = items[i];
            int j = i - 1;
            while (j >= from && compare(key[items[j]], key[item]) > 0) {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }

    /**
     * Sorts {@code items[from, to)} by {@code key[item]} as {@link #compare} orders them, keeping the order of equal
     * keys (a merge sort; {@code scratch} at least as long as {@code items}).
     */
    static void stableSort(int[] items, int from, int to, double[] key, int[] scratch) {
        if (to - from < 24) {
            insertionSort(items, from, to, key);
            return;
        }
        int mid = (from + to) >>> 1;
        stableSort(items, from, mid, key, scratch);
        stableSort(items, mid, to, key, scratch);
        if (compare(key[items[mid - 1]], key[items[mid]]) <= 0) {
            return;
        }
        System.arraycopy(items, from, scratch, from, to - from);
        int a = from;
        int b = mid;
        for (int i = from; i < to; i++) {
            if (b >= to || (a < mid && compare(key[scratch[a]], key[scratch[b]]) <= 0)) {
                items[i] = scratch[a++];
            } else {
                items[i] = scratch[b++];
            }
        }
    }

    /**
     * {@link Math#min(double, double)}, bit for bit, small enough for C1 to inline: {@code Math.min}'s bytecode is
     * over C1's inlining size, a call per bound of every child of every node. Two different numbers are ordered
     * here; equal ones (signed zeros) and NaN go to {@code Math.min}.
     */
    static double min(double a, double b) {
        return b < a ? b : a < b ? a : Math.min(a, b);
    }

    /** {@link Math#max(double, double)}, bit for bit, small enough for C1 to inline (as {@link #min}). */
    static double max(double a, double b) {
        return b > a ? b : a > b ? a : Math.max(a, b);
    }

    /** As STRtree's {@code compareDoubles} (0 for -0.0 and 0.0, unlike {@link Double#compare}). */
    private static int compare(double a, double b) {
        return a > b ? 1 : a < b ? -1 : 0;
    }

    /**
     * The levels (items first, the root's last) as the packed arrays: nodes numbered breadth first from the root, a
     * node's children its run of entries, as {@link #PackedTree(STRtree)} copies a built STRtree.
     */
    private static PackedTree flatten(List<Level> levels) {
        int top = levels.size() - 1;
        int entries = 0;
        int nodeCount = 0;
        for (int l = 1; l <= top; l++) {
            entries += levels.get(l - 1).size();
            nodeCount += levels.get(l).size();
        }
        PackedTree t = new PackedTree(entries, nodeCount);
        // breadth first: the root, then level by level each node's children in order, which is each level's nodes
        // in the order their parents list them
        int[] nodesOfLevel = {0}; // the current level's nodes, in breadth-first order
        int e = 0;
        int n = 0;
        int nextNode = 1;
        for (int l = top; l >= 1; l--) {
            Level level = levels.get(l);
            Level below = levels.get(l - 1);
            int[] nodesBelow = new int[l > 1 ? below.size() : 0];
            int at = 0;
            for (int node : nodesOfLevel) {
                t.firstEntry[n++] = e;
                for (int c = level.first()[node], end = level.first()[node + 1]; c < end; c++, e++) {
                    int child = level.children()[c];
                    double[] b = below.box();
                    t.setBounds(e, b[4 * child], b[4 * child + 1], b[4 * child + 2], b[4 * child + 3]);
                    if (l > 1) {
                        t.target[e] = nextNode++;
                        nodesBelow[at++] = child;
                    } else {
                        t.target[e] = -1 - child;
                    }
                }
            }
            nodesOfLevel = nodesBelow;
        }
        t.firstEntry[n] = e;
        t.numberItems();
        return t;
    }

    /**
     * A growable buffer of items, one per thread or caller: {@code items[0 .. size-1]} after a query (this tree's, or
     * another search's over the same items, such as the join's corner grid).
     */
    public static final class Hits {
        /** The items found, in the order the search gives them, in the first {@link #size} places. */
        public int[] items = new int[16];
        /** The number of items found. */
        public int size;

        /** An empty buffer. */
        public Hits() {
        }

        /**
         * Appends an item, growing the buffer as needed.
         *
         * @param item the item found
         */
        public void add(int item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        void addAll(int[] from, int start, int end) {
            int n = end - start;
            if (size + n > items.length) {
                items = Arrays.copyOf(items, Math.max(size * 2, size + n));
            }
            System.arraycopy(from, start, items, size, n);
            size += n;
        }
    }

    /**
     * Per item its place in the order every query returns items ({@code -1} for a number that is no item), or null
     * when some entry's bounds are not a box (then a query may skip a subtree whose bounds hold an item that meets
     * it). With boxes, a node's bounds hold its children's, so a query returns exactly the items whose envelopes meet
     * the search, ordered by this place: another search over the same envelopes can return what the query would.
     *
     * @param items the number of item numbers ({@code 0 .. items-1}) to give a place
     * @return per item number its place, or null
     */
    public int[] itemPlaces(int items) {
        if (!boxes) {
            return null;
        }
        int[] place = new int[items];
        Arrays.fill(place, -1);
        for (int at = 0; at < order.length; at++) {
            place[order[at]] = at;
        }
        return place;
    }

    /**
     * Puts the items whose envelopes meet {@code search} into {@code out} (cleared first).
     *
     * @param search the envelope searched
     * @param out the caller's buffer
     * @return the number of items found
     */
    public int query(Envelope search, Hits out) {
        out.size = 0;
        if (firstEntry.length > 1 && !search.isNull()) {
            visit(0, search.getMinX(), search.getMinY(), search.getMaxX(), search.getMaxY(), out);
        }
        return out.size;
    }

    private void visit(int node, double minX, double minY, double maxX, double maxY, Hits out) {
        // the arrays in locals: the C1 compiler the command line runs with reloads a field on every use
        double[] bounds = this.bounds;
        int[] target = this.target;
        for (int e = firstEntry[node], end = firstEntry[node + 1]; e < end; e++) {
            int b = 4 * e;
            double eMinX = bounds[b];
            double eMinY = bounds[b + 1];
            double eMaxX = bounds[b + 2];
            double eMaxY = bounds[b + 3];
            if (eMinX > maxX || eMaxX < minX || eMinY > maxY || eMaxY < minY) {
                continue;
            }
            int t = target[e];
            if (t >= 0) {
                if (boxes && eMinX >= minX && eMaxX <= maxX && eMinY >= minY && eMaxY <= maxY) {
                    // within the search: every item under it meets it, in this order
                    out.addAll(order, from[e], to[e]);
                } else {
                    visit(t, minX, minY, maxX, maxY, out);
                }
            } else {
                out.add(-1 - t);
            }
        }
    }
}
