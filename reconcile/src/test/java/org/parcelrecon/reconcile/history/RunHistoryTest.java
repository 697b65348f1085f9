package org.parcelrecon.reconcile.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.CommuneSink;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.ReconcileSettings;
import org.parcelrecon.reconcile.Reconciler;
import org.parcelrecon.reconcile.RunProgress;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.RecordResult;
import org.parcelrecon.reconcile.decide.RowResult;
import org.parcelrecon.reconcile.write.RunFiles;
import org.parcelrecon.reconcile.write.RunWriter;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/**
 * Two days of a generated province: day 1 has some clean parcels broken (area tripled) and day 2 has them fixed and
 * others broken; the diff between the days names exactly those parcels, plus one key only day 1 registered and one
 * only day 2 did.
 */
class RunHistoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T05:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    static Path gen;
    static ReconcileResult original;
    static Set<String> fixedKeys = new TreeSet<>();
    static Set<String> brokenKeys = new TreeSet<>();
    static Path history;
    static long day1;
    static long day2;
    static RunDiff diff;
    static List<RecordChange> changes = new ArrayList<>();

    static final ReconcileSettings SETTINGS = ReconcileSettings.defaults().withParallelism(2)
            .withLinking(ReconcileSettings.defaults().linking().withTrain(false));

    @BeforeAll
    static void reconcileTwoDays() throws IOException {
        gen = dir.resolve("gen");
        ProvinceGenerator.of(GeneratorSettings.defaults().withParcels(1000).withSeed(17)).generate(gen);
        original = Reconciler.of(SETTINGS).run(input(gen.resolve("register.csv")), RunProgress.NONE);
        List<RecordResult> clean = new ArrayList<>();
        for (CommuneResult c : original.communes()) {
            for (RecordResult r : c.records()) {
                if (r.status() == Status.CLEAN && r.isRegistered()) {
                    clean.add(r);
                }
            }
        }
        assertThat(clean).hasSizeGreaterThan(100);
        Map<Long, String> day1Breaks = new HashMap<>();
        Map<Long, String> day2Breaks = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            RecordResult r = clean.get(7 + i * (clean.size() / 13));
            boolean firstDay = i % 2 == 0;
            (firstDay ? fixedKeys : brokenKeys).add(key(r.key()));
            for (RowResult row : r.rows()) {
                (firstDay ? day1Breaks : day2Breaks).put(row.line(), "tripled");
            }
        }
        Path register1 = rewrite(gen.resolve("register.csv"), dir.resolve("day1/register.csv"), day1Breaks, "998");
        Path register2 = rewrite(gen.resolve("register.csv"), dir.resolve("day2/register.csv"), day2Breaks, "999");

        history = dir.resolve("out/history.sqlite");
        try (RunHistory h = RunHistory.open(history, CLOCK)) {
            day1 = runAndRecord(h, register1, dir.resolve("out1"));
            day2 = runAndRecord(h, register2, dir.resolve("out2"));
            diff = h.diff(day1, day2, changes::add);
        }
    }

    @Test
    void theDiffNamesExactlyTheRecordsThatWereFixedBrokenAddedOrRemoved() {
        Map<RecordChange.Kind, Set<String>> byKind = new TreeMap<>();
        changes.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new TreeSet<>())
                .add(c.communeCode() + "/" + c.sheet() + "/" + c.plot()));
        assertThat(byKind.get(RecordChange.Kind.BECAME_CLEAN)).isEqualTo(fixedKeys);
        assertThat(byKind.get(RecordChange.Kind.REGRESSED)).isEqualTo(brokenKeys);
        assertThat(byKind.get(RecordChange.Kind.NEW)).singleElement().asString().endsWith("/999/1");
        assertThat(byKind.get(RecordChange.Kind.VANISHED)).singleElement().asString().endsWith("/998/1");
        assertThat(byKind).containsOnlyKeys(RecordChange.Kind.BECAME_CLEAN, RecordChange.Kind.REGRESSED,
                RecordChange.Kind.NEW, RecordChange.Kind.VANISHED);
    }

    @Test
    void aRegressionCarriesTheReasonsItGained() {
        assertThat(changes).filteredOn(c -> c.kind() == RecordChange.Kind.REGRESSED)
                .allSatisfy(c -> assertThat(c.newReasons()).contains("AREA_MISMATCH"));
    }

    @Test
    void theCountsByAreaAddUpToTheChanges() {
        RunDiff.Counts p = diff.province();
        assertThat(p.becameClean()).isEqualTo(fixedKeys.size());
        assertThat(p.regressed()).isEqualTo(brokenKeys.size());
        assertThat(p.appeared()).isEqualTo(1);
        assertThat(p.vanished()).isEqualTo(1);
        assertThat(p.cleanAfter() - p.cleanBefore()).isEqualTo(fixedKeys.size() - brokenKeys.size());
        assertThat(p.changed()).isEqualTo(changes.size());
        long byCommune = diff.communes().stream().mapToLong(c -> diff.commune(c).changed()).sum();
        assertThat(byCommune).isEqualTo(changes.size());
    }

    @Test
    void summaryGainsTheDayOnDayColumnsAfterItsOwn() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("out2/summary.csv"), StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(RunFiles.SUMMARY_COLUMNS);
        header.addAll(RunDiff.COLUMNS);
        assertThat(lines.get(0).replace("\uFEFF", "")).isEqualTo(String.join(",", header));
        assertThat(lines.get(1)).startsWith("province,").endsWith(",0,6,6,1,1,12");
        List<String> first = Files.readAllLines(dir.resolve("out1/summary.csv"), StandardCharsets.UTF_8);
        assertThat(first.get(1)).as("a first run has the columns, empty").endsWith(",,,,,,,,");
    }

    @Test
    void diffCsvHasOneRowPerChangedRecord() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("out2/diff.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0).replace("\uFEFF", "")).isEqualTo(String.join(",", DiffFiles.COLUMNS));
        assertThat(lines).hasSize(changes.size() + 1);
        assertThat(Files.readAllLines(dir.resolve("out1/diff.csv"), StandardCharsets.UTF_8)).hasSize(1);
    }

    @Test
    void eachRunIsListedWithItsInputsAndRules() throws IOException {
        try (RunHistory h = RunHistory.open(history, CLOCK)) {
            List<RunEntry> runs = h.runs();
            assertThat(runs).extracting(RunEntry::id).containsExactly(day1, day2);
            RunEntry first = runs.get(0);
            assertThat(first.inputs()).extracting(InputFile::role)
                    .containsExactly("register", "map", "old_map", "population");
            assertThat(first.inputs().get(0).sha256()).isNotEqualTo(runs.get(1).inputs().get(0).sha256());
            assertThat(first.inputs().get(1)).isEqualTo(runs.get(1).inputs().get(1));
            assertThat(first.rulesHash()).isEqualTo(runs.get(1).rulesHash());
            assertThat(first.rules()).contains("AREA_MISMATCH");
            assertThat(first.finished()).isEqualTo(CLOCK.instant());
            assertThat(h.previous(day2)).hasValue(day1);
            assertThat(h.previous(day1)).isEmpty();
        }
    }

    @Test
    void aRunThatFailsMidwayLeavesNothingInTheHistory() throws IOException {
        Path file = dir.resolve("failing/history.sqlite");
        try (RunHistory h = RunHistory.open(file, CLOCK)) {
            Recording recording = h.start();
            int[] communes = {0};
            CommuneSink failing = c -> {
                if (++communes[0] == 2) {
                    throw new IOException("disk full");
                }
            };
            assertThatThrownBy(() -> Reconciler.of(SETTINGS).run(input(gen.resolve("register.csv")), RunProgress.NONE,
                    CommuneSink.both(recording, failing))).hasMessageContaining("disk full");
            recording.close();
            assertThat(h.runs()).isEmpty();

            try (Recording again = h.start()) {
                original.communes().forEach(c -> accept(again, c));
                long id = again.commit(info(), original);
                assertThat(h.diff(id, id, c -> { })).extracting(d -> d.province().recordsAfter())
                        .isEqualTo(original.province().records());
            }
        }
        try (RunHistory h = RunHistory.open(file, CLOCK)) {
            assertThat(h.runs()).hasSize(1);
        }
    }

    @Test
    void twoRecordingsOfOneFileAtOnceBothLandWhole() throws IOException {
        Path file = dir.resolve("concurrent/history.sqlite");
        try (RunHistory a = RunHistory.open(file, CLOCK); RunHistory b = RunHistory.open(file, CLOCK);
             Recording ra = a.start(); Recording rb = b.start()) {
            List<CommuneResult> communes = original.communes();
            for (CommuneResult c : communes) {
                accept(ra, c);
                accept(rb, c);
            }
            long first = rb.commit(info(), original);
            long second = ra.commit(info(), original);
            assertThat(a.runs()).extracting(RunEntry::id).containsExactly(first, second);
            List<RecordChange> none = new ArrayList<>();
            RunDiff same = a.diff(first, second, none::add);
            assertThat(none).isEmpty();
            assertThat(same.province().recordsBefore()).isEqualTo(original.province().records());
        }
    }

    @Test
    void aFileThatIsNotAHistoryIsRefusedNamingIt() throws IOException {
        Path text = dir.resolve("not-a-db.sqlite");
        Files.writeString(text, "this is not a database, it is a note\n".repeat(200));
        assertThatThrownBy(() -> RunHistory.open(text)).isInstanceOf(IOException.class)
                .hasMessageContaining(text.toString());
        assertThat(Files.readString(text)).startsWith("this is not a database");
    }

    @Test
    void aRunTheHistoryDoesNotHoldIsNamedWithTheRunsItHolds() throws IOException {
        try (RunHistory h = RunHistory.open(history, CLOCK)) {
            assertThatThrownBy(() -> h.diff(day1, 42, c -> { })).isInstanceOf(IOException.class)
                    .hasMessageContaining("no run 42").hasMessageContaining("runs " + day1 + " to " + day2);
        }
    }

    private static long runAndRecord(RunHistory h, Path register, Path out) throws IOException {
        ReconcileInput input = input(register);
        try (RunWriter files = RunWriter.open(out, IdDisclosure.MASKED);
             Recording recording = h.start()) {
            ReconcileResult result = Reconciler.of(SETTINGS).run(input, RunProgress.NONE,
                    CommuneSink.both(files, recording));
            long id = recording.commit(RunInfo.describe(input, SETTINGS, Optional.empty(), CLOCK.instant()), result);
            files.finish(result, DiffFiles.writePrevious(h, id, out));
            return id;
        }
    }

    private static RunInfo info() throws IOException {
        return RunInfo.describe(input(gen.resolve("register.csv")), SETTINGS, Optional.empty(), CLOCK.instant());
    }

    private static void accept(Recording r, CommuneResult c) {
        try {
            r.accept(c);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ReconcileInput input(Path register) {
        return ReconcileInput.register(register).withMap(gen.resolve("map_new.geojson"))
                .withOldMap(gen.resolve("map_old.geojson")).withPopulation(gen.resolve("population.csv"));
    }

    private static String key(RecordKey k) {
        return k.communeCode() + "/" + k.sheet() + "/" + k.plot();
    }

    /**
     * Copies the register, tripling the area on the given lines and adding a copy of its first row under sheet
     * {@code extraSheet}, plot 1 (a key no map has).
     */
    private static Path rewrite(Path from, Path to, Map<Long, String> tripled, String extraSheet) throws IOException {
        Files.createDirectories(to.getParent());
        String text = Files.readString(from, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).build())) {
            List<String> header = parser.getHeaderNames();
            int area = header.indexOf("area_m2");
            int sheet = header.indexOf("sheet");
            int plot = header.indexOf("plot");
            int rowNo = header.indexOf("row_no");
            List<String> first = null;
            try (CsvWriter out = CsvWriter.create(to, header)) {
                for (CSVRecord r : parser) {
                    List<String> cells = new ArrayList<>(r.toList());
                    long line = parser.getCurrentLineNumber();
                    if (first == null) {
                        first = new ArrayList<>(cells);
                    }
                    if (tripled.containsKey(line)) {
                        cells.set(area, Double.toString(Double.parseDouble(cells.get(area).replace(',', '.')) * 3));
                    }
                    out.row(cells);
                }
                first.set(sheet, extraSheet);
                first.set(plot, "1");
                first.set(rowNo, "9" + extraSheet);
                out.row(first);
            }
        }
        return to;
    }
}
