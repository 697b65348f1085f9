package org.parcelrecon.geometry.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.parcelrecon.geometry.internal.PackedTree;

/**
 * Estimates the systematic shift between two surveys, for the whole map and for each <b>scope</b>: a map sheet
 * within its commune (sheet numbers restart in every commune, so sheet 3 of one commune and sheet 3 of the next
 * are different sheets, surveyed with different offsets), and the commune itself as a fallback.
 *
 * <ol>
 *   <li><b>Mode of candidate shifts.</b> For the scope's old parcels (an even sample of at most a few thousand),
 *       every new parcel within the search radius with a similar area and envelope gives a candidate shift
 *       (centroid to centroid). Wrong neighbours scatter; the true shift piles up. The densest 3 × 3 block of a
 *       grid of shifts (cell = max(shape tolerance, 0.5 m)) wins, and the median of its shifts is the first
 *       estimate. Centroid pairs survive any shift, where overlap would not: a 2.5 m shift of a 10 m wide lot
 *       leaves an IoU near 0.6.</li>
 *   <li><b>Re-pairing, up to three rounds.</b> After the current estimate each old parcel takes the nearest new
 *       parcel of similar area (within four cells in the first round, two after); pairs with IoU ≥ 0.6 (first
 *       round) or 0.8 (later rounds) are "plainly corresponding", and the per-axis median of their residual
 *       centroid shifts corrects the estimate. The rounds stop early once the correction is under a millimetre.</li>
 * </ol>
 * <p>Communes start from the map's estimate and sheets from their commune's: a scope where at least half the sampled
 * parcels pair up there needs no mode search of its own (step 1 runs only where the shift differs by more than the
 * first round's radius). Scopes are named {@code "*"} (the map), {@code "06652/*"} (commune 06652),
 * {@code "06652/3"} (its sheet 3), or
 * just {@code "3"} when the map has no commune attribute. A scope keeps its own estimate when it rests on at least
 * the minimum number of pairs; a parcel takes its sheet's estimate, else its commune's, else the map's.
 *
 * <p>Shortcuts, none of which changes a result ({@link CompareOptions#withPlainOffsetSearch} turns them off, and
 * OffsetEstimatorTest compares the two on random maps): rounds that start as another scope's did are that scope's
 * ({@link Start}); an IoU test of a pair clipped before at a nearby offset is settled by a bound on how far the clip
 * can have moved ({@link Clipped}); the mode's votes come from a grid of the new centroids ({@link CentroidGrid})
 * and are counted in a dense grid of cells ({@link ShiftBlocks}); a parcel's neighbours for the rounds come from a
 * grid of the new parcels' pieces ({@link PieceGrid}), in the index's order.
 */
final class OffsetEstimator {
    private static final int GLOBAL_SAMPLE = 4000;
    private static final int SCOPE_SAMPLE = 3000;
    /** Old parcels voting for the mode (step 1), evenly spread over the sample: far more than the mode needs. */
    private static final int MODE_SAMPLE = 300;
    private static final double AREA_RATIO = 0.85;
    private static final double FIRST_MIN_IOU = 0.6;
    private static final double MIN_IOU = 0.8;
    private static final int ROUNDS = 3;
    /** Samples larger than this are re-paired in parallel. */
    private static final int PARALLEL_SAMPLE = 1000;

    private final Geometry[] old;
    private final Geometry[] nu;
    private final String[] oldCommunes;
    private final String[] oldSheets;
    private final double[] oldArea;
    private final double[] newArea;
    /** Per old parcel its centroid: x at 2i, y at 2i + 1 (one array, not one per parcel, for the hot loops). */
    private final double[] oldCentroid;
    /** Per new parcel its centroid, packed as {@link #oldCentroid}. */
    private final double[] newCentroid;
    private final PackedTree newIndex;
    private final int[] pieceParent;
    private final int[] pieceCount;
    private final double[][] newHull;
    private final double[] newHullExcess;
    /** Per new parcel left whole its triangles ({@link ConvexClip#triangles}; empty when none), made on demand. */
    private final IntFunction<double[]> newTriangles;
    /** Per new parcel its envelope's width and height. */
    private final double[] newWidth;
    private final double[] newHeight;
    private final CompareOptions options;
    private final double cell;
    /** Per piece of a new parcel its envelope: minX, minY, maxX, maxY (what the index holds). */
    private final double[] pieceBoxes;
    /** Per old parcel its commune's and its sheet's scope names (or null), made by {@link #scopeSamples}. */
    private String[] communeOf;
    private String[] sheetOf;
    /*
     * oldShell, near and clipped: plain arrays (an AtomicReferenceArray's get and set go through a VarHandle with
     * casts under the C1 compiler the command line runs with, several times per re-paired parcel). Parcel i's entries
     * are read and written only by the thread re-pairing it: a round's sample holds each parcel once, the scopes
     * estimated at once (communes, then sheets) hold disjoint parcels, and rounds and levels follow each other through
     * the parallel streams' ends, which order every write before the next read.
     */
    /** Per old parcel its {@link ConvexClip#shell} (empty when it has none), made on first use. */
    private final double[][] oldShell;
    /** Per old parcel the pieces near it, from its last index query ({@link #nearPieces}); null before. */
    private final Near[] near;
    /** Per old parcel its last clip in {@link #residual} (null before): re-pairing rounds test it again nearby. */
    private final Clipped[] clipped;
    /** Per new parcel the number of its first piece (pieces are numbered parcel by parcel), set with {@link #grid}. */
    private final int[] firstPiece;
    /** The new parcels by centroid for the mode's votes ({@link #newGrid}), made on first use. */
    private final Once<CentroidGrid> grid = new Once<>(this::makeGrid);
    /** The new parcels' pieces by envelope for {@link #nearPieces} ({@link #pieceGrid}), made on first use. */
    private final Once<PieceGrid> pieces = new Once<>(this::makePieceGrid);
    /** Whether to take no shortcut ({@link CompareOptions#withPlainOffsetSearch}). */
    private final boolean plain;
    /** The outcome of every scope's rounds by where they started ({@link Start}), named for the first scope. */
    private final Map<Start, OffsetEstimate> roundsDone = new ConcurrentHashMap<>();

    /**
     * @param oldCommunes per old parcel its commune code, or null (all null when the map has none)
     * @param oldSheets   per old parcel its sheet number, or null
     * @param newHull     per new parcel its convex hull ({@link ConvexClip#hull}), or null when not computed
     * @param newIndex    the new parcels' pieces (a parcel with many vertices is cut into several) by envelope;
     *                    items are piece numbers
     * @param pieceBoxes  per piece number its envelope (minX, minY, maxX, maxY), as the index holds it
     * @param pieceParent per piece number its new parcel
     * @param pieceCount  per new parcel its number of pieces
     * @param newHullExcess per new parcel its hull's area minus its own (0 for a convex parcel)
     * @param newTriangles per new parcel left whole its triangles, empty when it has none
     * @param newWidth    per new parcel its envelope's width
     * @param newHeight   per new parcel its envelope's height
     */
    OffsetEstimator(Geometry[] old, Geometry[] nu, String[] oldCommunes, String[] oldSheets, double[] oldArea,
                    double[] newArea, double[][] oldCentroid, double[][] newCentroid, PackedTree newIndex,
                    double[] pieceBoxes, int[] pieceParent, int[] pieceCount,
                    double[][] newHull, double[] newHullExcess, IntFunction<double[]> newTriangles,
                    double[] newWidth, double[] newHeight,
                    CompareOptions options) {
        this.old = old;
        this.nu = nu;
        this.oldCommunes = oldCommunes;
        this.oldSheets = oldSheets;
        this.oldArea = oldArea;
        this.newArea = newArea;
        this.oldCentroid = packed(oldCentroid);
        this.newCentroid = packed(newCentroid);
        this.newIndex = newIndex;
        this.pieceBoxes = pieceBoxes;
        this.near = new Near[old.length];
        this.oldShell = new double[old.length][];
        this.clipped = new Clipped[old.length];
        this.firstPiece = new int[nu.length];
        this.plain = options.plainOffsetSearch();
        this.pieceParent = pieceParent;
        this.pieceCount = pieceCount;
        this.newHull = newHull;
        this.newHullExcess = newHullExcess;
        this.newTriangles = newTriangles;
        this.newWidth = newWidth;
        this.newHeight = newHeight;
        this.options = options;
        this.cell = Math.max(options.shapeTolerance(), 0.5);
    }

    private static double[] packed(double[][] points) {
        double[] xy = new double[2 * points.length];
        for (int i = 0; i < points.length; i++) {
            xy[2 * i] = points[i][0];
            xy[2 * i + 1] = points[i][1];
        }
        return xy;
    }

    /** The scope of a sheet: {@code "commune/sheet"}, or the sheet alone without a commune; null without a sheet. */
    static String sheetScope(String commune, String sheet) {
        if (sheet == null) {
            return null;
        }
        return commune == null ? sheet : commune + "/" + sheet;
    }

    /** The scope of a commune, {@code "commune/*"}; null without a commune. */
    static String communeScope(String commune) {
        return commune == null ? null : commune + "/*";
    }

    /** The map's offset first, then the communes and sheets that have their own, in scope order. */
    List<OffsetEstimate> estimate() {
        if (options.offsetMode() == CompareOptions.OffsetMode.NONE || old.length == 0 || nu.length == 0) {
            return List.of(new OffsetEstimate("*", 0, 0, 0, 0));
        }
        List<OffsetEstimate> out = new ArrayList<>();
        OffsetEstimate global = estimate("*", globalSample(), null);
        out.add(global);
        if (options.offsetMode() == CompareOptions.OffsetMode.PER_SHEET) {
            // communes first, from the map's offset; then sheets, from their commune's. Scopes of one level are
            // independent: estimated in parallel, kept in scope order.
            Map<String, int[]> samples = scopeSamples();
            Map<String, OffsetEstimate> communes = new TreeMap<>();
            for (OffsetEstimate c : estimateAll(samples, true, scope -> global)) {
                communes.put(c.scope(), c);
            }
            List<OffsetEstimate> sheets = estimateAll(samples, false, scope -> {
                String commune = communeScope(oldCommunes[samples.get(scope)[0]]);
                return commune != null && communes.containsKey(commune) ? communes.get(commune) : global;
            });
            Map<String, OffsetEstimate> all = new TreeMap<>(communes);
            sheets.forEach(e -> all.put(e.scope(), e));
            out.addAll(all.values());
        }
        return out;
    }

    /**
     * Per old parcel the estimate it takes from {@code offsets} (what {@link #estimate()} returned): its sheet's,
     * else its commune's, else the map's. Uses the scope names the estimate made.
     */
    OffsetEstimate[] byParcel(List<OffsetEstimate> offsets) {
        OffsetEstimate[] out = new OffsetEstimate[old.length];
        Arrays.fill(out, offsets.get(0));
        if (offsets.size() == 1) {
            return out;
        }
        Map<String, OffsetEstimate> byScope = new HashMap<>();
        for (OffsetEstimate o : offsets.subList(1, offsets.size())) {
            byScope.put(o.scope(), o);
        }
        IntStream.range(0, old.length).parallel().forEach(i -> {
            OffsetEstimate sheet = sheetOf[i] == null ? null : byScope.get(sheetOf[i]);
            OffsetEstimate commune = communeOf[i] == null ? null : byScope.get(communeOf[i]);
            if (sheet != null) {
                out[i] = sheet;
            } else if (commune != null) {
                out[i] = commune;
            }
        });
        return out;
    }

    /** The communes' ({@code communes}) or the sheets' estimates with enough pairs, in scope order. */
    private List<OffsetEstimate> estimateAll(Map<String, int[]> samples, boolean communes,
                                             java.util.function.Function<String, OffsetEstimate> start) {
        List<Map.Entry<String, int[]>> scopes = new ArrayList<>();
        for (Map.Entry<String, int[]> e : samples.entrySet()) {
            if (e.getKey().endsWith("/*") == communes && e.getValue().length >= options.minPairsPerSheet()) {
                scopes.add(e);
            }
        }
        OffsetEstimate[] found = new OffsetEstimate[scopes.size()];
        IntStream.range(0, scopes.size()).parallel().forEach(s -> found[s] = estimate(scopes.get(s).getKey(),
                scopes.get(s).getValue(), start.apply(scopes.get(s).getKey())));
        List<OffsetEstimate> out = new ArrayList<>();
        for (OffsetEstimate scope : found) {
            if (scope.pairs() >= options.minPairsPerSheet()) {
                out.add(scope);
            }
        }
        return out;
    }

    /**
     * Re-pairing rounds on one sample, from the enclosing scope's estimate {@code start} when at least half the
     * sample pairs up there (its shift is within the first round's radius of the enclosing one's, as neighbouring
     * sheets' usually are); else, or without {@code start}, from the mode of candidate shifts over the whole
     * search radius.
     */
    private OffsetEstimate estimate(String scope, int[] sample, OffsetEstimate start) {
        Start fromMode = new Start(sample, Double.NaN, Double.NaN);
        if (start != null && start.pairs() > 0) {
            OffsetEstimate near = rounds(scope, sample, fromMode.from(start.dx(), start.dy()));
            if (2 * near.pairs() >= sample.length) {
                return near;
            }
        }
        return rounds(scope, sample, fromMode);
    }

    /**
     * Where a scope's rounds start: its sample, and the enclosing scope's estimate (dx, dy), or NaN for the mode
     * of the sample's candidate shifts. The rounds' outcome depends on nothing else (the scope only names it), so
     * two scopes with the same start share it: a commune whose every parcel is in the map's sample (under 6,000
     * parcels, when the map is one commune as compare-maps runs it) falls back to the mode exactly as the map did,
     * and a commune of one sheet is that sheet. Equal by the sample's contents and the offset's bits.
     */
    private record Start(int[] sample, int sampleHash, double dx, double dy) {
        /** The rounds on {@code sample} from (dx, dy), or from the mode when both are NaN. */
        Start(int[] sample, double dx, double dy) {
            this(sample, Arrays.hashCode(sample), dx, dy);
        }

        /** The same sample (its hash kept: a sample of a few thousand parcels is hashed once) from (dx, dy). */
        Start from(double otherDx, double otherDy) {
            return new Start(sample, sampleHash, otherDx, otherDy);
        }

        boolean fromMode() {
            return Double.isNaN(dx);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Start s && Double.doubleToLongBits(dx) == Double.doubleToLongBits(s.dx)
                    && Double.doubleToLongBits(dy) == Double.doubleToLongBits(s.dy) && sampleHash == s.sampleHash
                    && Arrays.equals(sample, s.sample);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * sampleHash + Double.hashCode(dx)) + Double.hashCode(dy);
        }

        @Override
        public String toString() {
            return "Start[" + sample.length + " parcels, " + (fromMode() ? "mode" : dx + ", " + dy) + "]";
        }
    }

    /**
     * Re-pairing rounds on one sample from {@code start} (the mode when it says so), named {@code scope}: the
     * outcome of an equal start made before (any scope) under the new name, else computed and kept.
     */
    private OffsetEstimate rounds(String scope, int[] sample, Start start) {
        OffsetEstimate done = plain ? null : roundsDone.get(start);
        if (done == null) {
            done = rounds(scope, sample, start.fromMode() ? mode(sample) : new double[] {start.dx(), start.dy()});
            roundsDone.putIfAbsent(start, done);
            return done;
        }
        return new OffsetEstimate(scope, done.dx(), done.dy(), done.pairs(), done.spread());
    }

    /** Re-pairing rounds on one sample from a first estimate. */
    private OffsetEstimate rounds(String scope, int[] sample, double[] first) {
        double[] current = first;
        // the last round that found pairs: its offset, its residuals (x, y) and their per-axis medians
        double[] base = current;
        double[] foundX = new double[0];
        double[] foundY = new double[0];
        double foundMx = 0;
        double foundMy = 0;
        for (int round = 0; round < ROUNDS; round++) {
            double radius = (round == 0 ? 4 : 2) * cell;
            double minIou = round == 0 ? FIRST_MIN_IOU : MIN_IOU;
            double[] offset = current;
            double[] rx = new double[sample.length];
            double[] ry = new double[sample.length];
            boolean[] paired = new boolean[sample.length];
            // a sheet's sample is small and sheets already run in parallel: only a large sample is split (a plain
            // loop otherwise: a sequential stream costs a call through its pipeline per parcel under C1)
            if (sample.length > PARALLEL_SAMPLE) {
                IntStream.range(0, sample.length).parallel()
                        .forEach(s -> paired[s] = residual(sample[s], offset, radius, minIou, rx, ry, s));
            } else {
                for (int s = 0; s < sample.length; s++) {
                    paired[s] = residual(sample[s], offset, radius, minIou, rx, ry, s);
                }
            }
            int pairs = 0;
            for (int s = 0; s < sample.length; s++) {
                if (paired[s]) {
                    rx[pairs] = rx[s];
                    ry[pairs] = ry[s];
                    pairs++;
                }
            }
            if (pairs == 0) {
                break;
            }
            foundX = Arrays.copyOf(rx, pairs);
            foundY = Arrays.copyOf(ry, pairs);
            base = offset;
            // median() reorders what it is given: rx, ry are copies' sources no longer needed
            double mx = median(rx, pairs);
            double my = median(ry, pairs);
            foundMx = mx;
            foundMy = my;
            current = new double[] {offset[0] + mx, offset[1] + my};
            if (Math.hypot(mx, my) < 1e-3) {
                break;
            }
        }
        return estimate(scope, base, foundX, foundY, foundMx, foundMy);
    }

    /**
     * The estimate from the last round that found pairs: its offset {@code first} corrected by the medians
     * {@code mx, my} of its residuals {@code x, y} (those the round itself took), and their spread.
     */
    private static OffsetEstimate estimate(String scope, double[] first, double[] x, double[] y, double mx,
                                           double my) {
        if (x.length == 0) {
            return new OffsetEstimate(scope, first[0], first[1], 0, 0);
        }
        double[] dist = new double[x.length];
        for (int i = 0; i < dist.length; i++) {
            dist[i] = Math.hypot(x[i] - mx, y[i] - my);
        }
        return new OffsetEstimate(scope, first[0] + mx, first[1] + my, x.length,
                orderStatistic(dist, dist.length, dist.length / 2));
    }

    /** About GLOBAL_SAMPLE old parcels with area, evenly spread over the map. */
    private int[] globalSample() {
        int step = Math.max(1, old.length / GLOBAL_SAMPLE);
        int[] sample = new int[(old.length + step - 1) / step];
        int n = 0;
        for (int i = 0; i < old.length; i += step) {
            if (oldArea[i] > 0) {
                sample[n++] = i;
            }
        }
        return Arrays.copyOf(sample, n);
    }

    /** Up to SCOPE_SAMPLE old parcels with area per commune and per sheet, evenly spread, by scope. */
    private Map<String, int[]> scopeSamples() {
        // a scope's name made once and shared by its parcels (a map's parcels come sheet by sheet: mostly the
        // previous parcel's), so that no name is built or hashed again per parcel here and in byParcel; members
        // gathered by hash, then put in scope order (members in map order)
        communeOf = new String[old.length];
        sheetOf = new String[old.length];
        Map<String, String> communeNames = new HashMap<>();
        Map<String, Map<String, String>> sheetNames = new HashMap<>();
        for (int i = 0; i < old.length; i++) {
            String commune = oldCommunes[i];
            String sheet = oldSheets[i];
            if (i > 0 && Objects.equals(commune, oldCommunes[i - 1]) && Objects.equals(sheet, oldSheets[i - 1])) {
                communeOf[i] = communeOf[i - 1];
                sheetOf[i] = sheetOf[i - 1];
                continue;
            }
            communeOf[i] = commune == null ? null : communeNames.computeIfAbsent(commune, c -> communeScope(c));
            sheetOf[i] = sheet == null ? null : sheetNames.computeIfAbsent(commune, c -> new HashMap<>())
                    .computeIfAbsent(sheet, t -> sheetScope(commune, t));
        }
        Map<String, int[]> byScope = new HashMap<>();
        for (int i = 0; i < old.length; i++) {
            if (oldArea[i] <= 0) {
                continue;
            }
            if (communeOf[i] != null) {
                append(byScope, communeOf[i], i);
            }
            if (sheetOf[i] != null) {
                append(byScope, sheetOf[i], i);
            }
        }
        Map<String, int[]> out = new TreeMap<>();
        for (Map.Entry<String, int[]> e : byScope.entrySet()) {
            int[] members = e.getValue();
            int size = members[0];
            int step = Math.max(1, size / SCOPE_SAMPLE);
            out.put(e.getKey(), IntStream.iterate(0, j -> j < size, j -> j + step).map(j -> members[1 + j]).toArray());
        }
        return out;
    }

    /** Appends {@code i} to the scope's list: {@code [size, members...]}, grown as needed. */
    private static void append(Map<String, int[]> byScope, String scope, int i) {
        int[] list = byScope.get(scope);
        if (list == null) {
            list = new int[8];
        } else if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        } else {
            list[1 + list[0]++] = i;
            return;
        }
        list[1 + list[0]++] = i;
        byScope.put(scope, list);
    }

    /** Candidate shifts, growing as needed: {@code x[0 .. count-1]}, {@code y[0 .. count-1]}. */
    private static final class Votes {
        double[] x = new double[64];
        double[] y = new double[64];
        int count;

        void add(double dx, double dy) {
            if (count == x.length) {
                x = Arrays.copyOf(x, 2 * count);
                y = Arrays.copyOf(y, 2 * count);
            }
            x[count] = dx;
            y[count] = dy;
            count++;
        }
    }

    /**
     * Whether new parcel {@code k} votes for old parcel {@code i}'s shift (the old one's envelope {@code width} x
     * {@code height}): a similar area and envelope, its centroid within {@code max} of the old one's.
     */
    private boolean votes(int i, int k, double width, double height, double max) {
        double ratio = newArea[k] / oldArea[i];
        if (ratio < AREA_RATIO || ratio > 1 / AREA_RATIO) {
            return false;
        }
        if (!similar(width, newWidth[k]) || !similar(height, newHeight[k])) {
            return false;
        }
        double dx = newCentroid[2 * k] - oldCentroid[2 * i];
        double dy = newCentroid[2 * k + 1] - oldCentroid[2 * i + 1];
        return !(certainlyFarther(dx, dy, max) || !(certainlyNearer(dx, dy, max) || Math.hypot(dx, dy) <= max));
    }

    /**
     * Old parcel {@code i}'s votes as the index query by the search box (minX, minY, maxX, maxY) gives them, from the
     * grid of new centroids: a parcel votes once when one of its pieces' envelopes meets the search (the index's test) and it passes
     * {@link #votes}, whose centroid test bounds the cells to look in (a shift within {@code max} is within it on
     * each axis; the box is widened by a billionth of the coordinates for the rounding). The votes are the index
     * path's, in another order, which the mode does not depend on.
     */
    private void votesByGrid(CentroidGrid grid, int i, double minX, double minY, double maxX, double maxY,
                             double width, double height, double max, Votes votes) {
        double ox = oldCentroid[2 * i];
        double oy = oldCentroid[2 * i + 1];
        double reach = max + 1e-9 * (1 + max + Math.abs(ox) + Math.abs(oy));
        int c0 = grid.column(ox - reach);
        int c1 = grid.column(ox + reach);
        // fields in locals: the C1 compiler the command line runs with reloads a field on every use
        int[] cellStart = grid.cellStart;
        int[] parcels = grid.parcels;
        int columns = grid.columns;
        double[] centroids = newCentroid;
        double[] areas = newArea;
        double area = oldArea[i];
        for (int row = grid.row(oy - reach), r1 = grid.row(oy + reach); row <= r1; row++) {
            for (int c = row * columns + c0, end = row * columns + c1; c <= end; c++) {
                for (int at = cellStart[c], atEnd = cellStart[c + 1]; at < atEnd; at++) {
                    int k = parcels[at];
                    // most parcels of the cells lie outside the search's disk, and most of the rest have another
                    // area: those tests first (votes makes them again; the tests have no side effects, so their
                    // order changes nothing), the envelope test last
                    double ex = centroids[2 * k] - ox;
                    double ey = centroids[2 * k + 1] - oy;
                    if (certainlyFarther(ex, ey, max)) {
                        continue;
                    }
                    double ratio = areas[k] / area;
                    if (ratio < AREA_RATIO || ratio > 1 / AREA_RATIO || !votes(i, k, width, height, max)) {
                        continue;
                    }
                    boolean meets = false;
                    for (int p = firstPiece[k], pEnd = p + pieceCount[k]; p < pEnd && !meets; p++) {
                        int b = 4 * p;
                        meets = !(pieceBoxes[b] > maxX || pieceBoxes[b + 2] < minX || pieceBoxes[b + 1] > maxY
                                || pieceBoxes[b + 3] < minY);
                    }
                    if (meets) {
                        votes.add(ex, ey);
                    }
                }
            }
        }
    }

    /**
     * The grid of the new parcels that have pieces ({@link CentroidGrid}, cells of the largest shift searched), made
     * on first use; null when the pieces are not numbered parcel by parcel, a centroid is not finite or the map is
     * too wide for such cells.
     */
    private CentroidGrid newGrid() {
        return grid.get();
    }

    /** A value made on first use by the first thread that asks, then kept, null included, for every later ask. */
    private static final class Once<T> {
        private final Supplier<T> make;
        /** Written after {@link #value}, read before it: a thread that sees it set sees the value. */
        private volatile boolean made;
        private T value;

        Once(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            if (!made) {
                synchronized (this) {
                    if (!made) {
                        value = make.get();
                        made = true;
                    }
                }
            }
            return value;
        }
    }

    private CentroidGrid makeGrid() {
        boolean[] include = new boolean[nu.length];
        int p = 0;
        for (int k = 0; k < nu.length; k++) {
            firstPiece[k] = p;
            for (int j = 0; j < pieceCount[k]; j++, p++) {
                if (p >= pieceParent.length || pieceParent[p] != k) {
                    return null;
                }
            }
            include[k] = pieceCount[k] > 0;
        }
        if (p != pieceParent.length) {
            return null;
        }
        // a map too wide for cells of the search radius (over 1,024 of them a side) gets coarser cells; past twice
        // the radius a cell would hold more parcels than the index walk meets, and the walk is kept
        CentroidGrid made = CentroidGrid.of(newCentroid, include, options.maxOffset());
        return made != null && made.size <= 2 * options.maxOffset() ? made : null;
    }

    /**
     * Step 1: the densest block of candidate shifts ({@link ShiftBlocks#densest}); its median shift. The result
     * depends on the multiset of shifts only (cells are counted, ties broken by the cells' own order, medians
     * taken), not on their order.
     */
    private double[] mode(int[] sample) {
        double max = options.maxOffset();
        Votes votes = new Votes();
        int[] seen = new int[8];
        PackedTree.Hits hits = new PackedTree.Hits();
        CentroidGrid grid = plain ? null : newGrid();
        int step = Math.max(1, sample.length / MODE_SAMPLE);
        for (int j = 0; j < sample.length; j += step) {
            int i = sample[j];
            Envelope ei = old[i].getEnvelopeInternal();
            double width = ei.getWidth();
            double height = ei.getHeight();
            if (grid != null) {
                // the search box as the index path's below (the envelope grown by max; none for a null envelope)
                if (!ei.isNull()) {
                    votesByGrid(grid, i, ei.getMinX() - max, ei.getMinY() - max, ei.getMaxX() + max,
                            ei.getMaxY() + max, width, height, max, votes);
                }
                continue;
            }
            Envelope search = new Envelope(ei);
            search.expandBy(max);
            int seenCount = 0;
            newIndex.query(search, hits);
            for (int h = 0; h < hits.size; h++) {
                int k = pieceParent[hits.items[h]];
                // the tests below depend on the parcel alone: those of a parcel cut into pieces are made for each
                // of its pieces met, and only its first piece that passes them votes (one vote per parcel)
                if (!votes(i, k, width, height, max)) {
                    continue;
                }
                if (pieceCount[k] > 1) {
                    if (contains(seen, seenCount, k)) {
                        continue;
                    }
                    if (seenCount == seen.length) {
                        seen = Arrays.copyOf(seen, 2 * seenCount);
                    }
                    seen[seenCount++] = k;
                }
                votes.add(newCentroid[2 * k] - oldCentroid[2 * i], newCentroid[2 * k + 1] - oldCentroid[2 * i + 1]);
            }
        }
        int count = votes.count;
        double[] sx = votes.x;
        double[] sy = votes.y;
        if (count == 0) {
            return new double[] {0, 0};
        }
        int[] cx = new int[count];
        int[] cy = new int[count];
        for (int j = 0; j < count; j++) {
            cx[j] = cellOf(sx[j]);
            cy[j] = cellOf(sy[j]);
        }
        long best = ShiftBlocks.densest(cx, cy, count);
        int bx = (int) (best >> 32);
        int by = (int) best;
        int inBlock = 0;
        for (int j = 0; j < count; j++) {
            if (Math.abs(cx[j] - bx) <= 1 && Math.abs(cy[j] - by) <= 1) {
                sx[inBlock] = sx[j];
                sy[inBlock] = sy[j];
                inBlock++;
            }
        }
        return new double[] {median(sx, inBlock), median(sy, inBlock)};
    }

    /**
     * Step 2 for one sampled parcel: its residual shift to the nearest new parcel of similar area within the radius,
     * put at {@code rx[at], ry[at]} when their IoU after the offset reaches {@code minIou}; whether it does.
     */
    private boolean residual(int i, double[] offset, double radius, double minIou, double[] rx, double[] ry, int at) {
        double cx = oldCentroid[2 * i] + offset[0];
        double cy = oldCentroid[2 * i + 1] + offset[1];
        double minX = cx - radius;
        double minY = cy - radius;
        double maxX = cx + radius;
        double maxY = cy + radius;
        // The nearest candidate by Math.hypot, the last of equals winning (d <= best). Squared lengths settle
        // all but near-ties: one more than a relative 1e-9 larger (smaller) is certainly farther (nearer) by
        // hypot too, as products and hypot are within an ulp or two. Only a near-tie takes the two hypots.
        int best = -1;
        double bestDistance = radius;
        double bestX = 0;
        double bestY = 0;
        double best2 = radius * radius;
        int[] near = nearPieces(i, minX, minY, maxX, maxY);
        for (int pi : near) {
            int b = 4 * pi;
            if (pieceBoxes[b] > maxX || pieceBoxes[b + 2] < minX || pieceBoxes[b + 1] > maxY
                    || pieceBoxes[b + 3] < minY) {
                continue;
            }
            int k = pieceParent[pi];
            if (k == best) {
                // another piece of the nearest parcel so far: the same centroid, the same distance; the tie
                // below would keep it and only compute the hypot it may compute later
                continue;
            }
            double ex = newCentroid[2 * k] - cx;
            double ey = newCentroid[2 * k + 1] - cy;
            double d2 = ex * ex + ey * ey;
            if (d2 > best2 * (1 + 1e-9)) {
                continue;
            }
            if (d2 < best2 * (1 - 1e-9)) {
                best = k;
                bestX = ex;
                bestY = ey;
                best2 = d2;
                bestDistance = Double.NaN;
                continue;
            }
            if (Double.isNaN(bestDistance)) {
                bestDistance = Math.hypot(bestX, bestY);
            }
            double d = Math.hypot(ex, ey);
            if (d <= bestDistance) {
                best = k;
                bestX = ex;
                bestY = ey;
                best2 = d2;
                bestDistance = d;
            }
        }
        if (best < 0) {
            return false;
        }
        double inter = -1;
        double[] hull = newHull[best];
        if (hull != null && hull.length >= 6) {
            // Clipping the old parcel by the new one's convex hull gives the intersection I up to the hull's
            // excess over the parcel: I <= clip <= I + (hull area - area). Only the pass/fail of the IoU test
            // matters here, and for near-convex parcels (most) both ends of that interval fall on one side of it.
            Clipped last = plain ? null : clipped[i];
            if (last != null && last.k() == best) {
                // the same pair clipped before at a nearby offset: the clip now lies within a bound of that one,
                // and where the whole bound falls on one side of both tests below, they are decided as the clip
                // would decide them
                double slack = last.slack(offset, hull.length / 2, cx, cy, radius, newWidth[best], newHeight[best]);
                if (iou(i, best, last.area() + slack) < minIou) {
                    return false;
                }
                if (iou(i, best, Math.max(0, (last.area() - slack) - newHullExcess[best])) >= minIou) {
                    return pair(best, cx, cy, rx, ry, at);
                }
            }
            double clip = clipArea(i, offset, hull);
            if (!plain) {
                clipped[i] = last != null ? last.at(best, offset, clip) : Clipped.first(old[i], shell(i), best,
                        offset, clip);
            }
            double low = Math.max(0, clip - newHullExcess[best]);
            if (iou(i, best, clip) < minIou) {
                return false;
            }
            if (iou(i, best, low) >= minIou) {
                inter = low;
            }
        }
        if (inter < 0 && hull != null) {
            // A non-convex parcel whose hull leaves the test open: the exact area from its triangles decides,
            // unless the IoU lies so near the threshold that the overlay's rounding could decide otherwise.
            double[] tris = newTriangles.apply(best);
            if (tris.length > 0) {
                double[] shell = shell(i);
                ConvexClip.Scratch scratch = ConvexClip.Scratch.PER_THREAD.get();
                double exact = shell.length > 0
                        ? ConvexClip.shellAreaByTriangles(shell, offset[0], offset[1], tris, scratch)
                        : ConvexClip.areaByTriangles(old[i], offset[0], offset[1], tris, scratch);
                double q = iou(i, best, exact);
                if (Math.abs(q - minIou) > DECISIVE) {
                    return !(q < minIou) && pair(best, cx, cy, rx, ry, at);
                }
            }
        }
        if (inter < 0) {
            Geometry shifted = AffineTransformation.translationInstance(offset[0], offset[1]).transform(old[i]);
            try {
                inter = OverlayNGRobust.overlay(shifted, nu[best], OverlayNG.INTERSECTION).getArea();
            } catch (RuntimeException e) {
                return false;
            }
        }
        return !(iou(i, best, inter) < minIou) && pair(best, cx, cy, rx, ry, at);
    }

    /**
     * Old parcel's last clip by a new parcel's hull in {@link #residual}: new parcel {@code k}, the offset
     * {@code (ox, oy)}, the clipped area; and the old parcel's {@link ConvexClip#edgeSpans} and vertex count, which
     * bound how far the clip can move when the offset does ({@link #slack}).
     */
    private record Clipped(int k, double ox, double oy, double area, double spanX, double spanY, int vertices) {
        static Clipped first(Geometry g, double[] shell, int k, double[] offset, double area) {
            double[] spans = shell.length > 0 ? ConvexClip.shellEdgeSpans(shell) : ConvexClip.edgeSpans(g);
            int vertices = shell.length > 0 ? shell.length / 2 : g.getNumPoints();
            return new Clipped(k, offset[0], offset[1], area, spans[0], spans[1], vertices);
        }

        Clipped at(int newK, double[] offset, double newArea) {
            return new Clipped(newK, offset[0], offset[1], newArea, spanX, spanY, vertices);
        }

        /**
         * How far the clip of the same parcels at {@code offset} can lie from {@link #area}: the exact change
         * ({@link ConvexClip#shiftChange}, its own rounding covered by a relative 1e-9) and both clips' rounding.
         * A clip's vertices are off by about an ulp of the absolute coordinates (the shift is added to them) and its
         * arithmetic runs on coordinates relative to the window, within {@code reach} of it; the allowance below is a
         * hundred times the area those errors can move: 1e-13 × (the edges' spans × the coordinates' size + the
         * vertices × reach²). On a lot of 500 m² at 2.3 million m from the origin it is about 3e-5 m², far below
         * any IoU that matters, so only pairs within a hair of a threshold are clipped again.
         */
        double slack(double[] offset, int windowVertices, double cx, double cy, double radius, double width,
                     double height) {
            double change = ConvexClip.shiftChange(spanX, spanY, offset[0] - ox, offset[1] - oy);
            double reach = spanX + spanY + width + height + radius;
            double size = 1 + Math.abs(cx) + Math.abs(cy) + reach;
            double rounding = 1e-13 * ((spanX + spanY) * size + (vertices + windowVertices + 10) * reach * reach);
            return change * (1 + 1e-9) + 2 * rounding;
        }
    }

    /** Puts new parcel {@code k}'s residual shift from the shifted centroid (cx, cy) at {@code rx[at], ry[at]}. */
    private boolean pair(int k, double cx, double cy, double[] rx, double[] ry, int at) {
        rx[at] = newCentroid[2 * k] - cx;
        ry[at] = newCentroid[2 * k + 1] - cy;
        return true;
    }

    /**
     * Old parcel {@code i} shifted by the offset, clipped by the convex {@code window}: its area, as
     * {@link ConvexClip#area} gives it (from the parcel's kept shell when it has one: each parcel is clipped in
     * every round of its commune's and its sheet's samples).
     */
    private double clipArea(int i, double[] offset, double[] window) {
        double[] shell = shell(i);
        ConvexClip.Scratch scratch = ConvexClip.Scratch.PER_THREAD.get();
        return shell.length > 0 ? ConvexClip.shellArea(shell, offset[0], offset[1], window, scratch, false)
                : ConvexClip.area(old[i], offset[0], offset[1], window, scratch, false);
    }

    /** Old parcel {@code i}'s {@link ConvexClip#shell}, empty when it has none; made on first use. */
    private double[] shell(int i) {
        double[] s = oldShell[i];
        if (s == null) {
            s = ConvexClip.shell(old[i]);
            s = s == null ? new double[0] : s;
            oldShell[i] = s;
        }
        return s;
    }

    /**
     * An IoU from triangles this far from the threshold decides the test: the triangles' sum and the overlay's
     * area are the same area up to rounding (about 1e-12 of it), a million times less.
     */
    private static final double DECISIVE = 1e-6;

    /**
     * Pieces met by a box around an old parcel's shifted centroid whose parcels have a similar area to it (the
     * only ones {@link #residual} looks at: that test does not depend on the offset), and that box.
     */
    private record Near(double minX, double minY, double maxX, double maxY, int[] pieces) {
    }

    /** How much larger than asked a box of {@link #nearPieces} is queried, so that later rounds and scopes reuse it. */
    private static final double NEAR_SLACK = 3.0;

    /**
     * The pieces of parcels of similar area whose envelopes meet a box holding the given one (minX, minY, maxX,
     * maxY), in the index's query order: the pieces the index returns for that box are those of the list whose
     * envelopes meet it, in the same order. A parcel is re-paired in up to three rounds in its commune's and its sheet's samples, with offsets a
     * few centimetres apart: one index query, kept per parcel, serves them all.
     */
    private int[] nearPieces(int i, double minX, double minY, double maxX, double maxY) {
        Near n = near[i];
        if (n == null || n.minX() > minX || n.minY() > minY || n.maxX() < maxX || n.maxY() < maxY) {
            Envelope search = new Envelope(minX - NEAR_SLACK, maxX + NEAR_SLACK, minY - NEAR_SLACK,
                    maxY + NEAR_SLACK);
            PackedTree.Hits hits = new PackedTree.Hits();
            PieceGrid grid = plain ? null : pieceGrid();
            if (grid != null && Double.isFinite(search.getMinX()) && Double.isFinite(search.getMinY())
                    && Double.isFinite(search.getMaxX()) && Double.isFinite(search.getMaxY())) {
                grid.query(search.getMinX(), search.getMinY(), search.getMaxX(), search.getMaxY(), hits);
            } else {
                newIndex.query(search, hits);
            }
            int similar = 0;
            for (int h = 0; h < hits.size; h++) {
                double ratio = newArea[pieceParent[hits.items[h]]] / oldArea[i];
                if (!(ratio < AREA_RATIO || ratio > 1 / AREA_RATIO)) {
                    hits.items[similar++] = hits.items[h];
                }
            }
            n = new Near(search.getMinX(), search.getMinY(), search.getMaxX(), search.getMaxY(),
                    Arrays.copyOf(hits.items, similar));
            near[i] = n;
        }
        return n.pieces();
    }

    /**
     * The grid of the new parcels' pieces ({@link PieceGrid}: what the index returns for the small boxes of
     * {@link #nearPieces}, without a walk down it), in cells as wide as the first round's box; made on first use,
     * null when the index cannot say its order ({@link PackedTree#itemPlaces}) or an envelope is not a finite box.
     */
    private PieceGrid pieceGrid() {
        return pieces.get();
    }

    private PieceGrid makePieceGrid() {
        int n = pieceParent.length;
        return PieceGrid.of(pieceBoxes, n, newIndex.itemPlaces(n), 2 * (4 * cell + NEAR_SLACK));
    }

    /**
     * Whether {@code Math.hypot(x, y) > limit} for certain, from the squared length alone (a square root and a
     * product are correctly rounded and hypot is within an ulp: a relative margin of 1e-9 leaves no doubt), so that
     * the costly hypot is taken only for candidates that may be nearer: the comparison itself stays hypot's.
     */
    private static boolean certainlyFarther(double x, double y, double limit) {
        return x * x + y * y > limit * limit * (1 + 1e-9);
    }

    /**
     * Whether {@code Math.hypot(x, y) <= limit} for certain, from the squared length alone (the margin of
     * {@link #certainlyFarther}, the other way).
     */
    private static boolean certainlyNearer(double x, double y, double limit) {
        return x * x + y * y < limit * limit * (1 - 1e-9);
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int j = 0; j < n; j++) {
            if (values[j] == value) {
                return true;
            }
        }
        return false;
    }

    /** IoU of old {@code i} and new {@code k} given their intersection area (increasing in it). */
    private double iou(int i, int k, double intersection) {
        return intersection / (oldArea[i] + newArea[k] - intersection);
    }

    private boolean similar(double a, double b) {
        return Math.abs(a - b) <= 0.15 * Math.max(a, b) + 2 * cell;
    }

    private int cellOf(double v) {
        return floorToInt(v / cell);
    }

    /**
     * {@code (int) Math.floor(q)}, without the floor (a call under the C1 compiler the command line runs with, made
     * twice per vote): the int conversion truncates toward zero, one too high for a negative non-integer; NaN and
     * values beyond the int range convert as the floor's would.
     */
    static int floorToInt(double q) {
        int t = (int) q;
        return t > q && t != Integer.MIN_VALUE ? t - 1 : t;
    }

    /**
     * The median of {@code v[0 .. n-1]} (n > 0) as sorting them would give it: the middle value, or the mean of
     * the two middle ones. Reorders {@code v[0 .. n-1]}.
     */
    static double median(double[] v, int n) {
        if (n % 2 == 1) {
            return orderStatistic(v, n, n / 2);
        }
        double upper = orderStatistic(v, n, n / 2);
        // after the selection v[0 .. n/2-1] hold the n/2 smallest: the lower middle value is their largest
        // as Math.max (NaN if any is NaN), without its call per value under C1; the sign of a zero is settled below
        double lower = v[0];
        for (int i = 1; i < n / 2; i++) {
            double x = v[i];
            if (x > lower || x != x) {
                lower = x;
            }
        }
        if (Double.isNaN(lower)) {
            return sortedMedian(v, n);
        }
        if (lower == 0) {
            // -0.0 or 0.0: the selection does not tell them apart, the sort does
            lower = sortedZeroAt(v, n, n / 2 - 1);
        }
        return (lower + upper) / 2;
    }

    /**
     * The value {@code Arrays.sort(v, 0, n)} would put at index {@code k}, by selection (Hoare's quickselect,
     * linear on average, where a sort costs n log n; the medians of every re-pairing round took a sixth of the
     * offset search). Afterwards {@code v[0 .. k-1]} are no larger and {@code v[k+1 .. n-1]} no smaller than it.
     * Equal doubles are the same double except for -0.0 and 0.0, which the sort orders and {@code <} does not,
     * and NaN, which {@code <} cannot order: a zero or NaN result is taken from the sort itself, so the value is
     * always the sort's.
     */
    static double orderStatistic(double[] v, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double pivot = medianOfThree(v[lo], v[mid], v[hi]);
            if (Double.isNaN(pivot)) {
                return sortedAt(v, n, k);
            }
            int i = lo;
            int j = hi;
            while (i <= j) {
                double a;
                while ((a = v[i]) < pivot) {
                    i++;
                }
                double b;
                while ((b = v[j]) > pivot) {
                    j--;
                }
                // a NaN stops both scans: each value of the first partition is passed by a scan (so not NaN) or
                // stops one, so this finds any NaN without a pass of its own
                if (a != a || b != b) {
                    return sortedAt(v, n, k);
                }
                if (i <= j) {
                    v[i] = b;
                    v[j] = a;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        double found = v[k];
        if (found != found) { // n == 1
            return sortedAt(v, n, k);
        }
        return found == 0 ? sortedZeroAt(v, n, k) : found;
    }

    /**
     * The zero {@code Arrays.sort(v, 0, n)} puts at index {@code k} when that value is -0.0 or 0.0 and none is NaN:
     * the sort puts the negative values first, then every -0.0, then every 0.0, so one count tells which (a round's
     * median residual is often exactly zero: the parcel that set the last correction pairs again; sorting all of
     * them for its sign took as long as the selection).
     */
    private static double sortedZeroAt(double[] v, int n, int k) {
        int belowPositiveZero = 0;
        for (int i = 0; i < n; i++) {
            if (v[i] < 0 || (v[i] == 0 && Double.doubleToRawLongBits(v[i]) != 0)) {
                belowPositiveZero++;
            }
        }
        return k < belowPositiveZero ? -0.0 : 0.0;
    }

    private static double medianOfThree(double a, double b, double c) {
        return a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
    }

    private static double sortedAt(double[] v, int n, int k) {
        Arrays.sort(v, 0, n);
        return v[k];
    }

    private static double sortedMedian(double[] v, int n) {
        Arrays.sort(v, 0, n);
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The reference for {@link #median(double[], int)}: a full sort (tests compare the two). */
    static double medianBySort(double[] v, int n) {
        return sortedMedian(Arrays.copyOf(v, n), n);
    }
}
