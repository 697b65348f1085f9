package org.parcelrecon.geometry.compare;

import org.parcelrecon.core.evidence.ChangeClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.parcelrecon.geometry.io.ParcelFeature;

/** The offset estimator, through {@link MapComparison}: scopes per sheet within a commune, and robust pairing. */
class OffsetEstimatorTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double X0 = 500_000;
    private static final double Y0 = 2_300_000;

    /** A row-major block of lots w x h m at (x, y), numbered 1.., with the given attributes. */
    private static List<ParcelFeature> block(String prefix, String sheet, Map<String, String> properties, double x,
                                             double y, int cols, int rows, double w, double h) {
        List<ParcelFeature> out = new ArrayList<>();
        int plot = 1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x0 = x + c * w;
                double y0 = y + r * h;
                Geometry g = GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x0 + w, y0),
                        new Coordinate(x0 + w, y0 + h), new Coordinate(x0, y0 + h), new Coordinate(x0, y0)});
                out.add(new ParcelFeature(prefix + plot, g, Optional.of(sheet), Optional.of(String.valueOf(plot)),
                        OptionalDouble.empty(), properties, 0, List.of()));
                plot++;
            }
        }
        return out;
    }

    private static List<ParcelFeature> shifted(List<ParcelFeature> parcels, double dx, double dy, double noise,
                                               long seed) {
        Random random = new Random(seed);
        List<ParcelFeature> out = new ArrayList<>();
        for (ParcelFeature p : parcels) {
            Geometry g = AffineTransformation.translationInstance(dx, dy).transform(p.geometry());
            Coordinate[] cs = g.getCoordinates();
            for (int i = 0; i < cs.length - 1; i++) {
                cs[i].x += noise * (2 * random.nextDouble() - 1);
                cs[i].y += noise * (2 * random.nextDouble() - 1);
            }
            cs[cs.length - 1] = new Coordinate(cs[0]);
            out.add(p.withGeometry(GF.createPolygon(cs)));
        }
        return out;
    }

    private static OffsetEstimate scope(ComparisonResult r, String scope) {
        return r.offsets().stream().filter(o -> o.scope().equals(scope)).findFirst().orElseThrow();
    }

    @Test
    void keysOffsetsBySheetWithinCommuneWhenSheetNumbersRepeat() {
        // sheet 1 of commune A and sheet 1 of commune B: the same number, different sheets, different offsets
        List<ParcelFeature> a1 = block("A1-", "1", Map.of("commune_code", "A"), X0, Y0, 8, 5, 12, 20);
        List<ParcelFeature> b1 = block("B1-", "1", Map.of("commune_code", "B"), X0 + 500, Y0, 8, 5, 12, 20);
        List<ParcelFeature> old = new ArrayList<>(a1);
        old.addAll(b1);
        List<ParcelFeature> nu = new ArrayList<>(shifted(a1, 1.5, 0.5, 0, 1));
        nu.addAll(shifted(b1, -2.0, 1.0, 0, 2));

        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);

        assertThat(r.offsets()).extracting(OffsetEstimate::scope).containsExactly("*", "A/*", "A/1", "B/*", "B/1");
        assertThat(scope(r, "A/1").dx()).isCloseTo(1.5, within(0.01));
        assertThat(scope(r, "A/1").dy()).isCloseTo(0.5, within(0.01));
        assertThat(scope(r, "B/1").dx()).isCloseTo(-2.0, within(0.01));
        assertThat(scope(r, "B/1").dy()).isCloseTo(1.0, within(0.01));
        assertThat(r.counts()).containsEntry(ChangeClass.UNCHANGED, 80).containsEntry(ChangeClass.MODIFIED, 0);
    }

    @Test
    void readsTheCommuneFromMaXaAndFallsBackToTheCommuneForASmallSheet() {
        // commune 001 by its Vietnamese attribute name; its sheet 2 has 3 lots, fewer than the 10 pairs needed
        List<ParcelFeature> s1 = block("S1-", "1", Map.of("ma_xa", "001"), X0, Y0, 6, 4, 12, 20);
        List<ParcelFeature> s2 = block("S2-", "2", Map.of("ma_xa", "001"), X0 + 200, Y0, 3, 1, 12, 20);
        List<ParcelFeature> other = block("T1-", "1", Map.of("ma_xa", "002"), X0 + 900, Y0, 6, 4, 12, 20);
        List<ParcelFeature> old = new ArrayList<>(s1);
        old.addAll(s2);
        old.addAll(other);
        List<ParcelFeature> nu = new ArrayList<>(shifted(s1, 2.2, -1.1, 0, 1));
        nu.addAll(shifted(s2, 2.2, -1.1, 0, 2));
        nu.addAll(shifted(other, -1.8, -1.9, 0, 3));

        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS.withMinPairsPerSheet(10));

        assertThat(r.offsets()).extracting(OffsetEstimate::scope)
                .containsExactly("*", "001/*", "001/1", "002/*", "002/1");
        assertThat(scope(r, "001/*").dx()).isCloseTo(2.2, within(0.01));
        // the three lots of the small sheet take their commune's offset, not the map's
        assertThat(r.groups()).filteredOn(g -> g.oldIds().stream().anyMatch(id -> id.startsWith("S2-")))
                .hasSize(3).allMatch(g -> g.type() == ChangeClass.UNCHANGED);
        assertThat(r.counts()).containsEntry(ChangeClass.UNCHANGED, 51);
    }

    @Test
    void pairsNarrowLotsShiftedByMoreThanAQuarterOfTheirWidth() {
        // 10 m wide lots moved 2.4 m across their width, with 5 cm of digitising noise: IoU before the offset ~0.6
        List<ParcelFeature> old = block("L-", "7", Map.of(), X0, Y0, 12, 6, 10, 15);
        List<ParcelFeature> nu = shifted(old, 2.4, 0.3, 0.05, 7);

        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);

        assertThat(r.offsets()).extracting(OffsetEstimate::scope).containsExactly("*", "7");
        OffsetEstimate sheet = scope(r, "7");
        assertThat(sheet.dx()).isCloseTo(2.4, within(0.05));
        assertThat(sheet.dy()).isCloseTo(0.3, within(0.05));
        assertThat(sheet.pairs()).isGreaterThan(60);
        assertThat(r.counts()).containsEntry(ChangeClass.UNCHANGED, 72);
    }

    @Test
    void ignoresTheCommuneAndSheetsInGlobalMode() {
        List<ParcelFeature> old = block("A-", "1", Map.of("commune_code", "A"), X0, Y0, 6, 4, 12, 20);
        ComparisonResult r = MapComparison.compare(old, shifted(old, 1.0, 1.0, 0, 1),
                CompareOptions.DEFAULTS.withOffset(CompareOptions.OffsetMode.GLOBAL, 50));
        assertThat(r.offsets()).extracting(OffsetEstimate::scope).containsExactly("*");
        assertThat(r.globalOffset().dx()).isCloseTo(1.0, within(0.01));
    }

    @Test
    void medianBySelectionIsTheSortedMedianBitForBit() {
        Random random = new Random(19);
        double[] pool = {0.0, -0.0, 1.5, -1.5, 2.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-9, Double.NaN};
        for (int trial = 0; trial < 20_000; trial++) {
            int n = 1 + random.nextInt(trial % 10 == 0 ? 400 : 12);
            double[] v = new double[n + random.nextInt(3)];
            int style = random.nextInt(4);
            for (int i = 0; i < v.length; i++) {
                v[i] = switch (style) {
                    case 0 -> random.nextGaussian();
                    case 1 -> random.nextInt(5) - 2;
                    case 2 -> pool[random.nextInt(pool.length - (trial % 7 == 0 ? 0 : 1))];
                    default -> (random.nextInt(9) - 4) * 0.25 + (random.nextBoolean() ? 0 : -0.0);
                };
            }
            double expected = OffsetEstimator.medianBySort(v, n);
            int k = random.nextInt(n);
            double[] sorted = java.util.Arrays.copyOf(v, n);
            java.util.Arrays.sort(sorted);

            double median = OffsetEstimator.median(v.clone(), n);
            double kth = OffsetEstimator.orderStatistic(v.clone(), n, k);

            assertThat(Double.doubleToRawLongBits(median)).as("median of %s", java.util.Arrays.toString(v))
                    .isEqualTo(Double.doubleToRawLongBits(expected));
            assertThat(Double.doubleToRawLongBits(kth)).as("%d-th of %s", k, java.util.Arrays.toString(v))
                    .isEqualTo(Double.doubleToRawLongBits(sorted[k]));
        }
    }

    @Test
    void orderStatisticLeavesTheSmallerValuesBeforeIt() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + random.nextInt(100);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = random.nextInt(20) + 0.5;
            }
            int k = random.nextInt(n);

            double kth = OffsetEstimator.orderStatistic(v, n, k);

            for (int i = 0; i < n; i++) {
                assertThat(i < k ? v[i] <= kth : i > k ? v[i] >= kth : v[i] == kth).isTrue();
            }
        }
    }
}
