package org.parcelrecon.geometry.compare;

import org.parcelrecon.core.evidence.ChangeClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.parcelrecon.geometry.internal.QuickValidity;
import org.parcelrecon.geometry.internal.RingVertices;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.parcelrecon.core.parallel.ParallelWork;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.internal.LongestFirst;
import org.parcelrecon.geometry.internal.NumberingScopes;
import org.parcelrecon.geometry.internal.Polygons;
import org.parcelrecon.geometry.internal.Subdivision;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.parcelrecon.geometry.internal.PackedTree;
import org.parcelrecon.geometry.internal.UnionFind;

/**
 * Compares the cadastral maps of two survey periods, parcel by parcel, and says what changed.
 *
 * <h2>Method</h2>
 * <ol>
 *   <li>Invalid polygons are repaired (by linework, as PostGIS's ST_MakeValid: see {@code internal.Polygons} for
 *       why); a parcel left without area forms its own REMOVED or NEW group, with a note. Areas and overlaps are
 *       those of the repairs; the Hausdorff distance is measured on the polygons as drawn.</li>
 *   <li>The systematic offset between the surveys is estimated robustly (see {@link OffsetEstimate}; per map sheet
 *       within its commune, or for the map, {@link CompareOptions#offsetMode()}) and removed from the old parcels.
 *       The commune is the first of the attributes {@code commune_code}, {@code ma_xa}, {@code commune},
 *       {@code maXa} that the old map carries: sheet numbers restart in every commune, so sheet 3 of two communes
 *       is two sheets. A sheet with too few corresponding pairs takes its commune's offset, else the map's.</li>
 *   <li>One STRtree over the new parcels, those with more than 256 vertices cut into pieces (as ST_Subdivide
 *       does) so that a long road polygon costs its neighbours only the nearby piece. For each old parcel, the new
 *       parcels whose envelopes meet it are taken in order: first the <b>fast path</b>: if a candidate matches
 *       vertex by vertex within the shape tolerance, the pair is settled without overlay and the other candidates
 *       are not looked at (the old parcel lies within the tolerance of its match, so it can share only a band
 *       thinner than the tolerance with them: noise by the rule below); else, per candidate, an envelope bound (the envelopes' intersection cannot hold a
 *       significant overlap: skip); then a prepared interior-intersection test ({@link RelateNG}), unless the
 *       pair's exact area from the new parcel's triangles already shows the interiors meet; only then the
 *       exact intersection (OverlayNG). An overlap whose area alone does not settle its significance takes its
 *       perimeter from the two boundaries instead ({@code IntersectionPerimeter}) when they only cross, and is
 *       overlaid later only if its area reaches a result (a group's IoU, a parcel's largest overlap). The fast
 *       path's candidates come from a grid of the new parcels' corners ({@code CornerIndex}).</li>
 *   <li>An overlap is <b>significant</b> when it covers at least the minimum fraction of the smaller parcel (1 %
 *       by default) and is not a sliver of noise (mean width 2·area/perimeter under the shape tolerance, unless it
 *       covers half the smaller parcel). A significant overlap is land that really lies in both parcels: a strip
 *       1.5 m wide along a 30 m boundary is no digitising error. Whether it links the two parcels into one group
 *       is decided next.</li>
 *   <li>Significant overlaps link parcels, except a <b>moved boundary</b>: a strip between two parcels that are
 *       each still recognisably themselves (a mutual largest overlap holding most of both parcels) and that,
 *       where the maps share a numbering, did not both change number (see {@code isMovedBoundary}: cadastral
 *       practice renumbers re-cut parcels and keeps the numbers of parcels whose boundary was corrected). Where
 *       the numbers say nothing (a new survey that renumbered everything, or no numbers), geometry decides: the
 *       two pairs must have traded land with each other alone. A parcel that traded land with two neighbours
 *       (a chain a | b | c whose internal lines all moved) or with a new parcel that no old one corresponds to
 *       (n parcels re-cut into m != n) belongs to a re-parcelled block. Each connected group is classified by its
 *       counts: 1:1 UNCHANGED (Hausdorff within the shape tolerance) or MODIFIED, 1:n SPLIT, n:1 MERGED, n:m
 *       REPARCELLED, 0:1 NEW, 1:0 REMOVED.</li>
 * </ol>
 *
 * <h2>Moved boundary or re-cut block, by geometry alone</h2>
 * Old lots a | b | c (20 m wide each) and a new survey, numbered afresh, with lots A | B | C whose lines run at
 * 22.5 m and 37.5 m. Each new lot holds most of one old lot, so each pair alone looks like a parcel with a moved
 * boundary. But b handed a strip to A <em>and</em> one to C: both of its lines moved, each towards a different
 * neighbour. A boundary correction is a matter between two neighbours, so this is read as one REPARCELLED group
 * {a, b, c} → {A, B, C}. Lines at 21.5 m and 40 m, by contrast (only the line a | b moved), give MODIFIED a → A,
 * MODIFIED b → B and UNCHANGED c → C; so do two separate corrections a | b and c | d whose shared line b | c
 * stayed.
 *
 * <p>Known limit: two neighbours re-cut into two new parcels whose line runs near the old one (each new parcel
 * holding more than half of an old one) are, by geometry, exactly a moved boundary: the same two parcels, the
 * same union, one line moved. Without shared numbers they come out as two MODIFIED groups; only a change of both
 * numbers (or a strip larger than half a parcel) tells them apart. Conversely, a parcel whose two boundaries were
 * corrected in the same period against two different neighbours, none of them known by a kept number, is read
 * as part of a re-cut; so is a whole area whose lines all moved by more than the shape tolerance (an old map
 * less accurate than the tolerance: raise the tolerance to its accuracy).
 *
 * <h2>Example</h2>
 * <pre>{@code
 * ComparisonResult r = MapComparison.compare(map2012, map2024, CompareOptions.DEFAULTS);
 * r.globalOffset();     // OffsetEstimate[scope=*, dx=0.42, dy=-1.10, pairs=3975, spread=0.08]
 * r.counts();           // {UNCHANGED=9800, MODIFIED=120, SPLIT=40, MERGED=12, REPARCELLED=2, NEW=5, REMOVED=3}
 * }</pre>
 * Edge cases: an empty old map makes every new parcel NEW; two parcels that only touch are never grouped; a parcel
 * that moved by more than its own size between surveys (beyond the offset) shows as REMOVED plus NEW.
 *
 * <p>Limits: the offset is a translation (no rotation or scale); overlaps between parcels of the same map can join
 * groups that a clean map would keep apart (run map QA first). Coordinates must be projected, in metres.
 * Per-parcel work runs in parallel streams: in the pool of {@link CompareOptions#withPool} when one is set (a host
 * server bounds a comparison's CPU so), else in the fork-join pool of the calling thread when it is one, else in
 * the common pool; the result does not depend on it. Thread-safe: calls share no state, and any number of
 * comparisons may run at once.
 */
public final class MapComparison {
    private static final Logger LOG = LoggerFactory.getLogger(MapComparison.class);
    /**
     * Share of both areas that a dominant old/new partnership must exceed for a side overlap to be a moved boundary:
     * a majority, so that the parcel kept most of its land.
     */
    private static final double MOVED_BOUNDARY_SHARE = 0.5;

    private MapComparison() {
    }

    /**
     * Compares two maps read by {@code ParcelFiles}, after checking that they are in the same projected CRS.
     *
     * @throws IllegalArgumentException if the layers' CRSs are known and differ, or one is geographic (read both
     *                                  with {@code ReadOptions.withTargetCrs} of one projected CRS)
     * @param oldMap the earlier survey
     * @param newMap the later survey
     * @param options tolerances, offset mode and the pool to run in
     * @return the change groups, the offsets removed and the digitising noise
     */
    public static ComparisonResult compare(ParcelLayer oldMap, ParcelLayer newMap, CompareOptions options) {
        Objects.requireNonNull(oldMap, "oldMap");
        Objects.requireNonNull(newMap, "newMap");
        if (oldMap.crs().isPresent() && newMap.crs().isPresent() && !oldMap.crs().get().equals(newMap.crs().get())) {
            throw new IllegalArgumentException("the maps are in different CRSs (" + oldMap.crs().get().id() + ", "
                    + newMap.crs().get().id() + "): read both with ReadOptions.withTargetCrs of one projected CRS");
        }
        for (ParcelLayer layer : List.of(oldMap, newMap)) {
            if (layer.crs().map(Crs::isGeographic).orElse(false)) {
                throw new IllegalArgumentException(layer.source() + " is in longitude/latitude ("
                        + layer.crs().get().id() + "): read it with ReadOptions.withTargetCrs of a projected CRS");
            }
        }
        return compare(oldMap.features(), newMap.features(), options);
    }

    /**
     * Compares two maps given as parcel lists in the same projected CRS.
     *
     * @param oldParcels the earlier survey's parcels
     * @param newParcels the later survey's parcels
     * @param options tolerances, offset mode and the pool to run in
     * @return the change groups, the offsets removed and the digitising noise
     */
    public static ComparisonResult compare(List<ParcelFeature> oldParcels, List<ParcelFeature> newParcels,
                                           CompareOptions options) {
        Objects.requireNonNull(oldParcels, "oldParcels");
        Objects.requireNonNull(newParcels, "newParcels");
        Objects.requireNonNull(options, "options");
        return ParallelWork.in(options.pool(), () -> new Run(oldParcels, newParcels, options).run());
    }

    /** Polygons with more vertices are cut into pieces of at most this many before overlays (cf. ST_Subdivide). */
    private static final int MAX_VERTICES = 256;
    /** An overlap covering this share of the smaller parcel is significant whatever its shape. */
    private static final double HALF = 0.5;
    /** DE-9IM pattern: the interiors intersect. */
    private static final String INTERIORS_INTERSECT = "T********";

    /** A new parcel, or a piece of a big one. */
    private record Piece(int parent, Geometry geometry, boolean whole, double[] hull, boolean convex) {
    }

    /**
     * Pairs found for one old parcel off the fast path, while the join measures them: new index, intersection area,
     * flags, as {@link PairTable} keeps them. Grows as needed.
     */
    private static final class Pairs {
        int size;
        int[] other = new int[2];
        double[] intersection = new double[2];
        boolean[] significant = new boolean[2];
        boolean[] approximate = new boolean[2];
        boolean anyApproximate;

        void add(int k, double area, boolean isSignificant, boolean isApproximate) {
            if (size == other.length) {
                other = Arrays.copyOf(other, size * 2);
                intersection = Arrays.copyOf(intersection, size * 2);
                significant = Arrays.copyOf(significant, size * 2);
                approximate = Arrays.copyOf(approximate, size * 2);
            }
            other[size] = k;
            intersection[size] = area;
            significant[size] = isSignificant;
            approximate[size] = isApproximate;
            anyApproximate |= isApproximate;
            size++;
        }
    }

    /**
     * Every pair the join found, old parcel by old parcel in one set of flat arrays: old parcel {@code i}'s pairs
     * are the entries {@code start[i] .. start[i + 1] - 1}, each a new parcel ({@code other}), their intersection
     * area, whether it is significant, the fast path's Hausdorff bound (-1 off the fast path) and whether the area is
     * approximate. Grouping and the noise estimate walk all pairs several times: from flat arrays that is a walk
     * over a few arrays in order, not over an object and five small arrays per old parcel. An {@code approximate}
     * area is the triangles' sum for a pair the overlay would have measured: its last bits may differ from the
     * overlay's, so before it can reach a result (a group's IoU, the choice of a parcel's largest overlap)
     * {@code Run.refine} replaces it by the overlay's.
     */
    private static final class PairTable {
        final int[] start;
        final int[] other;
        final double[] intersection;
        final boolean[] significant;
        final double[] fastHausdorff;
        final boolean[] approximate;
        final boolean anyApproximate;

        /**
         * The table of the join's results: per old parcel either its fast-path match ({@code fastOther[i] >= 0}: one
         * significant pair with its area and Hausdorff bound), or its pairs {@code slow[i]}, or none (null).
         */
        PairTable(int[] fastOther, double[] fastArea, double[] fastH, Pairs[] slow) {
            int n = fastOther.length;
            start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + (fastOther[i] >= 0 ? 1 : slow[i] == null ? 0 : slow[i].size);
            }
            int size = start[n];
            other = new int[size];
            intersection = new double[size];
            significant = new boolean[size];
            fastHausdorff = new double[size];
            approximate = new boolean[size];
            boolean any = false;
            for (int i = 0; i < n; i++) {
                int e = start[i];
                if (fastOther[i] >= 0) {
                    other[e] = fastOther[i];
                    intersection[e] = fastArea[i];
                    significant[e] = true;
                    fastHausdorff[e] = fastH[i];
                } else if (slow[i] != null) {
                    Pairs p = slow[i];
                    System.arraycopy(p.other, 0, other, e, p.size);
                    System.arraycopy(p.intersection, 0, intersection, e, p.size);
                    System.arraycopy(p.significant, 0, significant, e, p.size);
                    Arrays.fill(fastHausdorff, e, e + p.size, -1);
                    System.arraycopy(p.approximate, 0, approximate, e, p.size);
                    any |= p.anyApproximate;
                }
            }
            anyApproximate = any;
        }
    }

    /**
     * Per new parcel {@code k} the old parcels that overlap it significantly, {@code old[start[k] .. start[k + 1] -
     * 1]}, in old-map order.
     */
    private record OldPartners(int[] start, int[] old) {
        /** How many old parcels overlap new parcel {@code k} significantly. */
        int count(int k) {
            return start[k + 1] - start[k];
        }
    }

    /**
     * Who traded land with whom: the significant overlaps seen from both maps, and the parcels whose sheet/plot number
     * shows they kept their identity.
     */
    private record Exchange(PairTable pairs, OldPartners oldsOfNew, boolean[] keptOld, boolean[] keptNew) {
        /**
         * Whether the pairs old {@code i} / new {@code k0} and old {@code i0} / new {@code k} trade land with each
         * other alone: no parcel of the four overlaps significantly a parcel outside them, except a neighbour whose
         * kept number shows that it is itself (its strip is a corrected boundary of its own and says nothing about
         * a re-cut). A boundary moved between two neighbours is a matter of those two; a parcel that also traded
         * land with a third (a chain a | b | c whose lines all moved) or with a new parcel that no old one
         * corresponds to (n old parcels re-cut into m new ones, n != m) belongs to a re-parcelled block.
         */
        boolean onlyWithEachOther(int i, int k0, int i0, int k) {
            return newPartnersWithin(i, k0, k) && newPartnersWithin(i0, k0, k)
                    && oldPartnersWithin(k0, i, i0) && oldPartnersWithin(k, i, i0);
        }

        private boolean newPartnersWithin(int i, int a, int b) {
            for (int e = pairs.start[i]; e < pairs.start[i + 1]; e++) {
                int k = pairs.other[e];
                if (pairs.significant[e] && k != a && k != b && !keptNew[k]) {
                    return false;
                }
            }
            return true;
        }

        private boolean oldPartnersWithin(int k, int a, int b) {
            for (int j = oldsOfNew.start()[k]; j < oldsOfNew.start()[k + 1]; j++) {
                int i = oldsOfNew.old()[j];
                if (i != a && i != b && !keptOld[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The values {@code v} sorted holds at the ranks ⌊q·n⌋ (at most n − 1) of the increasing quantiles {@code qs}, by
     * selection (reorders {@code v}): the noise estimate's median, P95 and P99. A selection leaves every larger value
     * above the one it found ({@link OffsetEstimator#orderStatistic}), so each next quantile is selected among those
     * alone (a half, then a twentieth of the values, instead of all of them three times); the values are the sort's.
     * Pinned against a sort by MapComparisonTest.
     */
    static double[] quantiles(double[] v, double... qs) {
        double[] out = new double[qs.length];
        if (v.length == 0) {
            return out;
        }
        double[] part = v; // the values of ranks from .. v.length-1, in some order
        int from = 0;
        int previous = -1;
        for (int j = 0; j < qs.length; j++) {
            int r = Run.rank(v.length, qs[j]);
            if (r == previous) {
                out[j] = out[j - 1];
                continue;
            }
            if (previous >= 0) {
                part = Arrays.copyOfRange(part, previous + 1 - from, part.length);
                from = previous + 1;
            }
            out[j] = OffsetEstimator.orderStatistic(part, part.length, r - from);
            previous = r;
        }
        return out;
    }

    /**
     * For a polygon without holes whose shell has 4+ vertices: stores in {@code area[i]} exactly
     * {@link Polygon#getArea} and returns exactly {@link #centroid} (NaN without area), in one walk over the
     * shell instead of two (this runs on every parcel of both maps). Both sums keep their JTS/{@link #centroid}
     * operations and order, term by term, so every double is the same bit for bit (the outputs print them
     * unrounded): JTS's {@code Area.ofRingSigned} sums (x[j] - x[0]) · (y[j-1] - y[j+1]) for j = 1 .. size-2.
     * Pinned against getArea and centroid by MapComparisonTest.
     */
    static double[] shellAreaAndCentroid(Polygon poly, double[] area, int i) {
        CoordinateSequence s = poly.getExteriorRing().getCoordinateSequence();
        int size = s.size();
        double[] xs = new double[size];
        double[] ys = new double[size];
        RingVertices.all(s, size, xs, ys);
        return shellAreaAndCentroid(xs, ys, size, poly, area, i);
    }

    /** {@link #shellAreaAndCentroid(Polygon, double[], int)} of {@code poly}'s shell already read into arrays. */
    private static double[] shellAreaAndCentroid(double[] xs, double[] ys, int size, Polygon poly, double[] area,
                                                 int i) {
        double x0 = xs[0];
        double y0 = ys[0];
        double sum = 0.0; // Area.ofRingSigned's
        double a = 0; // centroid's moments, about the first vertex
        double mx = 0;
        double my = 0;
        double prevY = Double.NaN; // y of the vertex before (xi, yi)
        double xi = x0;
        double yi = y0;
        for (int j = 0; j < size - 1; j++) {
            double xn = xs[j + 1];
            double yn = ys[j + 1];
            if (j > 0) {
                sum += (xi - x0) * (prevY - yn);
            }
            double x1 = xi - x0;
            double y1 = yi - y0;
            double x2 = xn - x0;
            double y2 = yn - y0;
            double cross = x1 * y2 - x2 * y1;
            a += cross;
            mx += (x1 + x2) * cross;
            my += (y1 + y2) * cross;
            prevY = yi;
            xi = xn;
            yi = yn;
        }
        double polygonArea = 0.0;
        polygonArea += Math.abs(sum / 2.0);
        area[i] = polygonArea;
        if (!(polygonArea > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        // as centroid's one shell: the sign makes the moments positive whatever the orientation
        double sign = a >= 0 ? 1 : -1;
        double c = 0;
        double cx = 0;
        double cy = 0;
        c += sign * a / 2;
        cx += sign * mx / 6;
        cy += sign * my / 6;
        if (!(c > 0)) {
            return centroid(poly);
        }
        return new double[] {x0 + cx / c, y0 + cy / c};
    }

    /**
     * The area-weighted centroid of a polygonal geometry with area, from its coordinate sequences (as JTS's
     * {@code Centroid}, but without {@code getCoordinates()}, which leaves a cached copy of every ring's
     * vertices on the geometry). Moments are taken about the first vertex, so large projected coordinates
     * lose no precision.
     */
    static double[] centroid(Geometry g) {
        double ox = Double.NaN;
        double oy = Double.NaN;
        double area = 0;
        double mx = 0;
        double my = 0;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            if (!(g.getGeometryN(p) instanceof Polygon poly) || poly.isEmpty()) {
                continue;
            }
            for (int r = -1; r < poly.getNumInteriorRing(); r++) {
                CoordinateSequence s = r < 0 ? poly.getExteriorRing().getCoordinateSequence()
                        : poly.getInteriorRingN(r).getCoordinateSequence();
                if (Double.isNaN(ox)) {
                    ox = s.getX(0);
                    oy = s.getY(0);
                }
                double a = 0;
                double x = 0;
                double y = 0;
                for (int i = 0; i < s.size() - 1; i++) {
                    double x1 = s.getX(i) - ox;
                    double y1 = s.getY(i) - oy;
                    double x2 = s.getX(i + 1) - ox;
                    double y2 = s.getY(i + 1) - oy;
                    double cross = x1 * y2 - x2 * y1;
                    a += cross;
                    x += (x1 + x2) * cross;
                    y += (y1 + y2) * cross;
                }
                // shells add, holes subtract, whatever the rings' orientation
                double sign = (r < 0) == (a >= 0) ? 1 : -1;
                area += sign * a / 2;
                mx += sign * x / 6;
                my += sign * y / 6;
            }
        }
        if (!(area > 0)) {
            Point c = g.getCentroid();
            return new double[] {c.getX(), c.getY()};
        }
        return new double[] {ox + mx / area, oy + my / area};
    }

    private static final class Run {
        private final List<ParcelFeature> oldIn;
        private final List<ParcelFeature> newIn;
        private final CompareOptions options;
        private final int nOld;
        private final int nNew;
        private final ParcelFeature[] oldP;
        private final ParcelFeature[] newP;
        /** Per parcel what a person should know about it (repaired, no id, repeated), or null. */
        private final String[] oldRepairNote;
        private final String[] newRepairNote;
        /** Per parcel the earlier parcel of its map that it repeats (same id, same polygon), or -1; set by run. */
        private int[] oldDupOf;
        private int[] newDupOf;
        /** Per parcel its {@link #repeatHash}, made while it is prepared. */
        private final int[] oldRepeatHash;
        private final int[] newRepeatHash;
        /** Per parcel the vertex count of its prepared polygon. */
        private final int[] oldPoints;
        private final int[] newPoints;
        private final double[] oldArea;
        private final double[] newArea;
        private final double[][] oldCentroid;
        private final double[][] newCentroid;
        private final double[] dx;
        private final double[] dy;
        /**
         * Per parcel its {@link #numberKey} as a code ({@link #numberCode}: {@link #NO_NUMBER}, {@link #TEXT} or
         * sheet and plot as one long), and the key itself for a {@link #TEXT} code (else null: made when needed).
         */
        private final long[] oldCode;
        private final long[] newCode;
        private final String[] oldKey;
        private final String[] newKey;
        /** Per new parcel its triangles ({@link ConvexClip#triangles}), made when first needed; empty if none. */
        private final AtomicReferenceArray<double[]> newTriangles;
        /** Per piece of a cut new parcel its triangles, made when first needed; set by {@link #run}. */
        private AtomicReferenceArray<double[]> pieceTriangles;
        /** Per old parcel its prepared polygon's envelope: minX, minY, maxX, maxY (as ConvexClip's windows are). */
        private final double[] oldBox;
        /** Per new parcel its prepared polygon's envelope, as {@link #oldBox}. */
        private final double[] newBox;
        /** Per new parcel its prepared polygon's envelope width and height. */
        private final double[] newWidth;
        private final double[] newHeight;
        /** Per piece of a new parcel its envelope (minX, minY, maxX, maxY), as the index holds it; set by run. */
        private double[] pieceBoxes;
        /** Per old parcel its commune code or null; set by {@link #run}. */
        private String[] communes;

        Run(List<ParcelFeature> oldIn, List<ParcelFeature> newIn, CompareOptions options) {
            this.oldIn = oldIn;
            this.newIn = newIn;
            this.options = options;
            nOld = oldIn.size();
            nNew = newIn.size();
            oldP = new ParcelFeature[nOld];
            newP = new ParcelFeature[nNew];
            oldRepairNote = new String[nOld];
            newRepairNote = new String[nNew];
            oldRepeatHash = new int[nOld];
            newRepeatHash = new int[nNew];
            oldPoints = new int[nOld];
            newPoints = new int[nNew];
            oldArea = new double[nOld];
            newArea = new double[nNew];
            oldCentroid = new double[nOld][];
            newCentroid = new double[nNew][];
            dx = new double[nOld];
            dy = new double[nOld];
            newTriangles = new AtomicReferenceArray<>(nNew);
            oldCode = new long[nOld];
            newCode = new long[nNew];
            oldKey = new String[nOld];
            newKey = new String[nNew];
            oldBox = new double[4 * nOld];
            newBox = new double[4 * nNew];
            newWidth = new double[nNew];
            newHeight = new double[nNew];
        }

        /** The triangles of new parcel {@code k}, made on first use (any thread; the same on every thread). */
        private double[] triangles(int k) {
            double[] t = newTriangles.get(k);
            if (t == null) {
                t = ConvexClip.triangles(newP[k].geometry(), newArea[k]);
                t = t == null ? new double[0] : t;
                newTriangles.compareAndSet(k, null, t);
            }
            return t;
        }

        ComparisonResult run() {
            long t0 = System.nanoTime();
            // One pass over both maps' parcels: repair, area, centroid and number of each; a new parcel is also cut
            // into pieces and gets its hull. Each parcel's work is its own, so the order is free: the costly ones
            // (road polygons of thousands of vertices: a repair and a cut of a few hundred milliseconds each) start
            // first, one per thread, and the lots fill in around them (LongestFirst), instead of one thread meeting
            // them all at the end of its half of a parallel stream while the other waits.
            Geometry[][] cut = new Geometry[nNew][];
            double[][] hulls = new double[nNew][];
            boolean[] convex = new boolean[nNew];
            double[] hullExcess = new double[nNew];
            LongestFirst.run(nOld + nNew, e -> e < nOld ? oldIn.get(e).geometry().getNumPoints()
                    : 2L * newIn.get(e - nOld).geometry().getNumPoints(), 2L * MAX_VERTICES, e -> {
                        if (e < nOld) {
                            prepare(oldIn.get(e), e, oldP, oldRepairNote, oldArea, oldCentroid, oldPoints,
                                    oldRepeatHash, oldBox);
                            number(oldP[e], e, oldCode, oldKey);
                        } else {
                            int k = e - nOld;
                            prepare(newIn.get(k), k, newP, newRepairNote, newArea, newCentroid, newPoints,
                                    newRepeatHash, newBox);
                            number(newP[k], k, newCode, newKey);
                            // Envelope's getWidth and getHeight (0 for the null envelope, max < min)
                            int b = 4 * k;
                            newWidth[k] = newBox[b + 2] < newBox[b] ? 0 : newBox[b + 2] - newBox[b];
                            newHeight[k] = newBox[b + 3] < newBox[b + 1] ? 0 : newBox[b + 3] - newBox[b + 1];
                            cutAndHull(k, cut, hulls, convex, hullExcess);
                        }
                    });
            oldDupOf = repeats(oldIn, oldRepeatHash);
            newDupOf = repeats(newIn, newRepeatHash);
            settle(oldIn, oldDupOf, oldRepairNote, oldArea, oldCentroid);
            settle(newIn, newDupOf, newRepairNote, newArea, newCentroid);
            for (int k = 0; k < nNew; k++) {
                if (newDupOf[k] >= 0) {
                    // a repeat has no area: no pieces and no hull, as cutAndHull leaves a parcel without area
                    cut[k] = new Geometry[0];
                    hulls[k] = null;
                    convex[k] = false;
                    hullExcess[k] = 0;
                }
            }
            t0 = phase("prepare", t0);
            // one STRtree over the new parcels, a big one by its pieces: the join and the offset search share it.
            // Built as STRtree builds it (same queries, same order), from envelopes computed in parallel.
            List<Piece> pieces = new ArrayList<>();
            int[] pieceCount = new int[nNew];
            for (int k = 0; k < nNew; k++) {
                boolean whole = hulls[k] != null;
                pieceCount[k] = cut[k].length;
                for (Geometry g : cut[k]) {
                    pieces.add(new Piece(k, g, whole, whole ? hulls[k] : null, convex[k]));
                }
            }
            pieceBoxes = new double[4 * pieces.size()];
            IntStream.range(0, pieces.size()).parallel().forEach(pi -> {
                Piece piece = pieces.get(pi);
                if (piece.geometry() == newP[piece.parent()].geometry()) {
                    // a parcel left whole: its envelope is the one prepare found
                    System.arraycopy(newBox, 4 * piece.parent(), pieceBoxes, 4 * pi, 4);
                    return;
                }
                Envelope e = piece.geometry().getEnvelopeInternal();
                pieceBoxes[4 * pi] = e.getMinX();
                pieceBoxes[4 * pi + 1] = e.getMinY();
                pieceBoxes[4 * pi + 2] = e.getMaxX();
                pieceBoxes[4 * pi + 3] = e.getMaxY();
            });
            PackedTree packedIndex = PackedTree.sortTileRecursive(pieceBoxes, pieces.size());
            pieceTriangles = new AtomicReferenceArray<>(pieces.size());
            int[] pieceParent = new int[pieces.size()];
            for (int pi = 0; pi < pieceParent.length; pi++) {
                pieceParent[pi] = pieces.get(pi).parent();
            }
            t0 = phase("index", t0);

            Geometry[] oldG = new Geometry[nOld];
            Geometry[] newG = new Geometry[nNew];
            String[] sheets = new String[nOld];
            communes = communes();
            for (int i = 0; i < nOld; i++) {
                oldG[i] = oldP[i].geometry();
                sheets[i] = oldP[i].sheet().orElse(null);
            }
            for (int k = 0; k < nNew; k++) {
                newG[k] = newP[k].geometry();
            }
            OffsetEstimator estimator = new OffsetEstimator(oldG, newG, communes, sheets, oldArea, newArea,
                    oldCentroid, newCentroid, packedIndex, pieceBoxes, pieceParent, pieceCount, hulls, hullExcess,
                    this::triangles, newWidth, newHeight, options);
            List<OffsetEstimate> offsets = estimator.estimate();
            t0 = phase("offset", t0);
            OffsetEstimate[] offsetOf = estimator.byParcel(offsets);
            for (int i = 0; i < nOld; i++) {
                dx[i] = offsetOf[i].dx();
                dy[i] = offsetOf[i].dy();
            }

            Pairs[] slow = new Pairs[nOld];
            int[] fastOther = new int[nOld];
            double[] fastArea = new double[nOld];
            double[] fastH = new double[nOld];
            boolean[] whole = new boolean[pieces.size()];
            for (int pi = 0; pi < whole.length; pi++) {
                whole[pi] = pieces.get(pi).whole();
            }
            CornerIndex corners = CornerIndex.of(pieceBoxes, pieces.size(), whole, options.shapeTolerance());
            IntStream.range(0, nOld).parallel().forEach(i -> slow[i] = pairs(i, packedIndex, corners, pieces,
                    fastOther, fastArea, fastH));
            PairTable pairs = new PairTable(fastOther, fastArea, fastH, slow);
            t0 = phase("join", t0);
            OldPartners oldsOfNew = significantOldPartners(pairs);
            List<ChangeGroup> groups = groups(pairs, oldsOfNew);
            t0 = phase("group", t0);
            NoiseEstimate noise = noise(pairs, oldsOfNew);
            phase("noise", t0);
            return new ComparisonResult(groups, offsets, noise);
        }

        /**
         * New parcel {@code k} (prepared) cut into pieces of at most {@link #MAX_VERTICES} vertices (none without
         * area, itself when small enough); a parcel left whole also gets its convex hull, whether it is convex, and
         * the hull's excess area.
         */
        private void cutAndHull(int k, Geometry[][] cut, double[][] hulls, boolean[] convex, double[] hullExcess) {
            Geometry g = newP[k].geometry();
            cut[k] = newArea[k] <= 0 ? new Geometry[0] : g.getNumPoints() > MAX_VERTICES
                    ? Subdivision.pieces(g, MAX_VERTICES).toArray(new Geometry[0]) : new Geometry[] {g};
            if (cut[k].length == 1 && cut[k][0] == g) {
                hulls[k] = ConvexClip.hull(g);
                convex[k] = ConvexClip.isConvex(g);
                hullExcess[k] = convex[k] ? 0 : Math.max(0, ConvexClip.ringArea(hulls[k]) - newArea[k]);
            }
        }

        /** Reports the phase that started at {@code start} and returns the time it ended. */
        private long phase(String name, long start) {
            long end = System.nanoTime();
            Duration elapsed = Duration.ofNanos(end - start);
            LOG.debug("compare-maps {}: {} ms ({} old, {} new parcels)", name, elapsed.toMillis(), nOld, nNew);
            options.phaseListener().accept(name, elapsed);
            return System.nanoTime();
        }

        /** Per old parcel its commune code, or null ({@link NumberingScopes#communes}). */
        private String[] communes() {
            return NumberingScopes.communes(nOld, i -> oldP[i]);
        }

        /**
         * The number that identifies a parcel across the surveys: its id when the options say ids are shared
         * numbers (a made-up id never is), else its sheet/plot key; null when it has none.
         */
        private String numberKey(ParcelFeature p) {
            if (options.idsAreNumbers()) {
                return p.idMissing() ? null : p.id();
            }
            return p.sheetPlotKey().orElse(null);
        }

        /** {@link #numberCode}: the parcel has no number. */
        private static final long NO_NUMBER = Long.MIN_VALUE;
        /** {@link #numberCode}: the number is not two plain numbers: compare the keys' text. */
        private static final long TEXT = Long.MIN_VALUE + 1;
        private static final long PLOTS = 1_000_000_000L;

        /**
         * Parcel {@code i}'s number as {@link #numberCode}, and its key when that is {@link #TEXT}. Most parcels'
         * sheet and plot are plain numbers: their code stands for the key ("12/5" is 12·10⁹ + 5; numberKey strips
         * leading zeros, so equal codes are equal keys), with no String made and none compared per pair.
         */
        private void number(ParcelFeature p, int i, long[] code, String[] key) {
            code[i] = numberCode(p);
            key[i] = code[i] == TEXT ? numberKey(p) : null;
        }

        /** {@link #NO_NUMBER}, {@link #TEXT}, or sheet·10⁹ + plot when both are 1-9 ASCII digits (after zeros). */
        private long numberCode(ParcelFeature p) {
            if (options.idsAreNumbers()) {
                return p.idMissing() ? NO_NUMBER : TEXT;
            }
            if (p.sheet().isEmpty() || p.plot().isEmpty()) {
                return NO_NUMBER;
            }
            long sheet = plainNumber(p.sheet().get());
            long plot = plainNumber(p.plot().get());
            return sheet < 0 || plot < 0 ? TEXT : sheet * PLOTS + plot;
        }

        /** The value of 1+ ASCII digits with at most 9 after leading zeros, else -1. */
        private static long plainNumber(String s) {
            if (s.isEmpty()) {
                return -1;
            }
            long v = 0;
            int significant = 0;
            for (int c = 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                if (ch < '0' || ch > '9') {
                    return -1;
                }
                v = 10 * v + (ch - '0');
                significant += v > 0 ? 1 : 0;
                if (significant > 9) {
                    return -1;
                }
            }
            return v;
        }

        /** Old parcel {@code i}'s {@link #numberKey} (it has one). */
        private String oldKeyText(int i) {
            return oldKey[i] != null ? oldKey[i] : numberKey(oldP[i]);
        }

        /** New parcel {@code k}'s {@link #numberKey} (it has one). */
        private String newKeyText(int k) {
            return newKey[k] != null ? newKey[k] : numberKey(newP[k]);
        }

        /** Whether old {@code i} and new {@code k}, both numbered, carry the same number. */
        private boolean sameNumber(int i, int k) {
            long a = oldCode[i];
            long b = newCode[k];
            if (a != TEXT && b != TEXT) {
                return a == b;
            }
            return oldKeyText(i).equals(newKeyText(k));
        }

        /**
         * Per parcel the earlier parcel of the same map it repeats (same id, exactly the same polygon: a feature
         * exported twice), else -1. A repeat joins its twin's group and adds no area.
         *
         * @param hashes per parcel its {@link #repeatHash}
         */
        private static int[] repeats(List<ParcelFeature> parcels, int[] hashes) {
            int n = parcels.size();
            int[] out = new int[n];
            Arrays.fill(out, -1);
            // Per hash the chain of its parcels in map order, from an open-addressing table of the hashes (a
            // parcel is compared only with the earlier ones of its chain; sorting n hashes cost more).
            int size = Integer.highestOneBit(Math.max(2, 2 * n) - 1) << 1;
            int[] slotHash = new int[size];
            int[] first = new int[size]; // per slot its chain's first parcel + 1; 0: empty
            int[] last = new int[size];
            int[] next = new int[n]; // per parcel the next of its chain + 1; 0: none
            for (int i = 0; i < n; i++) {
                int h = hashes[i];
                int s = (h * 0x9E3779B9 ^ h >>> 16) & (size - 1);
                while (first[s] != 0 && slotHash[s] != h) {
                    s = (s + 1) & (size - 1);
                }
                if (first[s] == 0) {
                    slotHash[s] = h;
                    first[s] = i + 1;
                    last[s] = i + 1;
                    continue;
                }
                ParcelFeature p = parcels.get(i);
                for (int j = first[s] - 1; j >= 0 && !p.idMissing(); j = next[j] - 1) {
                    ParcelFeature q = parcels.get(j);
                    if (out[j] < 0 && q.id().equals(p.id()) && q.geometry().equalsExact(p.geometry())) {
                        out[i] = j;
                        break;
                    }
                }
                next[last[s] - 1] = i + 1;
                last[s] = i + 1;
            }
            return out;
        }

        /**
         * A hash of a parcel's id and polygon as read: equal for a parcel and its repeats. The hash is the
         * polygon's first vertex and vertex count (read while the parcel is prepared anyway; hashing the id, a
         * String made by the reader, cost a pass over every parcel's id), or the id's for another geometry: an
         * empty one, a multi-polygon.
         */
        private static int repeatHash(ParcelFeature p) {
            if (p.geometry() instanceof Polygon poly && !poly.isEmpty()) {
                CoordinateSequence s = poly.getExteriorRing().getCoordinateSequence();
                return repeatHash(s.getX(0), s.getY(0), poly.getNumPoints());
            }
            return p.id().hashCode();
        }

        /** {@link #repeatHash(ParcelFeature)} of a polygon whose first vertex and vertex count are given. */
        private static int repeatHash(double x0, double y0, int vertices) {
            // + 0.0: equalsExact takes -0.0 and 0.0 for the same ordinate, so must the hash
            return (Double.hashCode(x0 + 0.0) * 31 + Double.hashCode(y0 + 0.0)) * 31 + vertices;
        }

        /**
         * After {@link #prepare} and {@link #repeats}: a repeat gets no area and a note; another parcel left
         * without area, a note.
         */
        private static void settle(List<ParcelFeature> in, int[] dupOf, String[] note, double[] area,
                                   double[][] centroid) {
            for (int i = 0; i < dupOf.length; i++) {
                if (dupOf[i] >= 0) {
                    // the same feature twice: it joins its twin's group, and its land is counted once
                    area[i] = 0;
                    centroid[i] = new double[] {Double.NaN, Double.NaN};
                    note[i] = join(note[i], "repeats feature " + (in.get(dupOf[i]).index() + 1)
                            + " (same id, same polygon): counted once");
                } else if (!(area[i] > 0)) {
                    note[i] = join(note[i], "no area after repair");
                }
            }
        }

        /**
         * Parcel {@code i}: repaired when invalid (with a note), its area, centroid (NaN without area), vertex
         * count, {@link #repeatHash} and envelope ({@code box[4i ..]}: minX, minY, maxX, maxY, as
         * {@link Geometry#getEnvelopeInternal} gives them); {@link #settle} then deals with repeats and parcels
         * without area.
         *
         * <p>The common parcel (one polygon without holes, a ring of a few dozen vertices that
         * {@link QuickValidity} finds simple) has its ring read once, and everything is taken from that read: the
         * hash's first vertex and count, validity, area and centroid ({@link #shellAreaAndCentroid}), envelope (the
         * minima and maxima as {@code Envelope.expandToInclude} keeps them). Any other goes the general way.
         */
        private static void prepare(ParcelFeature p, int i, ParcelFeature[] out, String[] note, double[] area,
                                    double[][] centroid, int[] points, int[] repeatHash, double[] box) {
            if (p.geometry() instanceof Polygon poly && poly.getNumInteriorRing() == 0 && !poly.isEmpty()
                    && preparePlain(p, poly, i, out, note, area, centroid, points, repeatHash, box)) {
                return;
            }
            repeatHash[i] = repeatHash(p);
            Geometry g = p.geometry();
            String remark = remark(p);
            // QuickValidity.isValid's second half, with IsValidOp's error kept (an invalid polygon is not checked
            // twice): every parcel QuickValidity.certainlySimpleShell certifies went preparePlain's way
            TopologyValidationError error = g.isEmpty() ? null : new IsValidOp(g).getValidationError();
            if (error != null) {
                Geometry fixed = Polygons.repair(g);
                remark = join(remark, String.format(Locale.ROOT, "invalid polygon repaired (%s at %.3f %.3f; area"
                        + " %.2f m² as drawn, %.2f m² repaired)", error.getMessage(), error.getCoordinate().x,
                        error.getCoordinate().y, g.getArea(), fixed.getArea()));
                g = fixed;
                p = p.withGeometry(g);
            }
            out[i] = p;
            points[i] = g.getNumPoints();
            if (g instanceof Polygon poly && poly.getNumInteriorRing() == 0
                    && poly.getExteriorRing().getNumPoints() >= 4) {
                centroid[i] = shellAreaAndCentroid(poly, area, i);
            } else {
                area[i] = g.isEmpty() ? 0 : g.getArea();
                centroid[i] = area[i] > 0 ? centroid(g) : new double[] {Double.NaN, Double.NaN};
            }
            Envelope e = g.getEnvelopeInternal();
            box[4 * i] = e.getMinX();
            box[4 * i + 1] = e.getMinY();
            box[4 * i + 2] = e.getMaxX();
            box[4 * i + 3] = e.getMaxY();
            note[i] = remark;
        }

        /**
         * {@link #prepare} of a hole-free polygon from one read of its shell, when
         * {@link QuickValidity#certainlySimpleShell} finds the shell simple: then returns true. Else returns false,
         * with nothing set, for the general way (where QuickValidity would say the same).
         */
        private static boolean preparePlain(ParcelFeature p, Polygon poly, int i, ParcelFeature[] out,
                                            String[] note, double[] area, double[][] centroid, int[] points,
                                            int[] repeatHash, double[] box) {
            CoordinateSequence s = poly.getExteriorRing().getCoordinateSequence();
            int size = s.size();
            if (size < 4 || size > QuickValidity.MAX_VERTICES + 1) {
                return false; // QuickValidity's own bound, asked before the vertices are read
            }
            double[] xs = new double[size];
            double[] ys = new double[size];
            RingVertices.all(s, size, xs, ys);
            if (!QuickValidity.certainlySimpleShell(xs, ys, size)) {
                return false;
            }
            repeatHash[i] = repeatHash(xs[0], ys[0], size); // a hole-free polygon's vertex count is its shell's
            out[i] = p;
            points[i] = size;
            centroid[i] = shellAreaAndCentroid(xs, ys, size, poly, area, i);
            // Envelope.expandToInclude over the vertices in order (all finite: QuickValidity checked)
            double minX = xs[0];
            double maxX = minX;
            double minY = ys[0];
            double maxY = minY;
            for (int v = 1; v < size; v++) {
                double x = xs[v];
                double y = ys[v];
                if (x < minX) {
                    minX = x;
                }
                if (x > maxX) {
                    maxX = x;
                }
                if (y < minY) {
                    minY = y;
                }
                if (y > maxY) {
                    maxY = y;
                }
            }
            box[4 * i] = minX;
            box[4 * i + 1] = minY;
            box[4 * i + 2] = maxX;
            box[4 * i + 3] = maxY;
            note[i] = remark(p);
            return true;
        }

        /** A parcel's note before any repair: its missing id, or null. */
        private static String remark(ParcelFeature p) {
            return p.idMissing() ? "no usable id (feature " + (p.index() + 1) + " of its map)" : null;
        }

        private static String join(String a, String b) {
            return a == null ? b : a + "; " + b;
        }

        /**
         * The join of old parcel {@code i}: its fast-path match in {@code fastOther[i]} (the new parcel), {@code
         * fastArea[i]} and {@code fastH[i]}, with null returned; else {@code fastOther[i] = -1} and its pairs, or null
         * when it has none.
         */
        private Pairs pairs(int i, PackedTree index, CornerIndex corners, List<Piece> pieces, int[] fastOther,
                            double[] fastArea, double[] fastH) {
            fastOther[i] = -1;
            if (oldArea[i] <= 0) {
                return null;
            }
            Geometry a = oldP[i].geometry();
            // the envelope translated as Envelope.translate does it
            Envelope shiftedEnv = new Envelope(oldBox[4 * i] + dx[i], oldBox[4 * i + 2] + dx[i],
                    oldBox[4 * i + 1] + dy[i], oldBox[4 * i + 3] + dy[i]);
            boolean bigOld = oldPoints[i] > MAX_VERTICES;
            double tol = options.shapeTolerance();
            double minFraction = options.minOverlapFraction();
            double[] symDiff = new double[1];
            // The fast path first: an old parcel that matches a new one vertex by vertex within the tolerance lies
            // within the tolerance of it everywhere, so what it shares with any other new parcel is a band
            // narrower than the tolerance: noise by the rule below. Its neighbours need no look. The candidates
            // come from the corner grid (CornerIndex: the same first match as among the tree's candidates, with
            // no tree query); only when it cannot answer are the tree's candidates tried.
            boolean fastTried = false;
            if (!bigOld && corners != null) {
                PackedTree.Hits near = new PackedTree.Hits();
                if (corners.near(shiftedEnv.getMinX(), shiftedEnv.getMinY(), shiftedEnv.getMaxX(),
                        shiftedEnv.getMaxY(), near) >= 0) {
                    fastTried = true;
                    if (fastMatch(i, a, near.items, near.size, pieces, tol, symDiff, fastOther, fastArea, fastH)) {
                        return null;
                    }
                }
            }
            PackedTree.Hits candidates = new PackedTree.Hits();
            if (index.query(shiftedEnv, candidates) == 0) {
                return null;
            }
            int[] ps = Arrays.copyOf(candidates.items, candidates.size);
            Arrays.sort(ps);
            if (!bigOld && !fastTried) {
                if (fastMatch(i, a, ps, ps.length, pieces, tol, symDiff, fastOther, fastArea, fastH)) {
                    return null;
                }
            }
            // per new parcel: {intersection area, its perimeter, significance (1/0) or NaN: from the mean width}
            TreeMap<Integer, double[]> acc = new TreeMap<>();
            Geometry shifted = null;
            RelateNG prepared = null;
            List<Geometry> oldPieces = null;
            ConvexClip.Scratch scratch = null;
            boolean convexOld = false;
            // the old parcel's shell, kept for its clips against every neighbour (null: clip the geometry)
            double[] shellA = null;
            // pieces of ps before this index whose parcel's exact area was not settled: overlaid one by one
            int overlayUntil = 0;
            for (int j = 0; j < ps.length; j++) {
                int pi = ps[j];
                Piece piece = pieces.get(pi);
                int k = piece.parent();
                Geometry b = piece.geometry();
                boolean interiorsMeet = false;
                if (!piece.whole() && !bigOld && j >= overlayUntil) {
                    // the first of k's pieces met (ps is sorted, so a parcel's pieces are consecutive): the exact
                    // area over all of them often settles the pair (a strip along a long road polygon is mostly
                    // under the minimum fraction), with no relate test or overlay per piece
                    int end = j + 1;
                    while (end < ps.length && pieces.get(ps[end]).parent() == k) {
                        end++;
                    }
                    double smaller = Math.min(oldArea[i], newArea[k]);
                    double total = pieceArea(a, dx[i], dy[i], shiftedEnv, ps, j, end, pieces);
                    if (total <= 0 || total < minFraction * smaller || total >= HALF * smaller) {
                        if (total > 0) {
                            acc.put(k, new double[] {total, Double.NaN, total >= HALF * smaller ? 1 : 0});
                        }
                        j = end - 1;
                        continue;
                    }
                    overlayUntil = end;
                }
                if (piece.whole() && !bigOld) {
                    double smaller = Math.min(oldArea[i], newArea[k]);
                    if (boxOverlapArea(shiftedEnv, pi) < minFraction * smaller) {
                        continue;
                    }
                    if (piece.hull().length >= 6) {
                        if (scratch == null) {
                            scratch = ConvexClip.Scratch.PER_THREAD.get();
                            convexOld = ConvexClip.isConvex(a);
                            shellA = ConvexClip.shell(a);
                        }
                        boolean bothConvex = convexOld && piece.convex();
                        double bound = shellA != null
                                ? ConvexClip.shellArea(shellA, dx[i], dy[i], piece.hull(), scratch, bothConvex)
                                : ConvexClip.area(a, dx[i], dy[i], piece.hull(), scratch, bothConvex);
                        if (bound < minFraction * smaller) {
                            continue;
                        }
                        if (bothConvex) {
                            // both convex: the clipped polygon is the intersection, no overlay needed
                            if (bound > 0) {
                                acc.put(k, new double[] {bound, scratch.perimeter, Double.NaN});
                            }
                            continue;
                        }
                        // Otherwise the exact area, from the new parcel's triangles. The perimeter (for the
                        // width test) is needed only when the area alone does not settle significance.
                        double[] tris = triangles(k);
                        if (tris.length > 0) {
                            double exact = shellA != null
                                    ? ConvexClip.shellAreaByTriangles(shellA, dx[i], dy[i], tris, scratch)
                                    : ConvexClip.areaByTriangles(a, dx[i], dy[i], tris, scratch);
                            if (exact <= 0) {
                                continue;
                            }
                            if (exact < minFraction * smaller) {
                                acc.put(k, new double[] {exact, Double.NaN, 0});
                                continue;
                            }
                            if (exact >= HALF * smaller) {
                                acc.put(k, new double[] {exact, Double.NaN, 1});
                                continue;
                            }
                            // a millionth of the smaller parcel is no rounding error of the triangles' sum: the
                            // interiors meet, as the relate test would say
                            interiorsMeet = exact > 1e-6 * smaller;
                            // The width test wants the intersection's perimeter: from the two boundaries, unless
                            // they touch or the test is too close to call. A pair so settled needs no overlay
                            // unless its area reaches a result (PairTable: approximate; groups refines it then).
                            double significance = interiorsMeet
                                    ? widthTest(a, dx[i], dy[i], piece.geometry(), exact, smaller) : Double.NaN;
                            if (!Double.isNaN(significance)) {
                                acc.put(k, new double[] {exact, Double.NaN, significance, 1});
                                continue;
                            }
                        }
                    }
                }
                if (shifted == null) {
                    shifted = AffineTransformation.translationInstance(dx[i], dy[i]).transform(a);
                }
                if (!bigOld) {
                    if (prepared == null && !interiorsMeet) {
                        prepared = RelateNG.prepare(shifted);
                    }
                    if (interiorsMeet || prepared.evaluate(b, INTERIORS_INTERSECT)) {
                        add(acc, k, OverlayNGRobust.overlay(shifted, b, OverlayNG.INTERSECTION));
                    }
                } else {
                    if (oldPieces == null) {
                        oldPieces = Subdivision.pieces(shifted, MAX_VERTICES);
                    }
                    for (Geometry op : oldPieces) {
                        if (op.getEnvelopeInternal().intersects(b.getEnvelopeInternal())
                                && RelateNG.relate(op, b, INTERIORS_INTERSECT)) {
                            add(acc, k, OverlayNGRobust.overlay(op, b, OverlayNG.INTERSECTION));
                        }
                    }
                }
            }
            if (acc.isEmpty()) {
                return null;
            }
            Pairs found = new Pairs();
            for (Map.Entry<Integer, double[]> e : acc.entrySet()) {
                int k = e.getKey();
                double[] v = e.getValue();
                boolean significant;
                if (!Double.isNaN(v[2])) {
                    significant = v[2] > 0;
                } else {
                    double smaller = Math.min(oldArea[i], newArea[k]);
                    double width = 2 * v[0] / Math.max(v[1], 1e-12);
                    significant = v[0] >= minFraction * smaller && (width >= tol || v[0] >= HALF * smaller);
                }
                found.add(k, v[0], significant, v.length > 3);
            }
            return found;
        }

        /**
         * The fast path's pair for old {@code a} (parcel {@code i}): the first of the pieces {@code ps[0 .. n-1]}
         * (increasing) that is a whole new parcel matching it vertex by vertex ({@link VertexMatch}), stored in
         * {@code fastOther[i]}, {@code fastArea[i]} and {@code fastH[i]}; false when there is none.
         */
        private boolean fastMatch(int i, Geometry a, int[] ps, int n, List<Piece> pieces, double tol,
                                  double[] symDiff, int[] fastOther, double[] fastArea, double[] fastH) {
            for (int j = 0; j < n; j++) {
                int pi = ps[j];
                Piece piece = pieces.get(pi);
                if (piece.whole()) {
                    int k = piece.parent();
                    double h = VertexMatch.match(a, oldBox, 4 * i, dx[i], dy[i], piece.geometry(), pieceBoxes,
                            4 * pi, tol, symDiff);
                    if (h >= 0) {
                        fastOther[i] = k;
                        fastArea[i] = (oldArea[i] + newArea[k] - symDiff[0]) / 2;
                        fastH[i] = h;
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The width test of an overlap of area {@code exact} (from the triangles, between the minimum fraction and
         * half of the {@code smaller} parcel) between old {@code a} shifted by (dx, dy) and new {@code b}: 1 when
         * significant (mean width 2·area/perimeter at least the shape tolerance), 0 when not, by the perimeter of
         * {@link IntersectionPerimeter}; NaN when that has no answer or the area or the width lies within rounding
         * reach of a threshold (the caller then overlays: the overlay's area and perimeter decide). A settled pair
         * keeps the triangles' area, marked approximate ({@link Pairs}) until {@code groups} needs the overlay's.
         */
        private double widthTest(Geometry a, double dx, double dy, Geometry b, double exact, double smaller) {
            double minimum = options.minOverlapFraction() * smaller;
            if (!(exact > minimum * (1 + 1e-9) && exact < HALF * smaller * (1 - 1e-9))) {
                return Double.NaN;
            }
            double perimeter = IntersectionPerimeter.of(a, dx, dy, b);
            if (!(perimeter > 0)) {
                return Double.NaN;
            }
            double width = 2 * exact / perimeter;
            double tol = options.shapeTolerance();
            if (Math.abs(width - tol) <= 1e-6 * tol) {
                return Double.NaN;
            }
            return width >= tol ? 1 : 0;
        }

        /**
         * The area of the intersection of {@code env} and piece {@code pi}'s envelope, as
         * {@code env.intersection(pieceEnvelope).getArea()} gives it, without the two envelopes that costs.
         */
        private double boxOverlapArea(Envelope env, int pi) {
            int b = 4 * pi;
            double minX = pieceBoxes[b];
            double minY = pieceBoxes[b + 1];
            double maxX = pieceBoxes[b + 2];
            double maxY = pieceBoxes[b + 3];
            if (env.isNull() || maxX < minX || minX > env.getMaxX() || maxX < env.getMinX() || minY > env.getMaxY()
                    || maxY < env.getMinY()) {
                return 0;
            }
            // Envelope.intersection's choices, then its width times height
            double w = (env.getMaxX() < maxX ? env.getMaxX() : maxX) - (env.getMinX() > minX ? env.getMinX() : minX);
            double h = (env.getMaxY() < maxY ? env.getMaxY() : maxY) - (env.getMinY() > minY ? env.getMinY() : minY);
            return w * h;
        }

        /**
         * The exact area of old parcel {@code a} shifted by (dx, dy) within the pieces {@code ps[from..to)} of one
         * new parcel, from the pieces' triangles; NaN when one of them has none (its triangulation failed).
         */
        private double pieceArea(Geometry a, double dx, double dy, Envelope shiftedEnv, int[] ps, int from, int to,
                                 List<Piece> pieces) {
            ConvexClip.Scratch scratch = ConvexClip.Scratch.PER_THREAD.get();
            double total = 0;
            for (int j = from; j < to; j++) {
                double[] tris = pieceTriangles(ps[j], pieces);
                if (tris.length == 0) {
                    return Double.NaN;
                }
                total += ConvexClip.areaByTriangles(a, dx, dy, tris, shiftedEnv, scratch);
            }
            return total;
        }

        /** The triangles of piece {@code pi}, made on first use (any thread); empty if none. */
        private double[] pieceTriangles(int pi, List<Piece> pieces) {
            double[] t = pieceTriangles.get(pi);
            if (t == null) {
                Geometry g = pieces.get(pi).geometry();
                t = ConvexClip.triangles(g, g.getArea());
                t = t == null ? new double[0] : t;
                pieceTriangles.compareAndSet(pi, null, t);
            }
            return t;
        }

        /** Pairs sampled at most for the noise estimate. */
        private static final int NOISE_PAIRS = 2000;
        /** Parcels with more vertices are left out of the noise sample (vertex distances cost n·m). */
        private static final int NOISE_MAX_VERTICES = 128;
        private static final double NOISE_MIN_IOU = 0.9;

        /** The digitising noise, from plainly corresponding pairs ({@link NoiseEstimate} says which). */
        private NoiseEstimate noise(PairTable pairs, OldPartners oldsOfNew) {
            int[] plain = new int[nOld];
            int[] partner = new int[nOld];
            int count = 0;
            for (int i = 0; i < nOld; i++) {
                int k = -1;
                double shared = 0;
                int significant = 0;
                for (int e = pairs.start[i]; e < pairs.start[i + 1]; e++) {
                    if (pairs.significant[e]) {
                        significant++;
                        k = pairs.other[e];
                        shared = pairs.intersection[e];
                    }
                }
                if (significant != 1 || oldsOfNew.count(k) != 1 || oldRepairNote[i] != null || newRepairNote[k] != null
                        || oldPoints[i] > NOISE_MAX_VERTICES || newPoints[k] > NOISE_MAX_VERTICES
                        || shared / (oldArea[i] + newArea[k] - shared) < NOISE_MIN_IOU) {
                    continue;
                }
                plain[count] = i;
                partner[count++] = k;
            }
            if (count == 0) {
                return NoiseEstimate.NONE;
            }
            int step = Math.max(1, (count + NOISE_PAIRS - 1) / NOISE_PAIRS);
            int sampled = (count + step - 1) / step;
            double[][] distances = new double[sampled][];
            IntStream.range(0, sampled).parallel().forEach(s -> {
                int i = plain[s * step];
                int k = partner[s * step];
                distances[s] = VertexDistances.between(oldP[i].geometry(), dx[i], dy[i], newP[k].geometry());
            });
            int total = 0;
            for (double[] d : distances) {
                total += d.length;
            }
            double[] all = new double[total];
            int at = 0;
            for (double[] d : distances) {
                System.arraycopy(d, 0, all, at, d.length);
                at += d.length;
            }
            double[] largest = new double[sampled];
            for (int j = 0; j < sampled; j++) {
                for (double d : distances[j]) {
                    largest[j] = Math.max(largest[j], d);
                }
            }
            Arrays.sort(largest);
            double[] q = quantiles(all, 0.5, 0.95, 0.99);
            return new NoiseEstimate(sampled, total, q[0], q[1], q[2], sortedQuantile(largest, 0.5),
                    sortedQuantile(largest, 0.99));
        }

        private static double sortedQuantile(double[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[rank(sorted.length, q)];
        }

        /** The index of quantile {@code q} among {@code n} sorted values. */
        private static int rank(int n, double q) {
            return (int) Math.min(n - 1, Math.floor(q * n));
        }

        private static void add(Map<Integer, double[]> acc, int k, Geometry intersection) {
            double area = intersection.getArea();
            if (area <= 0) {
                return;
            }
            double[] sum = acc.computeIfAbsent(k, x -> new double[] {0, 0, Double.NaN});
            sum[0] += area;
            sum[1] += intersection.getLength();
        }

        private List<ChangeGroup> groups(PairTable pairs, OldPartners oldsOfNew) {
            refineLargest(pairs);
            int[] dominantNew = new int[nOld];
            double[] dominantNewArea = new double[nOld];
            int[] dominantOld = new int[nNew];
            double[] dominantOldArea = new double[nNew];
            Arrays.fill(dominantNew, -1);
            Arrays.fill(dominantOld, -1);
            for (int i = 0; i < nOld; i++) {
                for (int e = pairs.start[i]; e < pairs.start[i + 1]; e++) {
                    int k = pairs.other[e];
                    double shared = pairs.intersection[e];
                    if (shared > dominantNewArea[i]) {
                        dominantNewArea[i] = shared;
                        dominantNew[i] = k;
                    }
                    if (shared > dominantOldArea[k]) {
                        dominantOldArea[k] = shared;
                        dominantOld[k] = i;
                    }
                }
            }
            boolean[] numbersKept = numbersCarryIdentity(dominantNew, dominantOld, dominantNewArea);

            boolean[] keptOld = new boolean[nOld];
            boolean[] keptNew = new boolean[nNew];
            for (int i = 0; i < nOld; i++) {
                int k = dominantNew[i];
                if (k >= 0 && dominantOld[k] == i && mostlyShared(i, k, dominantNewArea[i])
                        && numberEvidence(i, k, numbersKept) == KEPT) {
                    keptOld[i] = true;
                    keptNew[k] = true;
                }
            }
            Exchange exchange = new Exchange(pairs, oldsOfNew, keptOld, keptNew);
            UnionFind uf = new UnionFind(nOld + nNew);
            for (int i = 0; i < nOld; i++) {
                if (oldDupOf[i] >= 0) {
                    uf.union(i, oldDupOf[i]);
                }
            }
            for (int k = 0; k < nNew; k++) {
                if (newDupOf[k] >= 0) {
                    uf.union(nOld + k, nOld + newDupOf[k]);
                }
            }
            for (int i = 0; i < nOld; i++) {
                for (int e = pairs.start[i]; e < pairs.start[i + 1]; e++) {
                    if (pairs.significant[e] && !isMovedBoundary(i, pairs.other[e], dominantNew, dominantOld,
                            dominantNewArea, numbersKept, exchange)) {
                        uf.union(i, nOld + pairs.other[e]);
                    }
                }
            }
            // groups numbered in order of first appearance, old parcels first, then new ones; members in map order
            int[] groupOfRoot = new int[nOld + nNew];
            Arrays.fill(groupOfRoot, -1);
            int[] groupOf = new int[nOld + nNew];
            int groupCount = 0;
            for (int e = 0; e < nOld + nNew; e++) {
                int root = uf.find(e);
                if (groupOfRoot[root] < 0) {
                    groupOfRoot[root] = groupCount++;
                }
                groupOf[e] = groupOfRoot[root];
            }
            int[] groupOfOld = Arrays.copyOfRange(groupOf, 0, nOld);
            int[] groupOfNew = Arrays.copyOfRange(groupOf, nOld, nOld + nNew);
            refineWithin(pairs, groupOfOld, groupOfNew);
            int[][] olds = members(groupOfOld, groupCount);
            int[][] news = members(groupOfNew, groupCount);
            ChangeGroup[] out = new ChangeGroup[groupCount];
            IntStream.range(0, out.length).parallel().forEach(g ->
                    out[g] = group(olds[g], news[g], pairs, groupOfOld, groupOfNew, g));
            return List.of(out);
        }

        /** Relative error an approximate area ({@link PairTable}) is allowed, far above the triangles' rounding. */
        private static final double APPROXIMATE = 1e-6;

        /**
         * Gives the overlay's area to every approximate pair that may be the largest overlap of its old or its new
         * parcel (within {@link #APPROXIMATE} of it): the others are certainly smaller, so the choice of the largest,
         * and its area, are what the overlay's areas give. With {@link #refineWithin} every area that reaches a
         * result is the overlay's: a group's IoU sums its own pairs, and the noise estimate reads only a pair that
         * is its old parcel's one significant overlap, which links the two into one group (a moved boundary needs
         * a second, larger one).
         */
        private void refineLargest(PairTable pairs) {
            if (!pairs.anyApproximate) {
                return;
            }
            double[] largestOfOld = new double[nOld];
            double[] largestOfNew = new double[nNew];
            for (int i = 0; i < nOld; i++) {
                for (int e = pairs.start[i]; e < pairs.start[i + 1]; e++) {
                    int k = pairs.other[e];
                    largestOfOld[i] = Math.max(largestOfOld[i], pairs.intersection[e]);
                    largestOfNew[k] = Math.max(largestOfNew[k], pairs.intersection[e]);
                }
            }
            List<long[]> todo = new ArrayList<>();
            for (int i = 0; i < nOld; i++) {
                for (int e = pairs.start[i]; e < pairs.start[i + 1]; e++) {
                    double upper = pairs.intersection[e] * (1 + APPROXIMATE);
                    if (pairs.approximate[e] && (upper >= largestOfOld[i] || upper >= largestOfNew[pairs.other[e]])) {
                        todo.add(new long[] {i, e});
                    }
                }
            }
            refine(pairs, todo);
        }

        /** Gives the overlay's area to every approximate pair whose parcels ended in one group (its IoU sums it). */
        private void refineWithin(PairTable pairs, int[] groupOfOld, int[] groupOfNew) {
            if (!pairs.anyApproximate) {
                return;
            }
            List<long[]> todo = new ArrayList<>();
            for (int i = 0; i < nOld; i++) {
                for (int e = pairs.start[i]; e < pairs.start[i + 1]; e++) {
                    if (pairs.approximate[e] && groupOfOld[i] == groupOfNew[pairs.other[e]]) {
                        todo.add(new long[] {i, e});
                    }
                }
            }
            refine(pairs, todo);
        }

        /**
         * The pairs {i, e} of {@code todo} (old parcel, entry): the area from the overlay, as the join measures an overlap it overlays
         * (the new parcel is whole: only such pairs are approximate). In parallel: each touches only its own entry.
         */
        private void refine(PairTable pairs, List<long[]> todo) {
            todo.parallelStream().forEach(t -> {
                int i = (int) t[0];
                int e = (int) t[1];
                Geometry shifted = AffineTransformation.translationInstance(dx[i], dy[i])
                        .transform(oldP[i].geometry());
                pairs.intersection[e] = OverlayNGRobust.overlay(shifted, newP[pairs.other[e]].geometry(),
                        OverlayNG.INTERSECTION).getArea();
                pairs.approximate[e] = false;
            });
        }

        /** Per group, the members {@code e} with {@code groupOf[e] == g}, in increasing order. */
        private static int[][] members(int[] groupOf, int groupCount) {
            int[] count = new int[groupCount];
            for (int g : groupOf) {
                count[g]++;
            }
            int[][] out = new int[groupCount][];
            for (int g = 0; g < groupCount; g++) {
                out[g] = new int[count[g]];
                count[g] = 0;
            }
            for (int e = 0; e < groupOf.length; e++) {
                int g = groupOf[e];
                out[g][count[g]++] = e;
            }
            return out;
        }

        /**
         * Whether the overlap of old {@code i} and new {@code k} is only the strip a moved boundary handed from one
         * neighbour to the other, so that it must not join them into one group. That is so when both are still
         * recognisably themselves in the other survey:
         * <ul>
         *   <li>old {@code i} has another new partner {@code k0}, and new {@code k} another old partner
         *       {@code i0}, such that {@code i, k0} and {@code i0, k} are each other's largest overlaps (mutual);</li>
         *   <li>each of those partnerships holds more than half of both of its parcels (a parcel that kept most of
         *       its land is the same parcel with a moved boundary, not a piece of a new division);</li>
         *   <li>where the two maps share a numbering ({@link #numbersCarryIdentity}) and the four parcels carry
         *       numbers, at least one partnership kept its sheet/plot number. Cadastral practice changes the numbers
         *       of parcels that are re-cut (tách, hợp, dồn điền đổi thửa: new parcels get the next free numbers of
         *       the sheet) and keeps them when only a boundary is corrected between two neighbours. A block whose
         *       parcels all changed number was re-parcelled even when its new lines run within a few metres of the
         *       old ones;</li>
         *   <li>where the numbers say nothing (not shared in the commune, or missing on one of the pairs), the two
         *       partnerships traded land with each other alone ({@link Exchange#onlyWithEachOther}).</li>
         * </ul>
         * Example: old lots a | b become a' | b' with the line 2 m further east and numbers 12, 13 kept: two
         * MODIFIED groups. The same shapes numbered 12, 13 → 40, 41 (the sheet's next numbers): one REPARCELLED
         * group {a, b} → {a', b'}. After a survey that renumbered everything, the same shapes are two MODIFIED
         * parcels (geometry cannot tell them from a 2-into-2 re-cut), but a | b | c → a' | b' | c' with b' cut
         * back on both sides is one REPARCELLED group, because b traded land with both neighbours.
         */
        private boolean isMovedBoundary(int i, int k, int[] dominantNew, int[] dominantOld, double[] dominantNewArea,
                                        boolean[] numbersKept, Exchange exchange) {
            int partnerOfOld = dominantNew[i];
            int partnerOfNew = dominantOld[k];
            if (partnerOfOld == k || partnerOfNew == i || partnerOfOld < 0 || partnerOfNew < 0) {
                return false;
            }
            if (!(dominantOld[partnerOfOld] == i && dominantNew[partnerOfNew] == k
                    && mostlyShared(i, partnerOfOld, dominantNewArea[i])
                    && mostlyShared(partnerOfNew, k, dominantNewArea[partnerOfNew]))) {
                return false;
            }
            int first = numberEvidence(i, partnerOfOld, numbersKept);
            int second = numberEvidence(partnerOfNew, k, numbersKept);
            if (first == KEPT || second == KEPT) {
                return true;
            }
            if (first == CHANGED && second == CHANGED) {
                return false;
            }
            return exchange.onlyWithEachOther(i, partnerOfOld, partnerOfNew, k);
        }

        /** {@link #numberEvidence}: the pair kept its sheet/plot number. */
        private static final int KEPT = 1;
        /** {@link #numberEvidence}: the pair changed its number where numbers carry identity. */
        private static final int CHANGED = 0;
        /** {@link #numberEvidence}: the numbers say nothing (not shared in the commune, or missing). */
        private static final int SILENT = -1;

        /** What the numbers of corresponding old {@code i} and new {@code k} say: {@link #KEPT}, ... */
        private int numberEvidence(int i, int k, boolean[] numbersKept) {
            if (!numbersKept[i] || oldCode[i] == NO_NUMBER || newCode[k] == NO_NUMBER) {
                return SILENT;
            }
            return sameNumber(i, k) ? KEPT : CHANGED;
        }

        /** Per new parcel, the old parcels that overlap it significantly, in old-map order. */
        private OldPartners significantOldPartners(PairTable pairs) {
            int[] start = new int[nNew + 1];
            for (int e = 0; e < pairs.other.length; e++) {
                if (pairs.significant[e]) {
                    start[pairs.other[e] + 1]++;
                }
            }
            for (int k = 0; k < nNew; k++) {
                start[k + 1] += start[k];
            }
            int[] old = new int[start[nNew]];
            int[] next = Arrays.copyOf(start, nNew);
            for (int i = 0; i < nOld; i++) {
                for (int e = pairs.start[i]; e < pairs.start[i + 1]; e++) {
                    if (pairs.significant[e]) {
                        old[next[pairs.other[e]]++] = i;
                    }
                }
            }
            return new OldPartners(start, old);
        }

        /** Whether old {@code i} and new {@code k}, overlapping by {@code shared}, each have most of their area in it. */
        private boolean mostlyShared(int i, int k, double shared) {
            return shared > MOVED_BOUNDARY_SHARE * oldArea[i] && shared > MOVED_BOUNDARY_SHARE * newArea[k];
        }

        /**
         * Per old parcel: whether the two maps share a numbering in its commune, so that a changed sheet/plot number
         * is evidence. They do when, of the plainly corresponding pairs (mutual largest overlap holding more than
         * half of both parcels) that carry numbers on both sides, more than half kept their number. A new survey
         * that renumbered its sheets fails this test, and its numbers are then ignored.
         */
        private boolean[] numbersCarryIdentity(int[] dominantNew, int[] dominantOld, double[] dominantNewArea) {
            Map<String, int[]> kept = new HashMap<>();
            // neighbours in the map mostly share a commune (one String): its counts are looked up once per run
            String commune = null;
            int[] c = null;
            for (int i = 0; i < nOld; i++) {
                int k = dominantNew[i];
                if (k < 0 || dominantOld[k] != i || !mostlyShared(i, k, dominantNewArea[i])) {
                    continue;
                }
                if (oldCode[i] != NO_NUMBER && newCode[k] != NO_NUMBER) {
                    if (c == null || communes[i] != commune) {
                        commune = communes[i];
                        c = kept.computeIfAbsent(Objects.toString(commune, ""), x -> new int[2]);
                    }
                    c[0] += sameNumber(i, k) ? 1 : 0;
                    c[1]++;
                }
            }
            boolean[] out = new boolean[nOld];
            boolean looked = false;
            for (int i = 0; i < nOld; i++) {
                if (!looked || communes[i] != commune) {
                    commune = communes[i];
                    c = kept.get(Objects.toString(commune, ""));
                    looked = true;
                }
                out[i] = c != null && 2 * c[0] > c[1];
            }
            return out;
        }

        private ChangeGroup group(int[] olds, int[] news, PairTable pairs, int[] groupOfOld,
                                  int[] groupOfNew, int g) {
            // immutable lists, which ChangeGroup keeps as they are (List.copyOf of an ArrayList copied it again)
            List<ParcelFeature> oldParcels = parcels(oldP, olds);
            List<ParcelFeature> newParcels = parcels(newP, news);
            double areaOld = 0;
            double areaNew = 0;
            for (int i : olds) {
                areaOld += oldArea[i];
            }
            for (int k : news) {
                areaNew += newArea[k];
            }
            String note = null;
            for (int i : olds) {
                if (oldRepairNote[i] != null) {
                    note = join(note, "old " + oldP[i].id() + ": " + oldRepairNote[i]);
                }
            }
            for (int k : news) {
                if (newRepairNote[k] != null) {
                    note = join(note, "new " + newP[k].id() + ": " + newRepairNote[k]);
                }
            }
            note = note == null ? "" : note;
            // a repeated feature is one parcel, not two
            int distinctOld = 0;
            for (int i : olds) {
                distinctOld += oldDupOf[i] < 0 ? 1 : 0;
            }
            int distinctNew = 0;
            for (int k : news) {
                distinctNew += newDupOf[k] < 0 ? 1 : 0;
            }
            if (news.length == 0) {
                return new ChangeGroup(ChangeClass.REMOVED, oldParcels, newParcels, false, Double.NaN, areaOld, 0,
                        -100, Double.NaN, Double.NaN, false, note);
            }
            if (olds.length == 0) {
                return new ChangeGroup(ChangeClass.NEW, oldParcels, newParcels, false, Double.NaN, 0, areaNew,
                        Double.NaN, Double.NaN, Double.NaN, false, note);
            }
            double intersection = 0;
            double fastHausdorff = -1;
            for (int i : olds) {
                for (int e = pairs.start[i]; e < pairs.start[i + 1]; e++) {
                    if (groupOfNew[pairs.other[e]] == g) {
                        intersection += pairs.intersection[e];
                        if (pairs.fastHausdorff[e] >= 0) {
                            fastHausdorff = pairs.fastHausdorff[e];
                        }
                    }
                }
            }
            boolean oneToOne = distinctOld == 1 && distinctNew == 1;
            boolean fast = oneToOne && fastHausdorff >= 0;
            double iou = Math.max(0, Math.min(1, intersection / (areaOld + areaNew - intersection)));
            double hausdorff = fast ? fastHausdorff : hausdorff(olds, news);
            ChangeClass type;
            if (oneToOne) {
                type = hausdorff <= options.shapeTolerance() ? ChangeClass.UNCHANGED : ChangeClass.MODIFIED;
            } else if (distinctOld == 1) {
                type = ChangeClass.SPLIT;
            } else if (distinctNew == 1) {
                type = ChangeClass.MERGED;
            } else {
                type = ChangeClass.REPARCELLED;
            }
            double cxOld = 0;
            double cyOld = 0;
            for (int i : olds) {
                if (oldArea[i] > 0) {
                    cxOld += (oldCentroid[i][0] + dx[i]) * oldArea[i];
                    cyOld += (oldCentroid[i][1] + dy[i]) * oldArea[i];
                }
            }
            double cxNew = 0;
            double cyNew = 0;
            for (int k : news) {
                if (newArea[k] > 0) {
                    cxNew += newCentroid[k][0] * newArea[k];
                    cyNew += newCentroid[k][1] * newArea[k];
                }
            }
            double shift = Math.hypot(cxNew / areaNew - cxOld / areaOld, cyNew / areaNew - cyOld / areaOld);
            return new ChangeGroup(type, oldParcels, newParcels, renumbered(olds, news), iou, areaOld, areaNew,
                    100 * (areaNew - areaOld) / areaOld, hausdorff, shift, fast, note);
        }

        /** The parcels {@code of[members[0]], of[members[1]], ...} as an immutable list. */
        private static List<ParcelFeature> parcels(ParcelFeature[] of, int[] members) {
            if (members.length == 1) {
                return List.of(of[members[0]]);
            }
            ParcelFeature[] out = new ParcelFeature[members.length];
            for (int j = 0; j < out.length; j++) {
                out[j] = of[members[j]];
            }
            return List.of(out);
        }

        /**
         * The discrete Hausdorff distance between the boundaries as drawn (before repair), offset removed, as
         * PostGIS's ST_HausdorffDistance measures the geometries as loaded: a repair changes topology, not where a
         * line was drawn, and repairing two surveys' versions of one defect differently (a zero-width spike in one,
         * a hair-thin loop in the other) must not read as a moved boundary (Cambridge 190-38: 1.27 m repaired,
         * 0.33 m as drawn).
         */
        private double hausdorff(int[] olds, int[] news) {
            GeometryFactory f = oldP[olds[0]].geometry().getFactory();
            boolean oneShift = true;
            for (int i : olds) {
                oneShift &= dx[i] == dx[olds[0]] && dy[i] == dy[olds[0]];
            }
            if (oneShift) {
                // one offset for all (the usual case): shifted while measured, no translated copies
                Geometry[] a = new Geometry[olds.length];
                for (int j = 0; j < a.length; j++) {
                    a[j] = drawn(oldIn.get(olds[j]), oldP[olds[j]]);
                }
                Geometry[] b = new Geometry[news.length];
                for (int j = 0; j < b.length; j++) {
                    b[j] = drawn(newIn.get(news[j]), newP[news[j]]);
                }
                Geometry ga = a.length == 1 ? a[0] : f.createGeometryCollection(a);
                Geometry gb = b.length == 1 ? b[0] : f.createGeometryCollection(b);
                return VertexDistances.hausdorff(ga, dx[olds[0]], dy[olds[0]], gb);
            }
            Geometry[] a = new Geometry[olds.length];
            for (int j = 0; j < a.length; j++) {
                int i = olds[j];
                a[j] = AffineTransformation.translationInstance(dx[i], dy[i]).transform(drawn(oldIn.get(i), oldP[i]));
            }
            Geometry[] b = new Geometry[news.length];
            for (int j = 0; j < b.length; j++) {
                b[j] = drawn(newIn.get(news[j]), newP[news[j]]);
            }
            Geometry ga = a.length == 1 ? a[0] : f.createGeometryCollection(a);
            Geometry gb = b.length == 1 ? b[0] : f.createGeometryCollection(b);
            return VertexDistances.hausdorff(ga, 0, 0, gb);
        }

        /** The parcel's geometry as read, unless that is empty (then the prepared one, equally empty). */
        private static Geometry drawn(ParcelFeature read, ParcelFeature prepared) {
            return read.geometry().isEmpty() ? prepared.geometry() : read.geometry();
        }

        private boolean renumbered(int[] olds, int[] news) {
            if (olds.length == 1 && news.length == 1) {
                // the sets below, for one parcel a side
                return oldCode[olds[0]] != NO_NUMBER && newCode[news[0]] != NO_NUMBER && !sameNumber(olds[0], news[0]);
            }
            Set<String> oldKeys = new HashSet<>();
            for (int i : olds) {
                if (oldCode[i] != NO_NUMBER) {
                    oldKeys.add(oldKeyText(i));
                }
            }
            Set<String> newKeys = new HashSet<>();
            for (int k : news) {
                if (newCode[k] != NO_NUMBER) {
                    newKeys.add(newKeyText(k));
                }
            }
            if (oldKeys.isEmpty() || newKeys.isEmpty()) {
                return false;
            }
            for (String k : newKeys) {
                if (oldKeys.contains(k)) {
                    return false;
                }
            }
            return true;
        }
    }
}
