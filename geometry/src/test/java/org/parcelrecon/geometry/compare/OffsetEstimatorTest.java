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
    void floorToIntIsTheIntOfTheFloorForEveryDouble() {
        Random random = new Random(23);
        double[] special = {0.0, -0.0, 0.5, -0.5, 1.0, -1.0, -1e-300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MIN_VALUE - 0.5, Integer.MAX_VALUE + 0.5, -2147483649.0, 1e300, -1e300, Math.nextDown(-3.0)};
        for (double q : special) {
            assertThat(OffsetEstimator.floorToInt(q)).as("%s", q).isEqualTo((int) Math.floor(q));
        }
        for (int trial = 0; trial < 100_000; trial++) {
            double q = switch (trial % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 400; // votes over a 50 m search in 0.5 m cells
                case 1 -> random.nextInt(41) - 20 + (random.nextBoolean() ? 0 : Math.ulp(1.0) * random.nextInt(3));
                case 2 -> Double.longBitsToDouble(random.nextLong());
                default -> (random.nextDouble() - 0.5) * 1e10;
            };
            assertThat(OffsetEstimator.floorToInt(q)).as("%s", q).isEqualTo((int) Math.floor(q));
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

    /**
     * The shortcuts of the offset search (a scope's rounds reused where another scope started them the same way,
     * IoU tests settled by a bound from the pair's last clip, the vote count in a dense grid) against the plain
     * search, on random maps whose sheets were each shifted their own way (up to 3 m), with digitising noise,
     * L-shaped lots, lots with a hole, a lot of 400 vertices (cut into pieces), modified, merged, removed and
     * repeated lots: the offsets and the change groups are the same, bit for bit.
     */
    @Test
    void shortcutsOfTheOffsetSearchChangeNothingOnRandomMaps() {
        for (long seed = 1; seed <= 4; seed++) {
            for (int communes : new int[] {1, 3}) {
                Random random = new Random(seed * 31 + communes);
                List<ParcelFeature> old = new ArrayList<>();
                List<ParcelFeature> nu = new ArrayList<>();
                Map<String, double[]> truth = new java.util.HashMap<>();
                randomSurveys(random, communes, old, nu, truth);

                ComparisonResult fast = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
                ComparisonResult plain = MapComparison.compare(old, nu, CompareOptions.DEFAULTS.withPlainOffsetSearch());

                assertThat(fast.offsets()).as("seed %d, %d communes", seed, communes).isEqualTo(plain.offsets());
                assertThat(fast.groups()).as("seed %d, %d communes", seed, communes).isEqualTo(plain.groups());
                // not a vacuous agreement: most sheets found their own shift
                long found = fast.offsets().stream().filter(o -> truth.containsKey(o.scope()))
                        .filter(o -> Math.hypot(o.dx() - truth.get(o.scope())[0], o.dy() - truth.get(o.scope())[1])
                                < 0.1).count();
                assertThat(found).as("seed %d, %d communes", seed, communes).isGreaterThanOrEqualTo(truth.size() / 2);
            }
        }
    }

    /**
     * Communes of 3-4 sheets of lots (8-25 m, sizes per sheet) into {@code old}; the new survey of each sheet
     * shifted by its own offset (kept in {@code truth} by scope) into {@code nu}, with changes.
     */
    private static void randomSurveys(Random random, int communes, List<ParcelFeature> old, List<ParcelFeature> nu,
                                      Map<String, double[]> truth) {
        for (int c = 0; c < communes; c++) {
            String commune = "C" + c;
            int sheets = 3 + random.nextInt(2);
            for (int s = 1; s <= sheets; s++) {
                double dx = 6 * random.nextDouble() - 3;
                double dy = 6 * random.nextDouble() - 3;
                truth.put(commune + "/" + s, new double[] {dx, dy});
                int cols = 5 + random.nextInt(6);
                int rows = 4 + random.nextInt(4);
                double w = 8 + 17 * random.nextDouble();
                double h = 8 + 17 * random.nextDouble();
                double x = X0 + 3000 * c + 400 * s;
                double noise = 0.2 * random.nextDouble();
                ParcelFeature previousNew = null;
                for (int r = 0; r < rows; r++) {
                    for (int col = 0; col < cols; col++) {
                        int plot = r * cols + col + 1;
                        double[][][] rings = lot(random, x + col * w, Y0 + r * h, w, h, plot == 1);
                        Map<String, String> props = Map.of("commune_code", commune);
                        String id = commune + "-" + s + "-" + plot;
                        old.add(new ParcelFeature(id, polygon(rings, 0, 0, 0, random), Optional.of(String.valueOf(s)),
                                Optional.of(String.valueOf(plot)), OptionalDouble.empty(), props, 0, List.of()));
                        double change = random.nextDouble();
                        if (change < 0.03) {
                            continue; // removed
                        }
                        if (change < 0.08) {
                            rings[0][2][0] += 2 + 2 * random.nextDouble(); // a corner moved
                        }
                        ParcelFeature now = new ParcelFeature(id, polygon(rings, dx, dy, noise, random),
                                Optional.of(String.valueOf(s)), Optional.of(String.valueOf(plot)),
                                OptionalDouble.empty(), props, 0, List.of());
                        if (change > 0.97 && previousNew != null && nu.get(nu.size() - 1) == previousNew) {
                            // merged with its neighbour
                            nu.set(nu.size() - 1, previousNew.withGeometry(previousNew.geometry().buffer(0.01)
                                    .union(now.geometry().buffer(0.01))));
                            previousNew = null;
                            continue;
                        }
                        nu.add(now);
                        if (change > 0.95 && change <= 0.97) {
                            nu.add(now); // the same feature twice
                        }
                        previousNew = now;
                    }
                }
            }
        }
    }

    /**
     * A lot's rings (shell first, counter-clockwise): a rectangle, an L, a rectangle with a square hole, or with
     * {@code wavy} a rectangle whose lower edge has 400 vertices.
     */
    private static double[][][] lot(Random random, double x, double y, double w, double h, boolean wavy) {
        if (wavy) {
            double[][] shell = new double[403][];
            for (int i = 0; i <= 400; i++) {
                shell[i] = new double[] {x + w * i / 400, y + 0.05 * Math.sin(i)};
            }
            shell[401] = new double[] {x + w, y + h};
            shell[402] = new double[] {x, y + h};
            return new double[][][] {shell};
        }
        double shape = random.nextDouble();
        if (shape < 0.1) {
            return new double[][][] {{{x, y}, {x + w, y}, {x + w, y + 0.6 * h}, {x + 0.6 * w, y + 0.6 * h},
                {x + 0.6 * w, y + h}, {x, y + h}}};
        }
        double[][] shell = {{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}};
        if (shape < 0.15) {
            double cx = x + w / 2;
            double cy = y + h / 2;
            double q = Math.min(w, h) / 8;
            return new double[][][] {shell, {{cx - q, cy - q}, {cx - q, cy + q}, {cx + q, cy + q}, {cx + q, cy - q}}};
        }
        return new double[][][] {shell};
    }

    /** The polygon of {@code rings} moved by (dx, dy), each vertex by up to {@code noise} more in x and y. */
    private static Geometry polygon(double[][][] rings, double dx, double dy, double noise, Random random) {
        org.locationtech.jts.geom.LinearRing[] made = new org.locationtech.jts.geom.LinearRing[rings.length];
        for (int r = 0; r < rings.length; r++) {
            Coordinate[] cs = new Coordinate[rings[r].length + 1];
            for (int i = 0; i < rings[r].length; i++) {
                cs[i] = new Coordinate(rings[r][i][0] + dx + noise * (2 * random.nextDouble() - 1),
                        rings[r][i][1] + dy + noise * (2 * random.nextDouble() - 1));
            }
            cs[rings[r].length] = new Coordinate(cs[0]);
            made[r] = GF.createLinearRing(cs);
        }
        return GF.createPolygon(made[0], java.util.Arrays.copyOfRange(made, 1, made.length));
    }
}
