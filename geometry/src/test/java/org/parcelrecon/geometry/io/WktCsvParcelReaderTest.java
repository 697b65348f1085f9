package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.parcelrecon.geometry.crs.Crs;

class WktCsvParcelReaderTest {

    private static ParcelLayer read(String csv, ReadOptions options) throws IOException {
        return ParcelFiles.readWktCsv(new StringReader(csv), "t.csv", options);
    }

    @Test
    void readsWktColumnAndAttributes() throws IOException {
        ParcelLayer layer = read("""
                so_to,so_thua,WKT,loai_dat
                12,45,"POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",ONT
                12,46,"MULTIPOLYGON (((20 0, 30 0, 30 10, 20 0)))",CLN
                """, ReadOptions.DEFAULTS.withSourceCrs(Crs.parse("vn2000:quang-ninh")));
        assertThat(layer.rejected()).isEmpty();
        assertThat(layer.crs()).contains(Crs.epsg(5899));
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("12/45", "12/46");
        assertThat(layer.features().get(0).properties()).containsOnlyKeys("so_to", "so_thua", "loai_dat");
        assertThat(layer.features().get(1).geometry().getGeometryType()).isEqualTo("MultiPolygon");
    }

    @Test
    void reportsBadRowsWithTheirLineNumbers() throws IOException {
        ParcelLayer layer = read("""
                id;geom
                a;POLYGON ((0 0, 10 0, 10 10, 0 0))
                b;POLYGON ((0 0, 10 0
                c;POINT (1 2)
                d;
                e;POLYGON ((0 0, NaN 0, 10 10, 0 0))
                ;POLYGON ((0 0, 10 0, 10 10, 0 0))
                g;LINESTRING (0 0, 1 1)
                h;POLYGON EMPTY
                """, ReadOptions.DEFAULTS.withCsvDelimiter(';'));
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("a", "#6");
        assertThat(layer.rejected()).extracting(RejectedFeature::line, RejectedFeature::reason).containsExactly(
                tuple(3L, RejectReason.UNPARSEABLE_GEOMETRY),
                tuple(4L, RejectReason.NOT_A_POLYGON),
                tuple(5L, RejectReason.MISSING_GEOMETRY),
                tuple(6L, RejectReason.NON_FINITE_COORDINATES),
                tuple(8L, RejectReason.NOT_A_POLYGON),
                tuple(9L, RejectReason.EMPTY_GEOMETRY));
        assertThat(layer.warnings()).singleElement().asString().contains("CRS unknown");
    }

    @Test
    void mendsUnclosedAndShortRingsOnlyWhereNeeded() throws IOException {
        ParcelLayer layer = read("""
                id,wkt
                open,"POLYGON ((0 0, 10 0, 10 10, 0 10), (1 1, 2 1, 2 2, 1 1))"
                shorthole,"POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 2 2, 1 1))"
                multi,"MULTIPOLYGON (((0 0, 1 0, 1 1)), ((5 5, 6 5, 6 6, 5 5)))"
                """, ReadOptions.DEFAULTS);
        assertThat(layer.rejected()).isEmpty();
        assertThat(layer.features()).extracting(ParcelFeature::readRepairs).containsExactly(
                java.util.List.of(ReadRepair.RING_CLOSED),
                java.util.List.of(ReadRepair.SHORT_RING_DROPPED),
                java.util.List.of(ReadRepair.RING_CLOSED));
        assertThat(layer.features().get(0).geometry().getArea()).isEqualTo(99.5);
        assertThat(layer.features().get(2).geometry().getArea()).isEqualTo(1.0);
    }

    @Test
    void rejectsAFileWithoutAWktColumn() throws IOException {
        ParcelLayer layer = read("id,x,y\n1,2,3\n", ReadOptions.DEFAULTS);
        assertThat(layer.features()).isEmpty();
        assertThat(layer.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_FILE);
            assertThat(r.message()).contains("no WKT column");
        });
        assertThat(read("id,shape_wkt\n1,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\n",
                ReadOptions.DEFAULTS.withWktColumn("SHAPE_WKT")).features()).hasSize(1);
    }

    @Test
    void keepsRowsBeforeAnUnterminatedQuote() throws IOException {
        ParcelLayer layer = read("id,wkt\na,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\nb,\"POLYGON ((0 0\n",
                ReadOptions.DEFAULTS);
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("a");
        assertThat(layer.rejected()).singleElement().extracting(RejectedFeature::reason)
                .isEqualTo(RejectReason.MALFORMED_FILE);
    }
}
