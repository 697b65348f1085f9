package org.parcelrecon.reconcile.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.ReconcileSettings;
import org.parcelrecon.reconcile.Reconciler;
import org.parcelrecon.reconcile.RunProgress;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/** Reads every output of a run back and checks that the counts add up. */
class RunFilesTest {
    @TempDir
    static Path dir;

    static Path out;
    static ReconcileResult result;

    @BeforeAll
    static void reconcileAndWrite() throws IOException {
        Path gen = dir.resolve("gen");
        ProvinceGenerator.of(GeneratorSettings.defaults().withParcels(1500).withSeed(5)).generate(gen);
        // one broken row, so that rejected.csv has something to say
        Path register = gen.resolve("register.csv");
        Files.writeString(register, Files.readString(register) + "99999,06652,,,12,ODT,,,Nguyễn Văn An,1970,022070123456\n");
        result = Reconciler.of(ReconcileSettings.defaults()).run(ReconcileInput.register(register)
                .withMap(gen.resolve("map_new.geojson")).withOldMap(gen.resolve("map_old.geojson"))
                .withPopulation(gen.resolve("population.csv")), RunProgress.NONE);
        out = dir.resolve("out");
        RunFiles.write(result, IdDisclosure.MASKED, out);
    }

    static List<CSVRecord> csv(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(out.resolve(name));
        assertThat(bytes).as(name + " starts with a UTF-8 byte-order mark").startsWith(0xEF, 0xBB, 0xBF);
        try (Reader in = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
            in.skip(1);
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void everyRegisterRowIsInRecordsOrRejectedExactlyOnce() throws IOException {
        List<CSVRecord> records = csv(RunFiles.RECORDS);
        Set<String> lines = new HashSet<>();
        for (CSVRecord r : records) {
            if (!r.get("line").isEmpty()) {
                assertThat(lines.add(r.get("line"))).as("line %s once", r.get("line")).isTrue();
            }
        }
        List<CSVRecord> rejected = csv(RunFiles.REJECTED).stream().filter(r -> r.get("file").equals("register.csv"))
                .toList();
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.get("reason")).contains("parcel key"));
        assertThat(lines.size() + rejected.size()).isEqualTo(result.registerRowsRead());
    }

    @Test
    void summaryCountsAddUpToTheRecords() throws IOException {
        List<CSVRecord> records = csv(RunFiles.RECORDS);
        Set<String> keys = new HashSet<>();
        records.forEach(r -> keys.add(r.get("commune_code") + "/" + r.get("sheet") + "/" + r.get("plot")));
        List<CSVRecord> summary = csv(RunFiles.SUMMARY);
        CSVRecord province = summary.get(0);
        assertThat(province.get("level")).isEqualTo("province");
        long total = Long.parseLong(province.get("records"));
        assertThat(total).isEqualTo(keys.size());
        long statuses = 0;
        for (String s : List.of("clean", "review", "conflict", "incomplete")) {
            statuses += Long.parseLong(province.get(s));
        }
        assertThat(statuses).isEqualTo(total);
        long communes = summary.stream().filter(r -> r.get("level").equals("commune"))
                .mapToLong(r -> Long.parseLong(r.get("records"))).sum();
        long sheets = summary.stream().filter(r -> r.get("level").equals("sheet"))
                .mapToLong(r -> Long.parseLong(r.get("records"))).sum();
        assertThat(communes).isEqualTo(total);
        assertThat(sheets).isEqualTo(total);
        long rows = summary.stream().filter(r -> r.get("level").equals("commune"))
                .mapToLong(r -> Long.parseLong(r.get("register_rows"))).sum();
        assertThat(rows).isEqualTo(records.stream().filter(r -> !r.get("line").isEmpty()).count());
    }

    @Test
    void findingsAreTheReasonCodesOfTheRecords() throws IOException {
        long codes = 0;
        Set<String> seen = new HashSet<>();
        for (CSVRecord r : csv(RunFiles.RECORDS)) {
            String key = r.get("commune_code") + "/" + r.get("sheet") + "/" + r.get("plot");
            if (seen.add(key) && !r.get("reason_codes").isEmpty()) {
                codes += r.get("reason_codes").split(";").length;
            }
        }
        List<CSVRecord> findings = csv(RunFiles.FINDINGS);
        Set<String> distinct = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (CSVRecord f : findings) {
            distinct.add(f.get("commune_code") + "/" + f.get("sheet") + "/" + f.get("plot") + "/" + f.get("reason_code"));
            assertThat(json.readTree(f.get("evidence")).isObject()).isTrue();
        }
        assertThat(distinct).hasSize((int) codes);
    }

    @Test
    void flaggedParcelsAreTheMapParcelsOfRecordsThatAreNotClean() throws IOException {
        JsonNode geo = new ObjectMapper().readTree(out.resolve(RunFiles.FLAGGED).toFile());
        long expected = csv(RunFiles.RECORDS).stream()
                .filter(r -> !r.get("status").equals("CLEAN") && !r.get("map_parcel_ids").isEmpty())
                .map(r -> r.get("commune_code") + "/" + r.get("sheet") + "/" + r.get("plot") + "=" + r.get("map_parcel_ids"))
                .distinct().mapToLong(k -> k.substring(k.indexOf('=') + 1).split("\\|").length).sum();
        assertThat(geo.get("features")).hasSize((int) expected);
        assertThat(geo.get("crs").get("properties").get("name").asText()).contains("5899");
        JsonNode first = geo.get("features").get(0).get("properties");
        assertThat(first.get("status").asText()).isNotEqualTo("CLEAN");
        assertThat(first.get("reason_codes").asText()).isNotBlank();
    }

    @Test
    void noFullCitizenIdLeavesTheProgramUnmasked() throws IOException {
        Pattern fullId = Pattern.compile("(?<![0-9*.])[0-9]{12}(?![0-9.])");
        for (String name : List.of(RunFiles.RECORDS, RunFiles.FINDINGS, RunFiles.REJECTED, RunFiles.SUMMARY,
                RunFiles.FLAGGED)) {
            String text = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
            assertThat(fullId.matcher(text).find()).as(name + " holds no 12-digit ID").isFalse();
        }
        assertThat(csv(RunFiles.RECORDS).stream().map(r -> r.get("citizen_id")).filter(s -> !s.isEmpty()))
                .allMatch(s -> s.matches("\\d{3}\\*{7}\\d{2}"));
    }

    @Test
    void probabilitiesHaveFourDecimalsAndEvidenceIsJsonAJsonReaderReadsBack() throws IOException {
        assertThat(RunFiles.fixed4(0.98765)).isEqualTo("0.9877");
        assertThat(RunFiles.fixed4(1.0)).isEqualTo("1.0000");
        assertThat(RunFiles.fixed4(0.00004)).isEqualTo("0.0000");
        org.parcelrecon.core.finding.Finding f = org.parcelrecon.core.finding.Finding.builder(
                org.parcelrecon.core.finding.ReasonCode.of("X"), org.parcelrecon.core.finding.Severity.INFO)
                .message("m").put("quote", "say \"hi\"\\ \n\t\u0001").put("name", "Nguyễn").build();
        JsonNode back = new ObjectMapper().readTree(RunFiles.json(f));
        assertThat(back.get("quote").asText()).isEqualTo("say \"hi\"\\ \n\t\u0001");
        assertThat(back.get("name").asText()).isEqualTo("Nguyễn");
    }
}
