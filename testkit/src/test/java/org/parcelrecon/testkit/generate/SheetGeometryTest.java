package org.parcelrecon.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/** The maps tile the ground: valid polygons, no overlap, edges that match; and the truth matches the geometry. */
class SheetGeometryTest {
    private final Generated province = Generated.province();

    private List<GeneratedMaps.Feature> map(String name) {
        return name.equals("old") ? province.oldMap : province.newMap;
    }

    @ParameterizedTest
    @ValueSource(strings = {"old", "new"})
    void everyParcelIsAValidPolygonWithItsAreaWritten(String period) {
        for (GeneratedMaps.Feature f : map(period)) {
            assertThat(IsValidOp.isValid(f.polygon())).as(f.id()).isTrue();
            assertThat(f.polygon().getNumInteriorRing()).as(f.id()).isZero();
            assertThat(f.areaM2()).as(f.id()).isCloseTo(f.polygon().getArea(), org.assertj.core.data.Offset.offset(0.006));
            // exterior rings counter-clockwise, as RFC 7946 asks
            assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(f.polygon().getExteriorRing().getCoordinates()))
                    .as(f.id()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"old", "new"})
    void noTwoParcelsOverlap(String period) {
        List<GeneratedMaps.Feature> parcels = map(period);
        STRtree index = new STRtree();
        for (GeneratedMaps.Feature f : parcels) {
            index.insert(f.polygon().getEnvelopeInternal(), f);
        }
        int touching = 0;
        for (GeneratedMaps.Feature f : parcels) {
            for (Object o : index.query(f.polygon().getEnvelopeInternal())) {
                GeneratedMaps.Feature g = (GeneratedMaps.Feature) o;
                if (g.id().compareTo(f.id()) <= 0 || !f.polygon().intersects(g.polygon())) {
                    continue;
                }
                touching++;
                assertThat(f.polygon().relate(g.polygon(), "2********")).as(f.id() + " overlaps " + g.id()).isFalse();
            }
        }
        // parcels share boundaries: on average each touches several neighbours
        assertThat(touching).isGreaterThan(parcels.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"old", "new"})
    void unionAreaEqualsTheSumOfAreas(String period) {
        List<Geometry> all = new ArrayList<>();
        double sum = 0;
        for (GeneratedMaps.Feature f : map(period)) {
            all.add(f.polygon());
            sum += f.polygon().getArea();
        }
        double union = UnaryUnionOp.union(all).getArea();
        assertThat(Math.abs(union - sum) / sum).isLessThan(1e-6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"old", "new"})
    void neighboursShareTheirVerticesSoTheMapIsAValidCoverage(String period) {
        // JTS coverage validation: edges of adjacent parcels match exactly (no T-junctions), gaps narrower than
        // 0.5 m would be reported too (roads are 4-10 m)
        Geometry[] polygons = map(period).stream().map(GeneratedMaps.Feature::polygon).toArray(Geometry[]::new);
        Geometry[] invalid = CoverageValidator.validate(polygons, 0.5);
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < invalid.length; i++) {
            if (invalid[i] != null) {
                bad.add(map(period).get(i).id());
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void parcelSizesAreRealisticForTheirKind() {
        int urban = 0;
        int urbanInRange = 0;
        int rural = 0;
        int ruralInRange = 0;
        for (CSVRecord p : province.truthParcels) {
            double area = Double.parseDouble(p.get("area_m2"));
            if (p.get("lot_kind").equals("URBAN")) {
                urban++;
                urbanInRange += area >= 50 && area <= 300 ? 1 : 0;
            } else {
                rural++;
                ruralInRange += area >= 250 && area <= 5_000 ? 1 : 0;
            }
        }
        assertThat(urban).isGreaterThan(2_000);
        assertThat(rural).isGreaterThan(2_000);
        // parcels made by merges may be larger
        assertThat((double) urbanInRange / urban).isGreaterThan(0.97);
        assertThat((double) ruralInRange / rural).isGreaterThan(0.97);
    }

    @Test
    void oldMapIsTheNewMapShiftedByTheSheetOffsetPlusNoise() {
        Map<String, GeneratedMaps.Feature> old = byId(province.oldMap);
        Map<String, GeneratedMaps.Feature> neu = byId(province.newMap);
        Map<String, CSVRecord> sheets = new java.util.HashMap<>();
        for (CSVRecord s : province.truthSheets) {
            sheets.put(s.get("commune_code") + "-" + s.get("sheet"), s);
        }
        int checked = 0;
        for (CSVRecord c : province.truthChanges) {
            if (!c.get("change_class").equals("UNCHANGED") || !neu.containsKey(c.get("new_parcel_ids"))) {
                continue;
            }
            Polygon o = old.get(c.get("old_parcel_id")).polygon();
            GeneratedMaps.Feature n = neu.get(c.get("new_parcel_ids"));
            CSVRecord sheet = sheets.get(n.communeCode() + "-" + n.sheet());
            AffineTransformation back = AffineTransformation.translationInstance(
                    -Double.parseDouble(sheet.get("offset_e")), -Double.parseDouble(sheet.get("offset_n")));
            // every old vertex is a new vertex moved by at most 0.25 m of noise (plus mm rounding)
            double distance = DiscreteHausdorffDistance.distance(back.transform(o), n.polygon());
            assertThat(distance).as(c.get("old_parcel_id")).isLessThan(0.252);
            checked++;
        }
        assertThat(checked).isGreaterThan(15_000);
        for (CSVRecord s : province.truthSheets) {
            double offset = Math.hypot(Double.parseDouble(s.get("offset_e")), Double.parseDouble(s.get("offset_n")));
            assertThat(offset).isLessThanOrEqualTo(Generated.SETTINGS.maxOffsetM() + 0.01);
        }
    }

    @Test
    void splitsAndMergesConserveArea() {
        Map<String, GeneratedMaps.Feature> old = byId(province.oldMap);
        Map<String, CSVRecord> parcels = Generated.byColumn(province.truthParcels, "parcel_id");
        Map<String, Double> oldAreaOfGroup = new java.util.LinkedHashMap<>();
        Map<String, Double> oldPerimeter = new java.util.HashMap<>();
        Map<String, String> classOfGroup = new java.util.HashMap<>();
        for (CSVRecord c : province.truthChanges) {
            String cls = c.get("change_class");
            if (cls.equals("SPLIT") || cls.equals("MERGED") || cls.equals("REPARCELLED")) {
                Polygon o = old.get(c.get("old_parcel_id")).polygon();
                oldAreaOfGroup.merge(c.get("new_parcel_ids"), o.getArea(), Double::sum);
                oldPerimeter.merge(c.get("new_parcel_ids"), o.getLength(), Double::sum);
                classOfGroup.put(c.get("new_parcel_ids"), cls);
            }
        }
        assertThat(classOfGroup.values()).contains("SPLIT", "MERGED", "REPARCELLED");
        for (Map.Entry<String, Double> g : oldAreaOfGroup.entrySet()) {
            double newArea = 0;
            for (String id : Generated.split(g.getKey())) {
                newArea += Double.parseDouble(parcels.get(id).get("area_m2"));
            }
            // the old map's noise moves each vertex by up to 0.25 m, which changes an area by at most that times
            // the perimeter
            assertThat(Math.abs(newArea - g.getValue())).as(g.getKey()).isLessThan(oldPerimeter.get(g.getKey()) * 0.25);
        }
    }

    private static Map<String, GeneratedMaps.Feature> byId(List<GeneratedMaps.Feature> features) {
        Map<String, GeneratedMaps.Feature> m = new java.util.HashMap<>();
        for (GeneratedMaps.Feature f : features) {
            m.put(f.id(), f);
        }
        return m;
    }
}
