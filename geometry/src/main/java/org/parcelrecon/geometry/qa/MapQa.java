package org.parcelrecon.geometry.qa;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.parcelrecon.core.parallel.ParallelWork;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.internal.NumberingScopes;
import org.parcelrecon.geometry.internal.Polygons;
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
 *       diameter, as JTS {@code CoverageGapFinder} defines it). The union is computed with OverlayNG rather than
 *       {@code CoverageUnion}, because real maps are not exactly noded coverages (they overlap, and neighbours'
 *       vertices differ), which {@code CoverageUnion} requires.</li>
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
 * a layer in longitude/latitude; read geographic maps with {@code ReadOptions.withTargetCrs}. Works in O(n log n): one STRtree, envelope checks first, each parcel's
 * geometry prepared once ({@link RelateNG}) for its candidate neighbours, the exact intersection computed only for
 * pairs whose interiors meet. Per-parcel work runs in parallel streams: in the pool of {@link QaOptions#withPool}
 * when one is set (a host server bounds a check's CPU so), else in the fork-join pool of the calling thread when it
 * is one, else in the common pool; the output does not depend on it. Thread-safe: calls share no state, and any
 * number of checks may run at once.
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
        STRtree index = new STRtree();
        for (int i = 0; i < n; i++) {
            Geometry g = repaired[i].geometry();
            if (!g.isEmpty() && stackFirst[i] == i) {
                index.insert(g.getEnvelopeInternal(), i);
            }
        }
        index.build();
        t0 = phase(options, "index", t0);

        MapFinding[][] overlaps = new MapFinding[n][];
        IntStream.range(0, n).parallel().forEach(i -> overlaps[i] = stackFirst[i] != i ? new MapFinding[0]
                : overlaps(i, repaired, index, options).toArray(new MapFinding[0]));
        t0 = phase(options, "overlaps", t0);

        List<MapFinding> findings = new ArrayList<>();
        for (MapFinding[] f : invalid) {
            findings.addAll(List.of(f));
        }
        MapFinding[] stacks = stacks(repaired, stackFirst, options);
        for (int i = 0; i < n; i++) {
            if (stacks[i] != null) {
                findings.add(stacks[i]);
            }
            findings.addAll(List.of(overlaps[i]));
        }
        if (options.gapMaxWidth() > 0) {
            findings.addAll(gaps(repaired, stackFirst, index, options));
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

    private static List<MapFinding> overlaps(int i, ParcelFeature[] parcels, STRtree index, QaOptions options) {
        Geometry a = parcels[i].geometry();
        if (a.isEmpty()) {
            return List.of();
        }
        List<?> candidates = index.query(a.getEnvelopeInternal());
        RelateNG prepared = null;
        List<MapFinding> found = null;
        int[] js = new int[candidates.size()];
        int count = 0;
        for (Object o : candidates) {
            int j = (Integer) o;
            if (j > i) {
                js[count++] = j;
            }
        }
        java.util.Arrays.sort(js, 0, count);
        for (int k = 0; k < count; k++) {
            Geometry b = parcels[js[k]].geometry();
            if (prepared == null) {
                prepared = RelateNG.prepare(a);
            }
            if (!prepared.evaluate(b, INTERIORS_INTERSECT)) {
                continue;
            }
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
        return found == null ? List.of() : found;
    }

    private static List<MapFinding> gaps(ParcelFeature[] parcels, int[] stackFirst, STRtree index,
                                         QaOptions options) {
        List<Geometry> all = new ArrayList<>(parcels.length);
        for (int i = 0; i < parcels.length; i++) {
            if (!parcels[i].geometry().isEmpty() && stackFirst[i] == i) {
                all.add(parcels[i].geometry());
            }
        }
        if (all.isEmpty()) {
            return List.of();
        }
        Geometry union = OverlayNGRobust.union(all);
        List<MapFinding> found = new ArrayList<>();
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
                found.add(finding(FindingType.GAP, around(hole, parcels, index), area, String.format(Locale.ROOT,
                        "gap %.3f m², width %.3f m", area, width), hole.getInteriorPoint().getCoordinate()));
            }
        }
        return found;
    }

    private static List<String> around(Polygon hole, ParcelFeature[] parcels, STRtree index) {
        Envelope e = new Envelope(hole.getEnvelopeInternal());
        e.expandBy(1e-3);
        List<Integer> near = new ArrayList<>();
        for (Object o : index.query(e)) {
            int j = (Integer) o;
            if (parcels[j].geometry().isWithinDistance(hole, 1e-3)) {
                near.add(j);
            }
        }
        near.sort(null);
        List<String> ids = new ArrayList<>(near.size());
        near.forEach(j -> ids.add(parcels[j].id()));
        return ids.isEmpty() ? List.of("?") : ids;
    }

    private static void sheetPlot(ParcelFeature[] parcels, List<MapFinding> findings) {
        boolean anyNumbered = false;
        String[] scopes = NumberingScopes.scopes(List.of(parcels));
        Map<String, List<Integer>> byNumber = new TreeMap<>();
        for (int i = 0; i < parcels.length; i++) {
            ParcelFeature p = parcels[i];
            if (p.sheet().isPresent() && p.plot().isPresent()) {
                anyNumbered = true;
                // numbers repeat in every commune (and survey): a duplicate is one within the same scope
                byNumber.computeIfAbsent(scopes[i] + "\u0000" + p.sheetPlotKey().orElseThrow(),
                        k -> new ArrayList<>()).add(i);
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

    private static MapFinding finding(FindingType type, List<String> ids, double measure, String detail, Coordinate at) {
        double x = at == null ? Double.NaN : at.x;
        double y = at == null ? Double.NaN : at.y;
        return new MapFinding(type, ids, measure, detail, x, y);
    }
}
