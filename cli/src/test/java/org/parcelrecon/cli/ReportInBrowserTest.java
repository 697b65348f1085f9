package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.reconcile.report.ReportSink;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/**
 * report.html opened in headless Chromium, as a land officer opens it from a folder: the page's script runs to its
 * end with no error and no console message, and the chart, the map and the change table show the numbers of
 * summary.csv, records.csv and diff.csv written beside it. Two reports: day 2 of {@code parcelrecon demo} (the
 * bundled sample, register alone, so no map) and day 2 of a generated province of 20,000 parcels with its maps and
 * population, whose register changed between the days (clean parcels damaged, rows removed). Skipped, saying why,
 * where no Chromium is installed.
 */
class ReportInBrowserTest {
    private static final List<String> STATUSES = List.of("clean", "review", "conflict", "incomplete");
    private static final List<String> KIND_ORDER = List.of("REGRESSED", "STATUS_MOVED", "REASONS_CHANGED", "NEW",
            "VANISHED", "BECAME_CLEAN");

    @TempDir
    static Path dir;

    static HeadlessChromium chromium;

    @BeforeAll
    static void browser() {
        chromium = HeadlessChromium.find().orElse(null);
        assumeTrue(chromium != null, "no Chromium on the PATH (chromium, chromium-browser or google-chrome): .ci/run"
                + " installs Debian's chromium package; PARCELRECON_CHROMIUM names another binary");
    }

    @Test
    void theSamplesSecondDayRendersItsCountsReasonsAndChanges() throws Exception {
        Path out = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--out", out.toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Path day2 = out.resolve("day-2");
        assertThat(demo.out()).contains(day2.resolve(ReportSink.FILE).toAbsolutePath().toString());

        ReportPage page = opened(day2);
        assertTablesAndChartMatchSummary(page, day2);
        assertThat(page.saysNoMap()).as("register alone: no map to draw").isTrue();
        assertChangesMatchDiff(page, day2, 100);
        assertThat(page.changeRowKinds()).first().isEqualTo("REGRESSED");
    }

    @Test
    void aGeneratedProvincesSecondDayRendersChartMapAndChangesWithTheirCounts() throws Exception {
        Path gen = dir.resolve("gen");
        ProvinceGenerator.of(GeneratorSettings.defaults().withParcels(20_000).withSeed(3)).generate(gen);
        Path out = dir.resolve("province");
        reconcile(gen, gen.resolve("register.csv"), out);
        Path register2 = damaged(gen.resolve("register.csv"), out.resolve("records.csv"), dir.resolve("day2.csv"));
        reconcile(gen, register2, out);

        ReportPage page = opened(out);
        assertTablesAndChartMatchSummary(page, out);
        assertChangesMatchDiff(page, out, ReportSink.DEFAULT_CHANGES_PER_KIND);
        assertThat(page.changeRowKinds()).first().isEqualTo("REGRESSED");
        assertThat(page.changeCounts().get("REGRESSED")[0]).isGreaterThanOrEqualTo(20);

        // the map: per commune the flagged records with map parcels, at most the bound, the first commune drawn
        Map<String, Integer> flagged = flaggedWithMapParcels(out.resolve("records.csv"));
        Map<String, String> map = page.map();
        String shown = map.get("data-commune");
        int bound = ReportSink.DEFAULT_PARCELS_PER_COMMUNE;
        assertThat(shown).isEqualTo(flagged.keySet().iterator().next());
        assertThat(map.get("data-communes")).isEqualTo(Integer.toString(flagged.size()));
        assertThat(Integer.parseInt(map.get("data-drawn"))).isEqualTo(Math.min(bound, flagged.get(shown)))
                .isEqualTo(page.mapPaths()).isPositive();
        assertThat(Long.parseLong(map.get("data-drawn-total")))
                .isEqualTo(flagged.values().stream().mapToLong(n -> Math.min(bound, n)).sum());
    }

    private static void reconcile(Path gen, Path register, Path out) {
        CliRun run = CliRun.of("reconcile", "--register", register.toString(), "--map",
                gen.resolve("map_new.geojson").toString(), "--old-map", gen.resolve("map_old.geojson").toString(),
                "--population", gen.resolve("population.csv").toString(), "--out", out.toString(), "--threads", "2",
                "--no-train");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static ReportPage opened(Path out) throws Exception {
        HeadlessChromium.Loaded loaded = chromium.open(out.resolve(ReportSink.FILE), dir);
        ReportPage page = new ReportPage(loaded.dom());
        assertThat(page.status()).as("the page's script ran to its end").isEqualTo("ready");
        assertThat(page.errors()).as("errors the page caught").isEmpty();
        assertThat(loaded.consoleMessages()).as("console messages").isEmpty();
        return page;
    }

    /** The commune table, each commune's bar, the province's bar and the top reasons are summary.csv's. */
    private static void assertTablesAndChartMatchSummary(ReportPage page, Path out) throws IOException {
        Map<String, List<Long>> expected = new LinkedHashMap<>();
        List<Long> province = null;
        String topReasons = null;
        for (CSVRecord r : csv(out.resolve("summary.csv"))) {
            List<Long> counts = new ArrayList<>();
            STATUSES.forEach(s -> counts.add(Long.parseLong(r.get(s))));
            if (r.get("level").equals("province")) {
                province = counts;
                topReasons = r.get("top_reasons");
            } else if (r.get("level").equals("commune")) {
                expected.put(r.get("commune_code"), counts);
            }
        }
        Map<String, Map<String, String>> rows = page.communeRows();
        assertThat(rows.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((commune, counts) -> {
            List<Long> shown = new ArrayList<>();
            STATUSES.forEach(s -> shown.add(Long.parseLong(rows.get(commune).get("data-" + s))));
            assertThat(shown).as("table row of %s", commune).isEqualTo(counts);
            assertThat(page.communeBars().get(commune)).as("chart of %s", commune).isEqualTo(counts);
        });
        assertThat(page.provinceBar()).isEqualTo(province);
        List<String> top = new ArrayList<>();
        page.reasons().entrySet().stream().limit(3).forEach(e -> top.add(e.getKey() + " " + e.getValue()));
        assertThat(String.join("; ", top)).isEqualTo(topReasons);
    }

    /** The change counts are diff.csv's by kind, listed up to the bound, kinds in the page's order. */
    private static void assertChangesMatchDiff(ReportPage page, Path out, int bound) throws IOException {
        Map<String, Long> byKind = new TreeMap<>();
        for (CSVRecord r : csv(out.resolve("diff.csv"))) {
            byKind.merge(r.get("change"), 1L, Long::sum);
        }
        assertThat(byKind).isNotEmpty();
        Map<String, long[]> counts = page.changeCounts();
        assertThat(counts.keySet()).containsExactlyElementsOf(KIND_ORDER);
        List<String> rows = page.changeRowKinds();
        for (String kind : KIND_ORDER) {
            long total = byKind.getOrDefault(kind, 0L);
            assertThat(counts.get(kind)[0]).as("%s in diff.csv", kind).isEqualTo(total);
            assertThat(rows.stream().filter(kind::equals).count()).as("%s rows listed", kind)
                    .isEqualTo(Math.min(bound, total)).isEqualTo(counts.get(kind)[1]);
        }
        List<Integer> order = rows.stream().map(KIND_ORDER::indexOf).toList();
        assertThat(order).as("regressions first, then the page's order").isSorted();
    }

    /** Per commune, in code order: the records that are not clean and have map parcels (flagged.geojson's). */
    private static Map<String, Integer> flaggedWithMapParcels(Path records) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord r : csv(records)) {
            String key = r.get("commune_code") + "/" + r.get("sheet") + "/" + r.get("plot") + "/"
                    + r.get("line").isEmpty();
            if (!r.get("status").equals("CLEAN") && !r.get("map_parcel_ids").isEmpty() && seen.add(key)) {
                out.merge(r.get("commune_code"), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * Day 2's register: day 1's with every 150th clean mapped row's area tripled (a clean parcel damaged) and its
     * last five rows gone.
     */
    private static Path damaged(Path register, Path records, Path to) throws IOException {
        Set<Long> clean = new HashSet<>();
        int i = 0;
        for (CSVRecord r : csv(records)) {
            if (r.get("status").equals("CLEAN") && !r.get("line").isEmpty() && !r.get("map_parcel_ids").isEmpty()
                    && i++ % 150 == 0) {
                clean.add(Long.parseLong(r.get("line")));
            }
        }
        List<CSVRecord> rows = csv(register);
        List<String> header = rows.get(0).getParser().getHeaderNames();
        int area = header.indexOf("area_m2");
        try (CsvWriter out = CsvWriter.create(to, header)) {
            for (CSVRecord r : rows.subList(0, rows.size() - 5)) {
                List<String> cells = new ArrayList<>(r.toList());
                // a record's line is the file's line: the header is line 1
                if (clean.contains(r.getRecordNumber() + 1)) {
                    cells.set(area, Double.toString(Double.parseDouble(cells.get(area).replace(',', '.')) * 3));
                }
                out.row(cells);
            }
        }
        return to;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith(String.valueOf(CsvWriter.BYTE_ORDER_MARK))) {
            text = text.substring(1);
        }
        try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get())) {
            return p.getRecords();
        }
    }
}
