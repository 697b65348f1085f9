package org.parcelrecon.reconcile.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.geometry.compare.CompareOptions;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.geometry.io.ParcelLayer;

class SurveyMapsTest {
    private static ParcelFeature parcel(String id, int sheet, int plot, String wkt, String landUse) {
        try {
            Geometry g = new WKTReader().read(wkt);
            return new ParcelFeature(id, g, Optional.of(Integer.toString(sheet)), Optional.of(Integer.toString(plot)),
                    OptionalDouble.empty(), Map.of("commune_code", "06652", "loai_dat", landUse), 0, List.of());
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String square(double x, double w) {
        return "POLYGON ((" + x + " 0, " + (x + w) + " 0, " + (x + w) + " 20, " + x + " 20, " + x + " 0))";
    }

    private static ParcelLayer layer(String name, ParcelFeature... parcels) {
        return new ParcelLayer(name, Optional.empty(), List.of(parcels), List.of(), List.of());
    }

    private static final ParcelLayer OLD = layer("old", parcel("o7", 1, 7, square(0, 10), "ODT"),
            parcel("o8", 1, 8, square(10, 20), "ODT"));
    // plot 7 renumbered 101 (same land), plot 8 split into 102 and 103
    private static final ParcelLayer NEW = layer("new", parcel("n101", 1, 101, square(0, 10), "ODT"),
            parcel("n102", 1, 102, square(10, 10), "ODT"), parcel("n103", 1, 103, square(20, 10), "ODT"));

    private final SurveyMaps maps = SurveyMaps.of(NEW, OLD, MapComparison.compare(OLD, NEW,
            CompareOptions.DEFAULTS.withOffset(CompareOptions.OffsetMode.NONE, 0)), AdministrativeUnits.quangNinh());

    @Test
    void aKeyOnTheNewMapFindsItsParcelWithoutAChange() {
        MapMatch m = maps.match(List.of("06652"), "1/102");
        assertThat(m.newParcels()).containsExactly(1);
        assertThat(m.change()).isEmpty();
    }

    @Test
    void anOldSurveyKeyLeadsThroughItsChangeGroupToTheParcelsItBecame() {
        MapMatch renumbered = maps.match(List.of("06652"), "1/7");
        assertThat(renumbered.newParcels()).containsExactly(0);
        assertThat(renumbered.change()).hasValueSatisfying(c -> {
            assertThat(c.changeClass()).isEqualTo(ChangeClass.UNCHANGED);
            assertThat(c.renumbered()).isTrue();
            assertThat(c.oldParcelIds()).containsExactly("o7");
        });
        MapMatch split = maps.match(List.of("06652"), "1/8");
        assertThat(split.newParcels()).containsExactly(1, 2);
        assertThat(split.change().map(ParcelChange::changeClass)).contains(ChangeClass.SPLIT);
    }

    @Test
    void aKeyOnNeitherSurveyFindsNothing() {
        MapMatch m = maps.match(List.of("06652"), "1/999");
        assertThat(m.newParcels()).isEmpty();
        assertThat(m.change()).isEmpty();
        assertThat(maps.match(List.of("06658"), "1/102").newParcels()).as("another commune").isEmpty();
    }

    @Test
    void mapFiguresCarryTheComputedAreaAndTheMapsLandUse() {
        assertThat(maps.mapParcel(1).areaM2()).isEqualTo(200.0);
        assertThat(maps.mapParcel(1).landUseCode()).contains("ODT");
        assertThat(maps.mapParcel(1).plot()).isEqualTo("102");
    }

    @Test
    void aSelfIntersectingPolygonIsAMapProblemSayingWhereAndAValidOneIsNot() {
        ParcelLayer bowtie = layer("new", parcel("n1", 1, 1, "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))", "ODT"),
                parcel("n2", 1, 2, square(20, 10), "ODT"));
        SurveyMaps one = SurveyMaps.of(bowtie, AdministrativeUnits.quangNinh());
        assertThat(one.mapParcel(0).validityProblems()).singleElement().asString()
                .contains("Self-intersection").contains("at (5.0 5.0)");
        assertThat(one.mapParcel(0).areaM2()).as("both lobes, not the drawn area where they cancel").isEqualTo(50.0);
        assertThat(one.mapParcel(1).isValid()).isTrue();
    }
}
