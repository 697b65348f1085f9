package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
                i;POLYGON ((0 0, 10 0, 10 10, 0 0));extra
                j
                """, ReadOptions.DEFAULTS.withCsvDelimiter(';'));
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("a", "#6");
        assertThat(layer.rejected()).extracting(RejectedFeature::line, RejectedFeature::reason).containsExactly(
                tuple(3L, RejectReason.UNPARSEABLE_GEOMETRY),
                tuple(4L, RejectReason.NOT_A_POLYGON),
                tuple(5L, RejectReason.MISSING_GEOMETRY),
                tuple(6L, RejectReason.NON_FINITE_COORDINATES),
                tuple(8L, RejectReason.NOT_A_POLYGON),
                tuple(9L, RejectReason.EMPTY_GEOMETRY),
                tuple(10L, RejectReason.WRONG_CELL_COUNT),
                tuple(11L, RejectReason.WRONG_CELL_COUNT));
        assertThat(layer.rejected().get(6).message()).isEqualTo("the row has 3 cells; the header has 2");
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
    void failsOnAFileWithoutAWktColumn() throws IOException {
        assertThatThrownBy(() -> read("id,x,y\n1,2,3\n", ReadOptions.DEFAULTS))
                .isInstanceOf(MalformedMapException.class).hasMessageStartingWith("t.csv:1: no WKT column");
        assertThatThrownBy(() -> read("", ReadOptions.DEFAULTS))
                .isInstanceOf(MalformedMapException.class).hasMessageContaining("the file is empty");
        assertThat(read("id,shape_wkt\n1,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\n",
                ReadOptions.DEFAULTS.withWktColumn("SHAPE_WKT")).features()).hasSize(1);
    }

    @Test
    void readsAFileThatStartsWithAByteOrderMark() throws IOException {
        ParcelLayer layer = read("\uFEFFid,wkt\na,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\n", ReadOptions.DEFAULTS);
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("a");
        assertThat(layer.features().get(0).properties()).containsOnlyKeys("id");
    }

    @Test
    void failsAtAnUnclosedQuoteRatherThanSwallowTheRestOfTheFile() {
        assertThatThrownBy(() -> read("id,wkt\na,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\nb,\"POLYGON ((0 0\n"
                + "c,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\n", ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(MalformedMapException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("t.csv:3: malformed CSV").contains("after 1 rows");
                });
    }

    @Test
    void namesTheColumnOfTheUnclosedQuoteInAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("map.csv"), "id,so_to,wkt\n"
                + "a,1,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\n".repeat(400)
                + "b,\"1,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\n"
                + "c,1,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\n".repeat(600));
        assertThatThrownBy(() -> ParcelFiles.read(file, ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(MalformedMapException.class, e -> {
                    assertThat(e.line()).isEqualTo(402);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("map.csv:402:3: malformed CSV");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // line                 | column of the quote opening the broken field, 0 when the quoting is sound
        "a,b,c                  | 0",
        "'a,\"b,c'               | 3",
        "'a,\"b\"\",c'            | 3",
        "'a,\"b\",\"c'            | 7",
        "'a,\"b\",c'              | 0",
        "'a,b\"c'                | 0",
        "'b,\"1,\"POLYGON\"'        | 3",
    })
    void findsTheQuoteThatALineLeavesOpen(String line, int column) {
        assertThat(WktCsvParcelReader.openQuoteColumn(line, ',')).isEqualTo(column);
    }
}
