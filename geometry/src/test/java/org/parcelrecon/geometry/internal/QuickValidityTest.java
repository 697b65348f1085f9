package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;

class QuickValidityTest {
    private static final GeometryFactory F = new GeometryFactory();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // settled quickly: simple shells
        "square|POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))|true|true",
        "square with a repeated vertex|POLYGON ((0 0, 10 0, 10 0, 10 10, 0 10, 0 0))|true|true",
        "collinear vertex running on|POLYGON ((0 0, 5 0, 10 0, 10 10, 0 10, 0 0))|true|true",
        "concave L|POLYGON ((0 0, 10 0, 10 5, 5 5, 5 10, 0 10, 0 0))|true|true",
        // left to IsValidOp, which finds them invalid
        "bow-tie|POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))|false|false",
        "spike folding back|POLYGON ((0 0, 10 0, 15 0, 10 0, 10 10, 0 10, 0 0))|false|false",
        "ring touching itself|POLYGON ((0 0, 10 0, 10 10, 5 0, 0 10, 0 0))|false|false",
        // left to IsValidOp, which finds them valid
        "with a hole|POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 2 2))|false|true",
        "multipolygon|MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))|false|true"})
    void settlesSimpleShellsQuicklyAndLeavesTheRestToIsValidOp(String name, String wkt, boolean quick, boolean valid) {
        Geometry g = wkt(wkt);
        assertThat(QuickValidity.certainlySimpleShell(g)).isEqualTo(quick);
        assertThat(QuickValidity.isValid(g)).isEqualTo(valid).isEqualTo(IsValidOp.isValid(g));
    }

    @Property
    void agreesWithIsValidOpOnRandomSmallRings(@ForAll @IntRange(min = 3, max = 9) int n,
                                               @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        java.util.Random r = new java.util.Random(seed);
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            // a coarse grid makes collinear and touching vertices common
            c[i] = new Coordinate(r.nextInt(6), r.nextInt(6));
        }
        c[n] = c[0].copy();
        Geometry g = F.createPolygon(c);
        if (QuickValidity.certainlySimpleShell(g)) {
            assertThat(IsValidOp.isValid(g)).as(String.format(Locale.ROOT, "%s", g)).isTrue();
        }
        assertThat(QuickValidity.isValid(g)).isEqualTo(IsValidOp.isValid(g));
        // the ring already read into arrays: the same answer, the arrays left as they were
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = c[i].x;
            y[i] = c[i].y;
        }
        double[] before = x.clone();
        assertThat(QuickValidity.certainlySimpleShell(x, y, n + 1)).isEqualTo(QuickValidity.certainlySimpleShell(g));
        assertThat(x).containsExactly(before);
    }
}
