package org.parcelrecon.geometry.qa;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.IntersectionMatrix;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.parcelrecon.core.parallel.ParallelWork;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.internal.NumberingScopes;
import org.parcelrecon.geometry.internal.PackedTree;
import org.parcelrecon.geometry.internal.Polygons;
import org.parcelrecon.geometry.internal.QuickValidity;
import org.parcelrecon.geometry.internal.Separation;
import org.parcelrecon.geometry.internal.UnionFind;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadRepair;

/**
 * Topology QA for one cadastral map: invalid polygons (repaired and reported), overlaps, gaps, slivers, duplicate
 * or missing sheet/plot numbers and recorded areas that disagree with the map.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Invalid</b>: JTS {@link IsValidOp} (the OGC rules PostGIS's ST_IsValid applies); each invalid polygon is
 *       repaired by linework, as PostGIS ST_MakeValid (JTS {@code GeometryFixer} where that fails; see
 *       {@code internal.Polygons} for why), and the repair is what every later check, and
 *       {@link MapQaResult#repaired()}, uses. Ring defects mended by the reader are reported the same way.</li>
 *   <li><b>Overlap</b>: two parcels whose interiors intersect with an intersection area above the tolerance
 *       (tiny overlaps along shared edges are digitising noise). One finding per pair.</li>
 *   <li><b>Stacked polygons</b>: parcels that are the same polygon to the centimetre (a feature exported many
 *       times) are one overlap finding per stack naming them all, and the stack takes part in the overlap and gap
 *       checks once, as its first parcel: 3,000 stacked copies give one finding, not 4.5 million.</li>
 *   <li><b>Gap</b>: a hole in the union of all parcels no wider than the gap width (maximum inscribed circle
 *       diameter, as JTS {@code CoverageGapFinder} defines it). That union is never formed: each group of parcels
 *       that touch or overlap (a block between roads, say) has the holes the whole union has there, so groups are
 *       searched separately and in parallel, and a group whose parcels share their edges vertex for vertex, with no
 *       overlap, is recognised as a disk without a union (see {@code Gaps}). The unions that are needed are
 *       computed with OverlayNG rather than {@code CoverageUnion} (or {@code CoverageGapFinder}, which builds on
 *       it), because real maps are not exactly noded coverages (they overlap, and neighbours' vertices differ),
 *       which {@code CoverageUnion} requires.</li>
 *   <li><b>Sliver</b>: mean width 2·area/perimeter and compactness 4π·area/perimeter² both under their limits.</li>
 *   <li><b>Sheet/plot</b>: numbers compared ignoring leading zeros ({@code "045"} = {@code "45"}), within their
 *       commune and survey only (sheet 3 plot 12 exists in every commune; the commune is the first of the
 *       attributes {@code commune_code, ma_xa, commune, maXa} the map carries, the survey the first of
 *       {@code survey, survey_id, dot_do_dac, nam_do_dac, prefixe}); "missing" is only reported when some parcel of
 *       the map has both numbers.</li>
 *   <li><b>Area</b>: parcels with a recorded area above zero; computed area of the repaired polygon.</li>
 *   <li><b>Duplicate id</b>: several parcels with the same id, saying how many are the very same polygon.</li>
 *   <li><b>Recorded area missing</b>: a parcel without a recorded area, or with 0, in a map where some parcel has
 *       one.</li>
 *   <li><b>Missing id</b>: a polygon the reader found no usable id for (checked under its synthetic id).</li>
 * </ul>
 *
 * <p>Coordinates must be in a projected CRS in metres (areas in m²): {@link #check(ParcelLayer, QaOptions)} refuses
 * a layer in longitude/latitude; read geographic maps with {@code ReadOptions.withTargetCrs}. Works in O(n log n):
 * one packed STRtree, envelope checks first, then a line through an edge of one parcel with each on its own side
 * settles most neighbours, and so does a chain of vertices they share; the rest take a {@link RelateNG} evaluation
 * (each parcel prepared once), and the exact intersection is computed only for pairs whose interiors meet. Simple
 * polygons are checked for validity without {@link IsValidOp} when a pairwise edge test settles it. Per-parcel
 * work runs in parallel streams: in the pool of {@link QaOptions#withPool} when one is set (a host server bounds a
 * check's CPU so), else in the fork-join pool of the calling thread when it is one, else in the common pool; the
 * output does not depend on it. Thread-safe: calls share no state, and any number of checks may run at once.
 *
 * <pre>{@code
 * MapQaResult qa = MapQa.check(layer.features(), QaOptions.DEFAULTS);
 * qa.counts();               // {INVALID_GEOMETRY=21, OVERLAP=24, GAP=.., ...}
 * qa.findings().get(0);      // INVALID_GEOMETRY [266-31] 812.4 Self-intersection POINT (...)
 * }</pre>
 */
public final class MapQa {
    /** DE-9IM pattern: the interiors intersect (a string, as RelateNG's predicate objects keep state). */
    private static final String INTERIORS_INTERSECT = "T********";

    private MapQa() {
    }

    /**
     * Checks a map read by {@code ParcelFiles}, after checking that its coordinates are not longitude/latitude
     * (areas and widths in degrees mean nothing).
     *
     * @throws IllegalArgumentException if the layer's CRS is geographic (read it with
     *                                  {@code ReadOptions.withTargetCrs} of a projected CRS)
     * @param layer the map, as read
     * @param options the tolerances and the pool to run in
     * @return the findings and the repaired parcels
     */
    public static MapQaResult check(ParcelLayer layer, QaOptions options) {
        Objects.requireNonNull(layer, "layer");
        if (layer.crs().map(Crs::isGeographic).orElse(false)) {
            throw new IllegalArgumentException(layer.source() + " is in longitude/latitude (" + layer.crs().get().id()
                    + "): areas and widths cannot be measured in degrees; read it with ReadOptions.withTargetCrs of a"
                    + " projected CRS");
        }
        return check(layer.features(), options);
    }

    /**
     * Checks a map whose coordinates are in a projected CRS in metres.
     *
     * @param parcels the map's parcels (ids need not be unique, but findings are only as clear as the ids)
     * @param options the tolerances
     * @return the findings and the repaired parcels
     */
    public static MapQaResult check(List<ParcelFeature> parcels, QaOptions options) {
        Objects.requireNonNull(parcels, "parcels");
        Objects.requireNonNull(options, "options");
        return ParallelWork.in(options.pool(), () -> run(parcels, options));
    }

    private static MapQaResult run(List<ParcelFeature> parcels, QaOptions options) {
        int n = parcels.size();
        long t0 = System.nanoTime();
        ParcelFeature[] repaired = new ParcelFeature[n];
        MapFinding[][] invalid = new MapFinding[n][];
        MapFinding[] slivers = new MapFinding[n];
        MapFinding[] areas = new MapFinding[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            ParcelFeature p = parcels.get(i);
            List<MapFinding> found = new ArrayList<>(0);
            repaired[i] = repair(p, found);
            invalid[i] = found.toArray(new MapFinding[0]);
            Geometry g = repaired[i].geometry();
            if (!g.isEmpty()) {
                slivers[i] = sliver(repaired[i], options);
                areas[i] = area(repaired[i], options);
            }
        });
        t0 = phase(options, "repair", t0);

        // a stack of identical polygons is searched for overlaps and gaps once, as its first parcel
        int[] stackFirst = Stacks.firsts(repaired);
        boolean[] searched = new boolean[n];
        int[] items = new int[n];
        double[] boxes = new double[4 * n];
        int indexed = 0;
        for (int i = 0; i < n; i++) {
            Geometry g = repaired[i].geometry();
            if (!g.isEmpty() && stackFirst[i] == i) {
                searched[i] = true;
                Envelope e = g.getEnvelopeInternal();
                boxes[4 * indexed] = e.getMinX();
                boxes[4 * indexed + 1] = e.getMinY();
                boxes[4 * indexed + 2] = e.getMaxX();
                boxes[4 * indexed + 3] = e.getMaxY();
                items[indexed++] = i;
            }
        }
        PackedTree index = PackedTree.sortTileRecursive(boxes, indexed);
        boxes = null;
        t0 = phase(options, "index", t0);

        boolean[] overlapped = new boolean[n];
        Neighbours[] neighbours = new Neighbours[n];
        IntStream.range(0, n).parallel().forEach(i -> neighbours[i] = !searched[i] ? Neighbours.NONE
                : neighbours(i, repaired, index, items, overlapped, options));
        t0 = phase(options, "overlaps", t0);

        List<MapFinding> findings = new ArrayList<>();
        for (MapFinding[] f : invalid) {
            findings.addAll(List.of(f));
        }
        MapFinding[] stacks = stacks(repaired, stackFirst, options);
        UnionFind touching = new UnionFind(n);
        for (int i = 0; i < n; i++) {
            if (stacks[i] != null) {
                findings.add(stacks[i]);
            }
            findings.addAll(List.of(neighbours[i].overlaps()));
            for (int j : neighbours[i].touching()) {
                touching.union(i, j);
            }
            neighbours[i] = null;
        }
        if (options.gapMaxWidth() > 0) {
            findings.addAll(Gaps.find(repaired, searched, touching, overlapped, index, items, options));
        }
        t0 = phase(options, "gaps", t0);
        for (MapFinding f : slivers) {
            if (f != null) {
                findings.add(f);
            }
        }
        sheetPlot(repaired, findings);
        for (MapFinding f : areas) {
            if (f != null) {
                findings.add(f);
            }
        }
        duplicateIds(parcels, findings);
        recordedAreaMissing(repaired, findings);
        for (ParcelFeature p : repaired) {
            if (p.idMissing()) {
                findings.add(finding(FindingType.MISSING_ID, List.of(p.id()), p.geometry().getArea(),
                        "no usable id (absent, blank or a placeholder): checked as " + p.id(), location(p.geometry())));
            }
        }
        phase(options, "attributes", t0);
        return new MapQaResult(findings, List.of(repaired));
    }

    /** Reports the phase that started at {@code start} and returns the time it ended. */
    private static long phase(QaOptions options, String name, long start) {
        long end = System.nanoTime();
        options.phaseListener().accept(name, Duration.ofNanos(end - start));
        return System.nanoTime();
    }

    /** One finding per id on more than one parcel, in map order of the id's first parcel. */
    private static void duplicateIds(List<ParcelFeature> parcels, List<MapFinding> findings) {
        Map<String, int[]> count = new HashMap<>();
        for (ParcelFeature p : parcels) {
            count.computeIfAbsent(p.id(), k -> new int[1])[0]++;
        }
        Map<String, List<Integer>> groups = new HashMap<>();
        List<List<Integer>> ordered = new ArrayList<>();
        for (int i = 0; i < parcels.size(); i++) {
            String id = parcels.get(i).id();
            if (count.get(id)[0] > 1) {
                List<Integer> g = groups.get(id);
                if (g == null) {
                    g = new ArrayList<>();
                    groups.put(id, g);
                    ordered.add(g);
                }
                g.add(i);
            }
        }
        for (List<Integer> group : ordered) {
            ParcelFeature first = parcels.get(group.get(0));
            int same = 0;
            List<String> ids = new ArrayList<>(group.size());
            for (int i : group) {
                ids.add(first.id());
                if (i != group.get(0) && parcels.get(i).geometry().equalsExact(first.geometry())) {
                    same++;
                }
            }
            String detail = "id " + first.id() + " on " + group.size() + " parcels"
                    + (same == 0 ? "" : same == group.size() - 1 ? ", all the same polygon (a feature repeated)"
                    : ", " + same + " of them the same polygon as the first");
            findings.add(finding(FindingType.DUPLICATE_ID, ids, group.size(), detail, location(first.geometry())));
        }
    }

    /**
     * One overlap finding per stack of identical polygons (above the overlap tolerance), at the index of its first
     * parcel; null elsewhere.
     */
    private static MapFinding[] stacks(ParcelFeature[] parcels, int[] stackFirst, QaOptions options) {
        Map<Integer, List<String>> stacks = new HashMap<>();
        for (int i = 0; i < parcels.length; i++) {
            if (stackFirst[i] != i) {
                stacks.computeIfAbsent(stackFirst[i], f -> new ArrayList<>(List.of(parcels[f].id())))
                        .add(parcels[i].id());
            }
        }
        MapFinding[] found = new MapFinding[parcels.length];
        for (Map.Entry<Integer, List<String>> stack : stacks.entrySet()) {
            Geometry g = parcels[stack.getKey()].geometry();
            double area = g.getArea();
            if (area > options.overlapMinArea()) {
                int size = stack.getValue().size();
                found[stack.getKey()] = finding(FindingType.OVERLAP, stack.getValue(), area, String.format(Locale.ROOT,
                        "overlap %.2f m²: %d parcels are the same polygon (to the centimetre), checked once as %s",
                        area, size, parcels[stack.getKey()].id()), location(g));
            }
        }
        return found;
    }

    /** Parcels without a recorded area, or with 0, when some parcel of the map has one. */
    private static void recordedAreaMissing(ParcelFeature[] parcels, List<MapFinding> findings) {
        boolean anyRecorded = false;
        for (ParcelFeature p : parcels) {
            if (p.recordedArea().isPresent()) {
                anyRecorded = true;
                break;
            }
        }
        if (!anyRecorded) {
            return;
        }
        for (ParcelFeature p : parcels) {
            if (p.recordedArea().isEmpty() || p.recordedArea().getAsDouble() == 0) {
                findings.add(finding(FindingType.RECORDED_AREA_MISSING, List.of(p.id()), 0,
                        p.recordedArea().isEmpty() ? "no recorded area (absent, or not a number >= 0)"
                                : "recorded area 0", location(p.geometry())));
            }
        }
    }

    private static ParcelFeature repair(ParcelFeature p, List<MapFinding> found) {
        Geometry g = p.geometry();
        for (ReadRepair r : p.readRepairs()) {
            if (r == ReadRepair.ID_MISSING) {
                continue; // not a geometry defect: reported with the attributes
            }
            Point at = g.isEmpty() ? null : g.getInteriorPoint();
            found.add(finding(FindingType.INVALID_GEOMETRY, List.of(p.id()), g.getArea(),
                    r == ReadRepair.RING_CLOSED ? "ring not closed (closed when read)"
                            : "ring with fewer than 3 distinct points (dropped when read)",
                    at == null || at.isEmpty() ? null : at.getCoordinate()));
        }
        if (QuickValidity.certainlySimpleShell(g)) {
            return p; // what IsValidOp would say, without its cost for the common parcel
        }
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error == null) {
            return p;
        }
        Geometry fixed = Polygons.repair(g);
        found.add(finding(FindingType.INVALID_GEOMETRY, List.of(p.id()), fixed.getArea(),
                error.getMessage() + (fixed.isEmpty() ? "; the repair left no area" : ""), error.getCoordinate()));
        return p.withGeometry(fixed);
    }

    private static MapFinding sliver(ParcelFeature p, QaOptions options) {
        Geometry g = p.geometry();
        double area = g.getArea();
        double perimeter = g.getLength();
        if (perimeter <= 0) {
            return null;
        }
        double width = 2 * area / perimeter;
        double compactness = 4 * Math.PI * area / (perimeter * perimeter);
        if (width < options.sliverMaxWidth() && compactness < options.sliverMaxCompactness()) {
            return finding(FindingType.SLIVER, List.of(p.id()), width, String.format(Locale.ROOT,
                    "mean width %.3f m, area %.3f m², compactness %.3f", width, area, compactness),
                    g.getInteriorPoint().getCoordinate());
        }
        return null;
    }

    private static MapFinding area(ParcelFeature p, QaOptions options) {
        if (p.recordedArea().isEmpty() || p.recordedArea().getAsDouble() <= 0) {
            return null;
        }
        double recorded = p.recordedArea().getAsDouble();
        double computed = p.geometry().getArea();
        double diff = computed - recorded;
        double percent = 100 * diff / recorded;
        if (Math.abs(percent) > options.areaTolerancePercent() && Math.abs(diff) > options.areaToleranceM2()) {
            return finding(FindingType.AREA_MISMATCH, List.of(p.id()), percent, String.format(Locale.ROOT,
                    "recorded %.2f m², map %.2f m²", recorded, computed),
                    p.geometry().getInteriorPoint().getCoordinate());
        }
        return null;
    }

    /** The overlap findings of a parcel with later ones, and the later parcels it may touch. */
    private record Neighbours(MapFinding[] overlaps, int[] touching) {
        static final Neighbours NONE = new Neighbours(new MapFinding[0], new int[0]);
    }

    /**
     * Parcel {@code i} against each later searched parcel whose envelope meets its own: overlaps above the
     * tolerance, every pair whose interiors meet (in {@code overlapped}), and the pairs that may touch (for the gap
     * search's groups). Most neighbours are settled by a separating line ({@link Separation}); the rest by
     * {@link RelateNG}, prepared once for the parcel.
     */
    private static Neighbours neighbours(int i, ParcelFeature[] parcels, PackedTree index, int[] items,
                                         boolean[] overlapped, QaOptions options) {
        Geometry a = parcels[i].geometry();
        PackedTree.Hits hits = new PackedTree.Hits();
        index.query(a.getEnvelopeInternal(), hits);
        int[] js = new int[hits.size];
        int count = 0;
        for (int h = 0; h < hits.size; h++) {
            int j = items[hits.items[h]];
            if (j > i) {
                js[count++] = j;
            }
        }
        java.util.Arrays.sort(js, 0, count);
        RelateNG prepared = null;
        List<MapFinding> found = null;
        int[] touching = new int[count];
        int touches = 0;
        for (int k = 0; k < count; k++) {
            Geometry b = parcels[js[k]].geometry();
            int separation = Separation.of(a, b);
            if (separation == Separation.APART) {
                continue;
            }
            if (separation == Separation.TOUCHING) {
                touching[touches++] = js[k];
                continue;
            }
            if (prepared == null) {
                prepared = RelateNG.prepare(a);
            }
            IntersectionMatrix relation = prepared.evaluate(b);
            if (!relation.isIntersects()) {
                continue;
            }
            touching[touches++] = js[k];
            if (!relation.matches(INTERIORS_INTERSECT)) {
                continue;
            }
            overlapped[i] = true;
            overlapped[js[k]] = true;
            Geometry intersection = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
            double area = intersection.getArea();
            if (area > options.overlapMinArea()) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(finding(FindingType.OVERLAP, List.of(parcels[i].id(), parcels[js[k]].id()), area,
                        String.format(Locale.ROOT, "overlap %.2f m²", area),
                        intersection.getInteriorPoint().getCoordinate()));
            }
        }
        return new Neighbours(found == null ? new MapFinding[0] : found.toArray(new MapFinding[0]),
                java.util.Arrays.copyOf(touching, touches));
    }

    private static void sheetPlot(ParcelFeature[] parcels, List<MapFinding> findings) {
        boolean anyNumbered = false;
        String[] scopes = NumberingScopes.scopes(List.of(parcels));
        // numbers repeat in every commune (and survey): a duplicate is one within the same scope
        String[] keys = new String[parcels.length];
        IntStream.range(0, parcels.length).parallel().forEach(i -> keys[i] = parcels[i].sheetPlotKey()
                .map(k -> scopes[i] + "\u0000" + k).orElse(null));
        // grouped by hash (each group in map order), then ordered by first parcel below
        Map<String, List<Integer>> byNumber = new HashMap<>();
        for (int i = 0; i < parcels.length; i++) {
            if (keys[i] != null) {
                anyNumbered = true;
                byNumber.computeIfAbsent(keys[i], k -> new ArrayList<>(1)).add(i);
            }
        }
        List<List<Integer>> duplicates = new ArrayList<>();
        for (List<Integer> group : byNumber.values()) {
            if (group.size() > 1) {
                duplicates.add(group);
            }
        }
        duplicates.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        for (List<Integer> group : duplicates) {
            List<String> ids = new ArrayList<>(group.size());
            group.forEach(i -> ids.add(parcels[i].id()));
            ParcelFeature first = parcels[group.get(0)];
            String scope = scopes[group.get(0)];
            findings.add(finding(FindingType.DUPLICATE_SHEET_PLOT, ids, group.size(),
                    "sheet " + first.sheet().get() + " plot " + first.plot().get() + " on " + group.size() + " parcels"
                            + (scope.isEmpty() ? "" : " in " + scope), location(first.geometry())));
        }
        if (!anyNumbered) {
            return;
        }
        for (ParcelFeature p : parcels) {
            if (p.sheet().isEmpty() || p.plot().isEmpty()) {
                String what = p.sheet().isEmpty() && p.plot().isEmpty() ? "no sheet and no plot number"
                        : p.sheet().isEmpty() ? "no sheet number" : "no plot number";
                findings.add(finding(FindingType.MISSING_SHEET_PLOT, List.of(p.id()), 0, what, location(p.geometry())));
            }
        }
    }

    private static Coordinate location(Geometry g) {
        return g.isEmpty() ? null : g.getInteriorPoint().getCoordinate();
    }

    static MapFinding finding(FindingType type, List<String> ids, double measure, String detail, Coordinate at) {
        double x = at == null ? Double.NaN : at.x;
        double y = at == null ? Double.NaN : at.y;
        return new MapFinding(type, ids, measure, detail, x, y);
    }
}
