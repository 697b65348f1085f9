package org.parcelrecon.geometry.compare;

import org.parcelrecon.core.evidence.ChangeClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.parcelrecon.core.testdata.SharedData;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;

class MapComparisonTest {
    private static final double X0 = 500_000;
    private static final double Y0 = 2_300_000;
    private static final double W = 20;
    private static final double H = 30;

    @Test
    void aBoundaryMovedBetweenTwoNeighboursLeavesTwoModifiedParcelsNotOneReparcelledBlock() {
        // the shared boundary of lots 0-0 and 1-0 moves 4.8 m east: the strip handed over is 24 % of lot 1-0,
        // enough to count as an overlap, but each lot keeps most of its area with its own successor
        List<ParcelFeature> old = new ArrayList<>();
        List<ParcelFeature> nu = new ArrayList<>();
        for (int col = 0; col < 10; col++) {
            for (int row = 0; row < 10; row++) {
                old.add(lot(col, row, 0, 0));
                if (row > 0 || col > 1) {
                    nu.add(lot(col, row, 0, 0));
                }
            }
        }
        nu.add(ParcelFeature.of("0-0", wkt(box(X0, Y0, X0 + 24.8, Y0 + H))).withSheetPlot("1", "0"));
        nu.add(ParcelFeature.of("1-0", wkt(box(X0 + 24.8, Y0, X0 + 2 * W, Y0 + H))).withSheetPlot("1", "100"));
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        assertThat(r.counts()).containsEntry(ChangeClass.MODIFIED, 2).containsEntry(ChangeClass.UNCHANGED, 98)
                .containsEntry(ChangeClass.REPARCELLED, 0);
    }

    /**
     * The line between lots 0-0 and 1-0 of a 10 x 10 grid moves 1.5 m east (a strip of 7.5 % of a lot); the other 98
     * lots stay. {@code numbering} says how the two new lots (and, for "all", every new lot) are numbered.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // both lots keep their numbers: a boundary corrected between two neighbours
        "kept,           MODIFIED",
        // both lots get the sheet's next numbers while the rest keep theirs: the pair was re-cut (dồn điền đổi thửa)
        "both-new,       REPARCELLED",
        // one lot keeps its number: its boundary was corrected, whatever happened to the other
        "one-new,        MODIFIED",
        // the new survey renumbered every lot: numbers say nothing, geometry alone reads a moved boundary
        "all-new,        MODIFIED",
        // no numbers at all
        "none,           MODIFIED"})
    void aLineMovedByAFewMetresIsAMovedBoundaryUnlessBothLotsWereRenumbered(String numbering, ChangeClass expected) {
        List<ParcelFeature> old = new ArrayList<>();
        List<ParcelFeature> nu = new ArrayList<>();
        for (int col = 0; col < 10; col++) {
            for (int row = 0; row < 10; row++) {
                ParcelFeature lot = lot(col, row, 0, 0);
                old.add(numbering.equals("none") ? ParcelFeature.of(lot.id(), lot.geometry()) : lot);
                if (row > 0 || col > 1) {
                    nu.add(switch (numbering) {
                        case "none" -> ParcelFeature.of(lot.id(), lot.geometry());
                        case "all-new" -> lot.withSheetPlot("7", String.valueOf(col * 100 + row));
                        default -> lot;
                    });
                }
            }
        }
        ParcelFeature a = ParcelFeature.of("a", wkt(box(X0, Y0, X0 + W + 1.5, Y0 + H)));
        ParcelFeature b = ParcelFeature.of("b", wkt(box(X0 + W + 1.5, Y0, X0 + 2 * W, Y0 + H)));
        switch (numbering) {
            case "kept" -> {
                a = a.withSheetPlot("1", "0");
                b = b.withSheetPlot("1", "100");
            }
            case "both-new" -> {
                a = a.withSheetPlot("1", "1001");
                b = b.withSheetPlot("1", "1002");
            }
            case "one-new" -> {
                a = a.withSheetPlot("1", "0");
                b = b.withSheetPlot("1", "1002");
            }
            case "all-new" -> {
                a = a.withSheetPlot("7", "0");
                b = b.withSheetPlot("7", "100");
            }
            default -> { }
        }
        nu.add(a);
        nu.add(b);
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        Map<String, ChangeGroup> g = byFirstId(r);
        assertThat(g.get("0-0").type()).isEqualTo(expected);
        if (expected == ChangeClass.MODIFIED) {
            assertThat(g.get("0-0").newIds()).containsExactly("a");
            assertThat(g.get("1-0").newIds()).containsExactly("b");
        } else {
            assertThat(g.get("0-0").oldIds()).containsExactly("0-0", "1-0");
            assertThat(g.get("0-0").newIds()).containsExactly("a", "b");
        }
        assertThat(r.counts()).containsEntry(ChangeClass.UNCHANGED, 98);
        assertEveryParcelOnce(old, nu, r);
    }

    /**
     * Lots 0-0 .. (n-1)-0 of a 10 x 10 grid of 20 x 30 m lots are redrawn with new lines at {@code cuts} (metres from
     * the west edge of lot 0-0); the other lots stay. {@code numbering}: "all-new" renumbers every new lot (sheet 7),
     * so numbers say nothing and geometry decides; "kept" gives the i-th new lot the i-th old lot's number;
     * "middle-unnumbered" keeps the number of the first lot and leaves the others without numbers on both maps.
     */
    @ParameterizedTest(name = "{0} lots, cuts {1}, {2}")
    @CsvSource({
        // one line moved 1.5 m: a moved boundary (a 2-into-2 re-cut looks the same; geometry cannot tell them apart)
        "2, 21.5,             all-new,           MODIFIED MODIFIED",
        // two lines moved, each between its own two neighbours, the line between them stayed: two moved boundaries
        "4, 21.5 40 58.5,     all-new,           MODIFIED MODIFIED MODIFIED MODIFIED",
        // a chain: the middle lot traded land with both neighbours, every internal line moved: a re-cut block
        "3, 22.5 37.5,        all-new,           REPARCELLED",
        "4, 22 38 62.5,       all-new,           REPARCELLED",
        // the same chain where the numbers carry identity and were kept: each lot is itself, three corrections
        "3, 22.5 37.5,        kept,              MODIFIED MODIFIED MODIFIED",
        // a neighbour that kept its number is itself: its strip says nothing about a re-cut of the other two
        "3, 22.5 37.5,        middle-unnumbered, MODIFIED MODIFIED MODIFIED",
        // 3 into 4: a new lot that no old one corresponds to; the first lot's strip is part of the re-cut too
        "3, 18 31 42,         all-new,           REPARCELLED",
        // 2 into 3
        "2, 13 27,            all-new,           REPARCELLED"})
    void aBlockWhoseParcelsTradedLandWithMoreThanOneNeighbourIsReparcelledWhenNumbersSayNothing(
            int lots, String cuts, String numbering, String expected) {
        List<Double> lines = new ArrayList<>();
        for (String c : cuts.trim().split(" +")) {
            lines.add(Double.parseDouble(c));
        }
        assertThat(redrawnTypes(lots, lines, numbering)).isEqualTo(expected);
    }

    /**
     * A law of the geometry-only rule: in a freshly numbered survey, a block of 3-5 lots whose every internal line
     * moved by more than the shape tolerance (but less than half a lot, so each lot keeps most of its land) is one
     * REPARCELLED group; if only one of those lines moved, it is two MODIFIED lots.
     */
    @Property(tries = 40)
    void everyInternalLineMovedIsOneReparcelledBlockOneLineMovedIsTwoModifiedLots(
            @ForAll @IntRange(min = 3, max = 5) int lots, @ForAll("shifts") List<Double> shifts,
            @ForAll @IntRange(min = 1, max = 4) int moved) {
        Assume.that(moved < lots);
        List<Double> all = new ArrayList<>();
        List<Double> one = new ArrayList<>();
        for (int j = 1; j < lots; j++) {
            all.add(j * W + shifts.get(j - 1));
            one.add(j == moved ? j * W + shifts.get(j - 1) : j * W);
        }
        assertThat(redrawnTypes(lots, all, "all-new")).isEqualTo("REPARCELLED");
        String unchangedRest = " MODIFIED MODIFIED";
        assertThat(redrawnTypes(lots, one, "all-new")).isEqualTo(
                "UNCHANGED ".repeat(moved - 1) + unchangedRest.strip() + " UNCHANGED".repeat(lots - moved - 1));
    }

    @Provide
    Arbitrary<List<Double>> shifts() {
        // 1-4 m either way: wider than the 0.5 m tolerance, narrower than half a 20 m lot
        return Arbitraries.doubles().between(1, 4).ofScale(2)
                .flatMap(d -> Arbitraries.of(d, -d)).list().ofSize(4);
    }

    /**
     * The types of the groups holding the redrawn lots, in old-map order: lots 0-0 .. (n-1)-0 of a 10 x 10 grid of
     * 20 x 30 m lots are redrawn with lines at {@code lines} (metres from the west edge of lot 0-0); the other lots
     * stay. A redrawn lot equal to its old lot (no line of its own moved) comes out UNCHANGED.
     */
    private static String redrawnTypes(int lots, List<Double> lines, String numbering) {
        List<ParcelFeature> old = new ArrayList<>();
        List<ParcelFeature> nu = new ArrayList<>();
        for (int col = 0; col < 10; col++) {
            for (int row = 0; row < 10; row++) {
                ParcelFeature lot = lot(col, row, 0, 0);
                boolean unnumbered = numbering.equals("middle-unnumbered") && row == 0 && col > 0 && col < lots;
                old.add(unnumbered ? ParcelFeature.of(lot.id(), lot.geometry()) : lot);
                if (row > 0 || col >= lots) {
                    nu.add(numbering.equals("all-new") ? lot.withSheetPlot("7", String.valueOf(col * 100 + row)) : lot);
                }
            }
        }
        List<Double> xs = new ArrayList<>();
        xs.add(0.0);
        xs.addAll(lines);
        xs.add(lots * W);
        Set<String> redrawn = new HashSet<>();
        for (int j = 0; j + 1 < xs.size(); j++) {
            ParcelFeature p = ParcelFeature.of("n" + j, wkt(box(X0 + xs.get(j), Y0, X0 + xs.get(j + 1), Y0 + H)));
            nu.add(switch (numbering) {
                case "all-new" -> p.withSheetPlot("7", String.valueOf(9000 + j));
                case "kept" -> p.withSheetPlot("1", String.valueOf(j * 100));
                default -> j == 0 ? p.withSheetPlot("1", "0") : p;
            });
            redrawn.add("n" + j);
        }
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        List<String> types = new ArrayList<>();
        for (ChangeGroup g : r.groups()) {
            if (g.newIds().stream().anyMatch(redrawn::contains)) {
                types.add(g.type().name());
                assertThat(redrawn).containsAll(g.newIds());
            }
        }
        assertThat(r.counts().getOrDefault(ChangeClass.UNCHANGED, 0)).isGreaterThanOrEqualTo(100 - lots);
        assertEveryParcelOnce(old, nu, r);
        return String.join(" ", types);
    }

    private static String box(double x0, double y0, double x1, double y1) {
        return String.format(Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    }

    /** Parcel (col, row) of a grid of 20 x 30 m lots, shifted by (dx, dy), numbered sheet 1 plot col*100+row. */
    private static ParcelFeature lot(int col, int row, double dx, double dy) {
        double x = X0 + col * W + dx;
        double y = Y0 + row * H + dy;
        return ParcelFeature.of(col + "-" + row, wkt(box(x, y, x + W, y + H)))
                .withSheetPlot("1", String.valueOf(col * 100 + row));
    }

    private static List<ParcelFeature> grid(int cols, int rows, double dx, double dy) {
        List<ParcelFeature> out = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                out.add(lot(c, r, dx, dy));
            }
        }
        return out;
    }

    private static Map<String, ChangeGroup> byFirstId(ComparisonResult r) {
        Map<String, ChangeGroup> m = new TreeMap<>();
        for (ChangeGroup g : r.groups()) {
            m.put(g.oldIds().isEmpty() ? "new:" + g.newIds().get(0) : g.oldIds().get(0), g);
        }
        return m;
    }

    private static void assertEveryParcelOnce(List<ParcelFeature> old, List<ParcelFeature> nu, ComparisonResult r) {
        List<ParcelFeature> seenOld = new ArrayList<>();
        List<ParcelFeature> seenNew = new ArrayList<>();
        r.groups().forEach(g -> {
            seenOld.addAll(g.oldParcels());
            seenNew.addAll(g.newParcels());
        });
        assertThat(seenOld).hasSameSizeAs(old);
        assertThat(seenNew).hasSameSizeAs(nu);
        assertThat(new HashSet<>(seenOld.stream().map(ParcelFeature::id).toList())).hasSize(
                new HashSet<>(old.stream().map(ParcelFeature::id).toList()).size());
    }

    /** The parcel as a reader gives a feature without a usable id: synthetic id {@code #n}, flagged. */
    private static ParcelFeature idless(int n, ParcelFeature p) {
        return new ParcelFeature("#" + n, p.geometry(), p.sheet(), p.plot(), p.recordedArea(), p.properties(), n - 1,
                List.of(org.parcelrecon.geometry.io.ReadRepair.ID_MISSING));
    }

    @Test
    void aPolygonWithoutIdIsComparedByGeometryLikeAnyOther() {
        // old lots 0-0 and 1-0 become one new polygon without id: MERGED, not two REMOVED and a rejected feature
        List<ParcelFeature> old = grid(3, 1, 0, 0);
        List<ParcelFeature> nu = new ArrayList<>(List.of(idless(1, ParcelFeature.of("x",
                wkt(box(X0, Y0, X0 + 2 * W, Y0 + H))))));
        nu.add(lot(2, 0, 0, 0));
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        assertThat(r.groups()).extracting(ChangeGroup::type, ChangeGroup::oldIds, ChangeGroup::newIds).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeClass.MERGED, List.of("0-0", "1-0"), List.of("#1")),
                org.assertj.core.groups.Tuple.tuple(ChangeClass.UNCHANGED, List.of("2-0"), List.of("2-0")));
        assertThat(r.groups().get(0).note()).isEqualTo("new #1: no usable id (feature 1 of its map)");
        assertThat(r.groups().get(0).renumbered()).isFalse();
    }

    @Test
    void theSameFeatureTwiceIsOneParcelCountedOnceAndNoted() {
        // Cambridge FY2013 has 103-115 twice, same polygon: it was MERGED with itself, its area counted twice
        List<ParcelFeature> old = grid(2, 1, 0, 0);
        old.add(lot(0, 0, 0, 0));
        List<ParcelFeature> nu = grid(2, 1, 0, 0);
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        ChangeGroup g = assertRepeatCountedOnce(r, "0-0", "old");
        assertThat(g.oldIds()).containsExactly("0-0", "0-0");
        assertThat(g.areaOld()).isCloseTo(W * H, within(1e-6));
        assertThat(r.counts()).containsEntry(ChangeClass.UNCHANGED, 2).containsEntry(ChangeClass.MERGED, 0);
        assertEveryParcelOnce(old, nu, r);
        // the same id with another polygon is not a repeat: it is land of its own
        List<ParcelFeature> other = grid(2, 1, 0, 0);
        other.add(ParcelFeature.of("0-0", wkt(box(X0, Y0 + H, X0 + W, Y0 + 2 * H))));
        assertThat(MapComparison.compare(other, nu, CompareOptions.DEFAULTS).counts())
                .containsEntry(ChangeClass.REMOVED, 1);
    }

    @Test
    void aRepeatInTheNewMapIsCountedOnceAndOffersTheJoinNoPieceOfItsOwn() {
        List<ParcelFeature> old = grid(2, 1, 0, 0);
        List<ParcelFeature> nu = grid(2, 1, 0, 0);
        nu.add(lot(1, 0, 0, 0));
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        ChangeGroup g = assertRepeatCountedOnce(r, "1-0", "new");
        assertThat(g.newIds()).containsExactly("1-0", "1-0");
        assertThat(g.areaNew()).isCloseTo(W * H, within(1e-6));
        assertThat(g.fastPath()).isTrue();
        assertThat(r.groups()).hasSize(2);
        assertEveryParcelOnce(old, nu, r);
    }

    /** Lot {@code id}'s group, repeated on the {@code side} map: UNCHANGED, IoU 1, noted as a repeat. */
    private static ChangeGroup assertRepeatCountedOnce(ComparisonResult r, String id, String side) {
        ChangeGroup g = byFirstId(r).get(id);
        assertThat(g.type()).isEqualTo(ChangeClass.UNCHANGED);
        assertThat(g.iou()).isCloseTo(1.0, within(1e-9));
        // (ParcelFeature.of gives every parcel index 0: "feature 1")
        assertThat(g.note()).isEqualTo(side + " " + id + ": repeats feature 1 (same id, same polygon): counted once");
        return g;
    }

    @Test
    void aRepeatIsFoundWhateverTheSignOfAZeroOrdinateAndAnotherIdIsNoRepeat() {
        // equalsExact takes -0.0 and 0.0 for one ordinate, so the repeat test must too
        Geometry plus = wkt("POLYGON ((0 0, 20 0, 20 30, 0 30, 0 0))");
        Geometry minus = wkt("POLYGON ((-0.0 -0.0, 20 0, 20 30, 0 30, -0.0 -0.0))");
        List<ParcelFeature> old = List.of(ParcelFeature.of("a", plus), ParcelFeature.of("a", minus),
                ParcelFeature.of("b", plus));
        List<ParcelFeature> nu = List.of(ParcelFeature.of("a", plus));
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        assertThat(r.groups()).extracting(ChangeGroup::oldIds).containsExactly(List.of("a", "a", "b"));
        // "b" is land of its own drawn over "a": one group of two distinct old parcels
        assertThat(r.groups().get(0).type()).isEqualTo(ChangeClass.MERGED);
        assertThat(r.groups().get(0).note()).isEqualTo("old a: repeats feature 1 (same id, same polygon): counted once");
    }

    @Test
    void anInvalidRepeatKeepsItsRepairNoteBeforeTheRepeatNote() {
        Geometry bowTie = wkt("POLYGON ((0 0, 20 30, 20 0, 0 30, 0 0))");
        List<ParcelFeature> old = List.of(ParcelFeature.of("t", bowTie), ParcelFeature.of("t", bowTie));
        List<ParcelFeature> nu = List.of(ParcelFeature.of("t", bowTie));
        ChangeGroup g = MapComparison.compare(old, nu, CompareOptions.DEFAULTS).groups().get(0);
        assertThat(g.oldIds()).containsExactly("t", "t");
        assertThat(g.note()).startsWith("old t: invalid polygon repaired (Self-intersection at 10.000 15.000")
                .contains("; old t: invalid polygon repaired (Self-intersection at 10.000 15.000")
                .contains("m² repaired); repeats feature 1 (same id, same polygon): counted once; new t: invalid");
    }

    @Test
    void theFastPathTakesTheFirstNewParcelThatMatchesVertexByVertex() {
        // two new parcels both within the tolerance of the old one, vertex by vertex: the first in map order wins
        List<ParcelFeature> old = List.of(lot(0, 0, 0, 0));
        List<ParcelFeature> nu = List.of(ParcelFeature.of("far", wkt(box(X0 + 0.3, Y0, X0 + W + 0.3, Y0 + H))),
                ParcelFeature.of("near", wkt(box(X0 + 0.1, Y0, X0 + W + 0.1, Y0 + H))));
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        ChangeGroup g = byFirstId(r).get("0-0");
        assertThat(g.newIds()).containsExactly("far");
        assertThat(g.fastPath()).isTrue();
        assertThat(g.type()).isEqualTo(ChangeClass.UNCHANGED);
        assertThat(byFirstId(r).get("new:near").type()).isEqualTo(ChangeClass.NEW);
    }

    /**
     * Lots 0-0 and 1-0 of a 10 x 10 grid, each with a notch (not convex: their overlaps go through the triangles and
     * the width test, not the convex clip), renumbered, with the line between them moved {@code move} m east.
     */
    private static ComparisonResult notchedPairMoved(double move) {
        List<ParcelFeature> old = new ArrayList<>();
        List<ParcelFeature> nu = new ArrayList<>();
        for (int col = 0; col < 10; col++) {
            for (int row = 0; row < 10; row++) {
                if (row > 0 || col > 1) {
                    old.add(lot(col, row, 0, 0));
                    nu.add(lot(col, row, 0, 0));
                }
            }
        }
        // the notches: 2 x 2 m out of the lots' far corners, away from the line
        String a = String.format(Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s, %s %s, %s %s))",
                X0, Y0, X0 + W, Y0, X0 + W, Y0 + H, X0 + 2, Y0 + H, X0 + 2, Y0 + H - 2, X0, Y0 + H - 2, X0, Y0);
        String b = String.format(Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s, %s %s, %s %s))",
                X0 + W, Y0, X0 + 2 * W, Y0, X0 + 2 * W, Y0 + H - 2, X0 + 2 * W - 2, Y0 + H - 2, X0 + 2 * W - 2,
                Y0 + H, X0 + W, Y0 + H, X0 + W, Y0);
        old.add(ParcelFeature.of("0-0", wkt(a)).withSheetPlot("1", "0"));
        old.add(ParcelFeature.of("1-0", wkt(b)).withSheetPlot("1", "100"));
        nu.add(ParcelFeature.of("A", wkt(box(X0, Y0, X0 + W + move, Y0 + H))).withSheetPlot("1", "900"));
        nu.add(ParcelFeature.of("B", wkt(box(X0 + W + move, Y0, X0 + 2 * W, Y0 + H))).withSheetPlot("1", "901"));
        return MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
    }

    @Test
    void aStripWiderThanTheToleranceLinksRecutLotsAndASliverDoesNot() {
        // 3 m: a strip of 15 % of lot 1-0, 2.7 m mean width: land of both; both renumbered: one re-cut block
        ComparisonResult strip = notchedPairMoved(3);
        ChangeGroup block = byFirstId(strip).get("0-0");
        assertThat(block.type()).isEqualTo(ChangeClass.REPARCELLED);
        assertThat(block.newIds()).containsExactly("A", "B");
        // the IoU sums the group's overlaps: lot 0-0 lies in A, lot 1-0 in A and B (the notches are in no lot)
        double areaOld = 2 * W * H - 8;
        assertThat(block.iou()).isCloseTo(areaOld / (2 * W * H), within(1e-9));
        // 0.3 m: 9 m² (1.5 % of a lot, over the minimum fraction) but 0.3 m wide: digitising noise, no link
        ComparisonResult sliver = notchedPairMoved(0.3);
        assertThat(byFirstId(sliver).get("0-0").newIds()).containsExactly("A");
        assertThat(byFirstId(sliver).get("1-0").newIds()).containsExactly("B");
        assertThat(sliver.counts()).containsEntry(ChangeClass.REPARCELLED, 0);
    }

    /** Numbers compared as sheetPlotKey does it, whether they are plain numbers (codes) or text. */
    @ParameterizedTest(name = "{0}/{1} -> {2}/{3}: renumbered {4}")
    @CsvSource(delimiter = ';', value = {
        "12;5;12;5;false", "012;0005;12;5;false", "12;5;12;6;true", "12;5;13;5;true", "0;0;000;0;false",
        // whitespace and letters: the keys' text (stripped, upper case)
        "' 12';5;12;5;false", "12a;5;12A;5;false", "12a;5;12b;5;true",
        // more than nine digits: text too
        "1234567890;5;1234567890;5;false", "1234567890;5;1234567891;5;true", "00001234567890;5;1234567890;5;false",
        // a slash inside a part: the key is the text joined by one
        "1/2;3;1;2/3;false"})
    void sheetAndPlotNumbersAreComparedAsTheirKeys(String oldSheet, String oldPlot, String newSheet, String newPlot,
                                                    boolean renumbered) {
        List<ParcelFeature> old = List.of(ParcelFeature.of("a", wkt(box(X0, Y0, X0 + W, Y0 + H)))
                .withSheetPlot(oldSheet, oldPlot));
        List<ParcelFeature> nu = List.of(ParcelFeature.of("b", wkt(box(X0, Y0, X0 + W, Y0 + H)))
                .withSheetPlot(newSheet, newPlot));
        assertThat(MapComparison.compare(old, nu, CompareOptions.DEFAULTS).groups().get(0).renumbered())
                .isEqualTo(renumbered);
    }

    @Test
    void idsNamedAsNumbersDecideRenumberedNotTheSheetPlotAttributes() {
        // Cambridge: ML kept, MAP/LOT attributes edited; renumbered=true was wrong for 11 such pairs
        List<ParcelFeature> old = List.of(ParcelFeature.of("103-115", wkt(box(X0, Y0, X0 + W, Y0 + H)))
                .withSheetPlot("103", "115"));
        List<ParcelFeature> nu = List.of(ParcelFeature.of("103-115", wkt(box(X0, Y0, X0 + W, Y0 + H)))
                .withSheetPlot("103", "116"));
        assertThat(MapComparison.compare(old, nu, CompareOptions.DEFAULTS).groups().get(0).renumbered()).isTrue();
        CompareOptions byId = CompareOptions.DEFAULTS.withIdsAsNumbers(true);
        assertThat(MapComparison.compare(old, nu, byId).groups().get(0).renumbered()).isFalse();
        List<ParcelFeature> renamed = List.of(ParcelFeature.of("103-116", nu.get(0).geometry()).withSheetPlot("103",
                "115"));
        assertThat(MapComparison.compare(old, renamed, byId).groups().get(0).renumbered()).isTrue();
    }

    @Test
    void aDefectDrawnAlikeInBothSurveysIsNoMovedBoundaryWhateverItsRepair() {
        // Cambridge 190-38: the old lot has a zero-width spike 3 m long (the repair drops it: it bounds no land), the
        // new one the same spike drawn as a hair-thin loop (the repair keeps it). Repaired, they are 3 m apart; as
        // drawn, 0.1 mm: UNCHANGED, as PostGIS's ST_HausdorffDistance on the loaded geometries says
        String spike = String.format(Locale.ROOT, "POLYGON ((%1$s %2$s, %3$s %2$s, %3$s %4$s, %5$s %4$s, %5$s %6$s,"
                + " %5$s %4$s, %1$s %4$s, %1$s %2$s))", X0, Y0, X0 + W, Y0 + H, X0 + 10, Y0 + H + 3);
        String loop = String.format(Locale.ROOT, "POLYGON ((%1$s %2$s, %3$s %2$s, %3$s %4$s, %5$s %4$s, %5$s %6$s,"
                + " %7$s %8$s, %5$s %4$s, %1$s %4$s, %1$s %2$s))", X0, Y0, X0 + W, Y0 + H, X0 + 10, Y0 + H + 3,
                X0 + 10.0001, Y0 + H + 1.5);
        ComparisonResult r = MapComparison.compare(List.of(ParcelFeature.of("190-38", wkt(spike))),
                List.of(ParcelFeature.of("190-38", wkt(loop))), CompareOptions.DEFAULTS.withOffset(
                        CompareOptions.OffsetMode.NONE, 0));
        assertThat(r.groups()).singleElement().satisfies(g -> {
            assertThat(g.type()).isEqualTo(ChangeClass.UNCHANGED);
            assertThat(g.hausdorff()).isLessThan(0.001);
            assertThat(g.note()).contains("old 190-38: invalid polygon repaired").contains("new 190-38: invalid");
        });
    }

    /**
     * The grid redrawn with every corner moved by up to {@code amplitude} m on each axis (the same corner the same way
     * in every lot that shares it, so the coverage stays clean): a survey's noise, no change.
     */
    private static List<ParcelFeature> redrawn(int cols, int rows, double amplitude) {
        List<ParcelFeature> out = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                double[][] corners = {{c, r}, {c + 1, r}, {c + 1, r + 1}, {c, r + 1}, {c, r}};
                StringBuilder b = new StringBuilder("POLYGON ((");
                for (int v = 0; v < corners.length; v++) {
                    int cc = (int) corners[v][0];
                    int rr = (int) corners[v][1];
                    Random jitter = new Random(cc * 1000L + rr);
                    double x = X0 + cc * W + amplitude * (2 * jitter.nextDouble() - 1);
                    double y = Y0 + rr * H + amplitude * (2 * jitter.nextDouble() - 1);
                    b.append(v == 0 ? "" : ", ").append(x).append(' ').append(y);
                }
                out.add(ParcelFeature.of(c + "-" + r, wkt(b.append("))").toString()))
                        .withSheetPlot("1", String.valueOf(c * 100 + r)));
            }
        }
        return out;
    }

    @Test
    void estimatesTheDigitisingNoiseAndSaysWhenTheToleranceIsInsideIt() {
        // corners redrawn within 0.4 m on each axis (up to 0.57 m apart): at 0.5 m, noise reads as MODIFIED
        List<ParcelFeature> old = grid(12, 10, 0, 0);
        List<ParcelFeature> nu = redrawn(12, 10, 0.4);
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        NoiseEstimate noise = r.noise();
        assertThat(noise.pairs()).isEqualTo(120);
        assertThat(noise.vertices()).isEqualTo(120 * 8);
        assertThat(noise.pairP99()).isBetween(0.45, 0.57);
        assertThat(noise.isInside(0.5)).isTrue();
        assertThat(r.counts().get(ChangeClass.MODIFIED)).isGreaterThan(0);
        // at the suggested tolerance the noise is gone
        ComparisonResult again = MapComparison.compare(old, nu,
                CompareOptions.DEFAULTS.withShapeTolerance(noise.suggestedTolerance()));
        assertThat(again.counts()).containsEntry(ChangeClass.UNCHANGED, 120);
        // the same map twice has no noise, and no tolerance is inside it
        NoiseEstimate none = MapComparison.compare(old, old, CompareOptions.DEFAULTS).noise();
        assertThat(none.p99()).isZero();
        assertThat(none.isInside(0.01)).isFalse();
    }

    @Test
    void everyRepairedPolygonIsNamedInTheNote() {
        // a 20 x 30 m lot drawn with its last two corners swapped: a bow-tie
        String bowtie = String.format(Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))", X0, Y0, X0 + W, Y0,
                X0, Y0 + H, X0 + W, Y0 + H, X0, Y0);
        List<ParcelFeature> old = new ArrayList<>(grid(2, 1, 0, 0));
        old.set(0, ParcelFeature.of("0-0", wkt(bowtie)));
        ComparisonResult r = MapComparison.compare(old, grid(2, 1, 0, 0), CompareOptions.DEFAULTS);
        assertThat(byFirstId(r).get("0-0").note()).startsWith("old 0-0: invalid polygon repaired (Self-intersection at ")
                .contains("area 0.00 m² as drawn");
        assertThat(byFirstId(r).get("1-0").note()).isEmpty();
    }

    @Test
    void findsAnIdenticalMapUnchangedOnTheFastPath() {
        List<ParcelFeature> map = grid(5, 4, 0, 0);
        ComparisonResult r = MapComparison.compare(map, map, CompareOptions.DEFAULTS);
        assertThat(r.groups()).hasSize(20).allSatisfy(g -> {
            assertThat(g.type()).isEqualTo(ChangeClass.UNCHANGED);
            assertThat(g.fastPath()).isTrue();
            assertThat(g.iou()).isEqualTo(1.0);
            assertThat(g.hausdorff()).isZero();
            assertThat(g.renumbered()).isFalse();
        });
        assertThat(r.globalOffset().length()).isZero();
        assertThat(r.groups().get(0).oldIds()).containsExactly("0-0");
    }

    @Test
    void classifiesEveryKindOfChangeAfterRemovingTheOffset() {
        double dx = 3.2;
        double dy = -1.7;
        List<ParcelFeature> old = grid(6, 5, 0, 0);
        List<ParcelFeature> nu = new ArrayList<>();
        for (ParcelFeature p : grid(6, 5, dx, dy)) {
            switch (p.id()) {
                // (1,1) split in two along its long side
                case "1-1" -> {
                    double x = X0 + W + dx;
                    double y = Y0 + H + dy;
                    nu.add(ParcelFeature.of("1-1a", wkt(box(x, y, x + W, y + 12))).withSheetPlot("1", "501"));
                    nu.add(ParcelFeature.of("1-1b", wkt(box(x, y + 12, x + W, y + H))).withSheetPlot("1", "502"));
                }
                // (3,1) and (3,2) merged; (3,2) is dropped here and (3,1) grows
                case "3-1" -> {
                    double x = X0 + 3 * W + dx;
                    double y = Y0 + H + dy;
                    nu.add(ParcelFeature.of("3-12", wkt(box(x, y, x + W, y + 2 * H))).withSheetPlot("1", "301"));
                }
                case "3-2" -> { }
                // (5,3) boundary moved: 2 m taken off its east side
                case "5-3" -> {
                    double x = X0 + 5 * W + dx;
                    double y = Y0 + 3 * H + dy;
                    nu.add(ParcelFeature.of("5-3", wkt(box(x, y, x + W - 2, y + H))).withSheetPlot("1", "503"));
                }
                // (0,4) removed
                case "0-4" -> { }
                // (2,0) renumbered only
                case "2-0" -> nu.add(p.withSheetPlot("1", "999"));
                default -> nu.add(p);
            }
        }
        // a new parcel north of the grid
        nu.add(ParcelFeature.of("new", wkt(box(X0 + dx, Y0 + 5 * H + 10 + dy, X0 + 15 + dx, Y0 + 5 * H + 30 + dy))));

        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        assertThat(r.globalOffset().dx()).isCloseTo(dx, within(0.01));
        assertThat(r.globalOffset().dy()).isCloseTo(dy, within(0.01));
        Map<String, ChangeGroup> g = byFirstId(r);
        assertThat(g.get("1-1").type()).isEqualTo(ChangeClass.SPLIT);
        assertThat(g.get("1-1").newIds()).containsExactly("1-1a", "1-1b");
        assertThat(g.get("1-1").areaChangePct()).isCloseTo(0, within(1e-9));
        assertThat(g.get("1-1").renumbered()).isTrue();
        assertThat(g.get("3-1").type()).isEqualTo(ChangeClass.MERGED);
        assertThat(g.get("3-1").oldIds()).containsExactly("3-1", "3-2");
        assertThat(g.get("3-1").iou()).isCloseTo(1.0, within(1e-9));
        assertThat(g.get("3-1").renumbered()).isFalse();
        assertThat(g.get("5-3").type()).isEqualTo(ChangeClass.MODIFIED);
        assertThat(g.get("5-3").hausdorff()).isCloseTo(2.0, within(1e-6));
        assertThat(g.get("5-3").areaChangePct()).isCloseTo(-10.0, within(1e-6));
        assertThat(g.get("5-3").iou()).isCloseTo(0.9, within(1e-6));
        assertThat(g.get("5-3").centroidShift()).isCloseTo(1.0, within(1e-6));
        assertThat(g.get("0-4").type()).isEqualTo(ChangeClass.REMOVED);
        assertThat(g.get("0-4").iou()).isNaN();
        assertThat(g.get("new:new").type()).isEqualTo(ChangeClass.NEW);
        assertThat(g.get("2-0").type()).isEqualTo(ChangeClass.UNCHANGED);
        assertThat(g.get("2-0").renumbered()).isTrue();
        assertThat(g.get("0-0").type()).isEqualTo(ChangeClass.UNCHANGED);
        assertThat(g.get("0-0").renumbered()).isFalse();
        assertThat(r.counts()).containsEntry(ChangeClass.UNCHANGED, 30 - 5).containsEntry(ChangeClass.SPLIT, 1)
                .containsEntry(ChangeClass.MERGED, 1).containsEntry(ChangeClass.MODIFIED, 1)
                .containsEntry(ChangeClass.REMOVED, 1).containsEntry(ChangeClass.NEW, 1)
                .containsEntry(ChangeClass.REPARCELLED, 0);
        assertEveryParcelOnce(old, nu, r);
        // groups with old parcels in old-map order, then the new ones
        assertThat(r.groups().get(r.groups().size() - 1).type()).isEqualTo(ChangeClass.NEW);
    }

    @Test
    void groupsCrossCuttingRedivisionAsReparcelled() {
        // two 20 x 30 lots side by side become three 40 x 10 strips across them
        List<ParcelFeature> old = List.of(ParcelFeature.of("a", wkt(box(0, 0, 20, 30))),
                ParcelFeature.of("b", wkt(box(20, 0, 40, 30))));
        List<ParcelFeature> nu = List.of(ParcelFeature.of("x", wkt(box(0, 0, 40, 10))),
                ParcelFeature.of("y", wkt(box(0, 10, 40, 20))), ParcelFeature.of("z", wkt(box(0, 20, 40, 30))));
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS.withOffset(
                CompareOptions.OffsetMode.NONE, 0));
        assertThat(r.groups()).singleElement().satisfies(g -> {
            assertThat(g.type()).isEqualTo(ChangeClass.REPARCELLED);
            assertThat(g.oldIds()).containsExactly("a", "b");
            assertThat(g.newIds()).containsExactly("x", "y", "z");
            assertThat(g.iou()).isCloseTo(1.0, within(1e-9));
        });
    }

    @Test
    void ignoresSliverOverlapsFromDigitisingNoise() {
        // every vertex of the new map moved by up to 0.3 m; neighbours overlap by slivers, which must not join them
        Random random = new Random(42);
        List<ParcelFeature> old = grid(6, 6, 0, 0);
        List<ParcelFeature> nu = new ArrayList<>();
        for (ParcelFeature p : old) {
            Geometry g = p.geometry().copy();
            g.apply((org.locationtech.jts.geom.CoordinateSequenceFilter) new org.locationtech.jts.geom.CoordinateSequenceFilter() {
                @Override
                public void filter(org.locationtech.jts.geom.CoordinateSequence seq, int i) {
                    if (i < seq.size() - 1) {
                        seq.setOrdinate(i, 0, seq.getX(i) + (random.nextDouble() - 0.5) * 0.6);
                        seq.setOrdinate(i, 1, seq.getY(i) + (random.nextDouble() - 0.5) * 0.6);
                    } else {
                        seq.setOrdinate(i, 0, seq.getX(0));
                        seq.setOrdinate(i, 1, seq.getY(0));
                    }
                }

                @Override
                public boolean isDone() {
                    return false;
                }

                @Override
                public boolean isGeometryChanged() {
                    return true;
                }
            });
            nu.add(p.withGeometry(g));
        }
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        assertThat(r.groups()).hasSize(36).allSatisfy(g -> {
            assertThat(g.type()).isEqualTo(ChangeClass.UNCHANGED);
            assertThat(g.oldIds()).isEqualTo(g.newIds());
            assertThat(g.iou()).isGreaterThan(0.95);
        });
        assertThat(r.globalOffset().length()).isLessThan(0.1);
    }

    @Test
    void keepsAParcelThatRepairLeftEmptyAndSaysSo() {
        List<ParcelFeature> old = List.of(ParcelFeature.of("flat", wkt("POLYGON ((0 0, 10 0, 20 0, 0 0))")),
                ParcelFeature.of("ok", wkt(box(0, 10, 10, 20))));
        List<ParcelFeature> nu = List.of(ParcelFeature.of("ok", wkt(box(0, 10, 10, 20))));
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        assertThat(r.groups()).extracting(ChangeGroup::type).containsExactly(ChangeClass.REMOVED, ChangeClass.UNCHANGED);
        assertThat(r.groups().get(0).note()).isEqualTo("old flat: invalid polygon repaired (Self-intersection at"
                + " 10.000 0.000; area 0.00 m² as drawn, 0.00 m² repaired); no area after repair");
    }

    @Test
    void handlesEmptyMaps() {
        List<ParcelFeature> map = grid(2, 2, 0, 0);
        assertThat(MapComparison.compare(List.of(), map, CompareOptions.DEFAULTS).counts())
                .containsEntry(ChangeClass.NEW, 4);
        assertThat(MapComparison.compare(map, List.of(), CompareOptions.DEFAULTS).counts())
                .containsEntry(ChangeClass.REMOVED, 4);
        assertThat(MapComparison.compare(List.of(), List.of(), CompareOptions.DEFAULTS).groups()).isEmpty();
    }

    @Test
    void estimatesOneOffsetPerSheetWhenSheetsMoveDifferently() {
        List<ParcelFeature> old = new ArrayList<>();
        List<ParcelFeature> nu = new ArrayList<>();
        for (ParcelFeature p : grid(6, 6, 0, 0)) {
            old.add(p.withSheetPlot("1", p.plot().orElseThrow()));
            nu.add(p.withGeometry(shift(p.geometry(), 1.5, 0.5)));
        }
        for (ParcelFeature p : grid(6, 6, 0, 400)) {
            old.add(ParcelFeature.of("s2-" + p.id(), p.geometry()).withSheetPlot("2", p.plot().orElseThrow()));
            nu.add(ParcelFeature.of("s2-" + p.id(), shift(p.geometry(), -2.0, 1.0)));
        }
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS.withMinPairsPerSheet(10));
        assertThat(r.offsets()).extracting(OffsetEstimate::scope).containsExactly("*", "1", "2");
        assertThat(r.offsets().get(1).dx()).isCloseTo(1.5, within(0.01));
        assertThat(r.offsets().get(2).dx()).isCloseTo(-2.0, within(0.01));
        assertThat(r.counts()).containsEntry(ChangeClass.UNCHANGED, 72);
        // one translation for the whole map cannot align both sheets
        ComparisonResult global = MapComparison.compare(old, nu, CompareOptions.DEFAULTS.withOffset(
                CompareOptions.OffsetMode.GLOBAL, 50));
        assertThat(global.offsets()).hasSize(1);
        assertThat(global.counts().get(ChangeClass.UNCHANGED)).isLessThan(72);
    }

    private static Geometry shift(Geometry g, double dx, double dy) {
        return org.locationtech.jts.geom.util.AffineTransformation.translationInstance(dx, dy).transform(g);
    }

    @Test
    void refusesLayersInDifferentOrGeographicCrs() {
        ParcelLayer a = new ParcelLayer("a", Optional.of(Crs.epsg(5899)), grid(1, 1, 0, 0), List.of(), List.of());
        ParcelLayer b = new ParcelLayer("b", Optional.of(Crs.epsg(3405)), grid(1, 1, 0, 0), List.of(), List.of());
        ParcelLayer c = new ParcelLayer("c", Optional.of(Crs.WGS84), grid(1, 1, 0, 0), List.of(), List.of());
        assertThatThrownBy(() -> MapComparison.compare(a, b, CompareOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different CRSs");
        assertThatThrownBy(() -> MapComparison.compare(c, c, CompareOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longitude/latitude");
        assertThat(MapComparison.compare(a, a, CompareOptions.DEFAULTS).groups()).hasSize(1);
    }

    @Property(tries = 25)
    void recoversAnyOffsetAndConservesAreaInASplit(@ForAll @IntRange(min = 3, max = 7) int cols,
                                                   @ForAll @IntRange(min = 3, max = 7) int rows,
                                                   @ForAll @DoubleRange(min = -20, max = 20) double dx,
                                                   @ForAll @DoubleRange(min = -20, max = 20) double dy,
                                                   @ForAll @DoubleRange(min = 0.2, max = 0.8) double cut) {
        List<ParcelFeature> old = grid(cols, rows, 0, 0);
        List<ParcelFeature> nu = new ArrayList<>();
        for (ParcelFeature p : grid(cols, rows, dx, dy)) {
            if (p.id().equals("1-1")) {
                double x = X0 + W + dx;
                double y = Y0 + H + dy;
                nu.add(ParcelFeature.of("a", wkt(box(x, y, x + W * cut, y + H))));
                nu.add(ParcelFeature.of("b", wkt(box(x + W * cut, y, x + W, y + H))));
            } else {
                nu.add(p);
            }
        }
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS);
        assertThat(r.globalOffset().dx()).isCloseTo(dx, within(0.01));
        assertThat(r.globalOffset().dy()).isCloseTo(dy, within(0.01));
        assertThat(r.counts()).containsEntry(ChangeClass.SPLIT, 1).containsEntry(ChangeClass.UNCHANGED, cols * rows - 1);
        ChangeGroup split = byFirstId(r).get("1-1");
        assertThat(split.areaNew()).isCloseTo(split.areaOld(), within(1e-6));
        assertEveryParcelOnce(old, nu, r);
    }

    @Test
    void comparesCambridgeFy2013WithFy2014LikePostGis() throws IOException {
        Path f13 = SharedData.require("parcels/cambridge_ma/parcels_fy2013_epsg26986.geojson");
        Path f14 = SharedData.require("parcels/cambridge_ma/parcels_fy2014_epsg26986.geojson");
        ReadOptions byMapLot = ReadOptions.DEFAULTS.withIdProperty("ML");
        ParcelLayer old = ParcelFiles.read(f13, byMapLot);
        ParcelLayer nu = ParcelFiles.read(f14, byMapLot);
        // quantised to ~0.6 m (SOURCES.md section 3): the shape tolerance must accept that
        ComparisonResult r = MapComparison.compare(old, nu, CompareOptions.DEFAULTS.withShapeTolerance(1.0));
        assertEveryParcelOnce(old.features(), nu.features(), r);
        // the same survey grid, re-exported: no systematic offset
        assertThat(r.globalOffset().length()).isLessThan(0.1);
        assertThat(r.globalOffset().pairs()).isGreaterThan(1000);

        // ML values that occur once in each year, compared 1:1 (PostGIS: 12,968 pairs, median IoU 0.9803)
        Map<String, Integer> count13 = new TreeMap<>();
        old.features().forEach(p -> count13.merge(p.id(), 1, Integer::sum));
        Map<String, Integer> count14 = new TreeMap<>();
        nu.features().forEach(p -> count14.merge(p.id(), 1, Integer::sum));
        List<Double> ious = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        count13.forEach((ml, n) -> {
            if (n == 1 && count14.getOrDefault(ml, 0) == 1) {
                unique.add(ml);
            }
        });
        int unchanged = 0;
        for (ChangeGroup g : r.groups()) {
            if (g.oldIds().size() == 1 && g.newIds().size() == 1 && g.oldIds().equals(g.newIds())
                    && unique.contains(g.oldIds().get(0))) {
                ious.add(g.iou());
                if (g.type() == ChangeClass.UNCHANGED) {
                    unchanged++;
                }
            }
        }
        Collections.sort(ious);
        assertThat(ious.size()).isGreaterThan(12_800);
        assertThat(ious.get(ious.size() / 2)).isCloseTo(0.98, within(0.005));
        // PostGIS: Hausdorff >= 1 m for 52 of 12,968 same-ML pairs; the rest is quantisation noise
        assertThat(unchanged).isGreaterThan(ious.size() - 60);
        assertThat(r.groups()).filteredOn(ChangeGroup::fastPath).hasSizeGreaterThan(3000);
    }

    /**
     * The one-walk area and centroid of a hole-free parcel give the very doubles of JTS's getArea and the
     * two-ring-walk centroid (the outputs print them unrounded), on random rings at projected coordinates: both
     * orientations, repeated vertices, rings without area, packed and object sequences.
     */
    @Test
    void oneWalkAreaAndCentroidAreBitIdenticalToGetAreaAndCentroid() {
        Random r = new Random(19);
        org.locationtech.jts.geom.GeometryFactory objects = new org.locationtech.jts.geom.GeometryFactory();
        org.locationtech.jts.geom.GeometryFactory packed = new org.locationtech.jts.geom.GeometryFactory(
                org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
        for (int trial = 0; trial < 20_000; trial++) {
            int n = 3 + r.nextInt(trial % 5 == 0 ? 60 : 8);
            double cx = 500_000 + r.nextDouble() * 100_000;
            double cy = 1_200_000 + r.nextDouble() * 100_000;
            double radius = 0.5 + r.nextDouble() * 80;
            boolean flat = trial % 97 == 0; // every vertex on one line: no area
            List<org.locationtech.jts.geom.Coordinate> ring = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                double angle = (trial % 2 == 0 ? 1 : -1) * 2 * Math.PI * v / n;
                double rr = radius * (0.4 + 0.6 * r.nextDouble());
                double x = cx + rr * Math.cos(angle);
                double y = flat ? cy + 3 * (x - cx) : cy + rr * Math.sin(angle);
                org.locationtech.jts.geom.Coordinate c = new org.locationtech.jts.geom.Coordinate(x, y);
                ring.add(c);
                if (r.nextInt(10) == 0) {
                    ring.add(c.copy()); // a repeated vertex
                }
                if (r.nextInt(10) == 0) {
                    ring.add(c.copy()); // a repeated vertex
                }
            }
            ring.add(ring.get(0).copy());
            // the readers' packed rings, and object ones
            org.locationtech.jts.geom.Polygon poly = (trial % 3 == 0 ? objects : packed).createPolygon(
                    ring.toArray(new org.locationtech.jts.geom.Coordinate[0]));
            double[] area = new double[2];
            double[] centroid = MapComparison.shellAreaAndCentroid(poly, area, 1);
            assertThat(area[1]).as("area of %s", poly).isEqualTo(poly.getArea());
            double[] expected = poly.getArea() > 0 ? MapComparison.centroid(poly)
                    : new double[] {Double.NaN, Double.NaN};
            assertThat(centroid).as("centroid of %s", poly).containsExactly(expected);
        }
    }

    @Test
    void noiseQuantilesSelectedOneAboveTheOtherAreTheSortsValues() {
        Random r = new Random(23);
        for (int trial = 0; trial < 3_000; trial++) {
            int n = 1 + r.nextInt(trial % 10 == 0 ? 5_000 : 40);
            double[] v = new double[n];
            for (int j = 0; j < n; j++) {
                // distances: many ties (a lattice), zeros of both signs, now and then a NaN or an infinity
                int kind = r.nextInt(50);
                v[j] = kind == 0 ? 0.0 : kind == 1 ? -0.0 : kind == 2 && trial % 7 == 0 ? Double.NaN
                        : kind == 3 ? Double.POSITIVE_INFINITY : r.nextBoolean() ? r.nextInt(8) * 0.05
                        : r.nextDouble();
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double[][] sets = {{0.5, 0.95, 0.99}, {0.5, 0.5, 1.0}, {0.0, 0.99}, {0.99}};
            for (double[] qs : sets) {
                double[] expected = new double[qs.length];
                for (int j = 0; j < qs.length; j++) {
                    expected[j] = sorted[(int) Math.min(n - 1, Math.floor(qs[j] * n))];
                }
                assertThat(MapComparison.quantiles(v.clone(), qs)).as("%s of %s", Arrays.toString(qs),
                        Arrays.toString(v)).containsExactly(expected);
            }
        }
    }
}
