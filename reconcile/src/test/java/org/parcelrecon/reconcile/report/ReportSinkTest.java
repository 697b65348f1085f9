package org.parcelrecon.reconcile.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.CommuneSink;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.ReconcileSettings;
import org.parcelrecon.reconcile.Reconciler;
import org.parcelrecon.reconcile.RunProgress;
import org.parcelrecon.reconcile.campaign.CampaignProfile;
import org.parcelrecon.reconcile.campaign.CampaignTally;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.RecordResult;
import org.parcelrecon.reconcile.history.RunDiff;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/**
 * A report of a generated province with tight bounds (3 parcels a commune): what the page keeps is bounded, the
 * worst parcels are the ones drawn, every reason is explained, and no ID number or name reaches the page. The page in
 * a browser is cli's {@code ReportInBrowserTest}.
 */
class ReportSinkTest {
    private static final int BOUND = 3;

    @TempDir
    static Path dir;

    static ReconcileResult result;
    static final List<CommuneResult> communes = new ArrayList<>();
    static String page;
    static JsonNode map;

    @BeforeAll
    static void report() throws IOException {
        Path gen = dir.resolve("gen");
        ProvinceGenerator.of(GeneratorSettings.defaults().withParcels(1500).withSeed(21)).generate(gen);
        ReconcileSettings settings = ReconcileSettings.defaults().withParallelism(2)
                .withLinking(ReconcileSettings.defaults().linking().withTrain(false));
        ReportSink sink = new ReportSink(BOUND, 2);
        CampaignTally campaign = new CampaignTally(CampaignProfile.defaults());
        result = Reconciler.of(settings).run(ReconcileInput.register(gen.resolve("register.csv"))
                .withMap(gen.resolve("map_new.geojson")).withPopulation(gen.resolve("population.csv")),
                RunProgress.NONE, CommuneSink.both(c -> communes.add(c), CommuneSink.both(campaign, sink)));
        Path file = dir.resolve(ReportSink.FILE);
        sink.write(file, new ReportRun("generated", Instant.EPOCH, result, RunDiff.firstRun(1), campaign));
        page = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)<script type=\"application/json\" id=\"map-data\">(.*?)</script>")
                .matcher(page);
        assertThat(m.find()).isTrue();
        map = new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void eachCommuneDrawsAtMostItsBoundConflictsFirst() {
        assertThat(map.get("communes")).isNotEmpty();
        for (JsonNode c : map.get("communes")) {
            List<String> statuses = new ArrayList<>();
            c.get("parcels").forEach(p -> statuses.add(p.get(1).asText()));
            assertThat(statuses).hasSize((int) Math.min(BOUND, c.get("flagged").asLong()));
            long conflicts = flagged(c.get("code").asText(), Status.CONFLICT);
            assertThat(statuses.stream().filter("CONFLICT"::equals).count())
                    .as("conflicts drawn in %s", c.get("code")).isEqualTo(Math.min(BOUND, conflicts));
            assertThat(statuses).allMatch(s -> !s.equals("CLEAN"));
        }
    }

    @Test
    void everyReasonOnThePageIsExplainedInEnglishWithTheVietnameseTerm() {
        Matcher m = Pattern.compile("<tr data-code=\"(\\w+)\"[^>]*>.*?<td class=\"explanation\">([^<]*)</td>")
                .matcher(page);
        int rows = 0;
        while (m.find()) {
            rows++;
            assertThat(ReasonTexts.of(m.group(1))).as(m.group(1)).isPresent();
            assertThat(m.group(2)).as(m.group(1)).containsPattern("\\([^)]*[\u0100-\u1EFF][^)]*\\)");
        }
        assertThat(rows).isGreaterThan(5);
    }

    @Test
    void thePageHoldsNoIdNumberAndNoName() {
        for (CommuneResult c : communes) {
            for (RecordResult r : c.records()) {
                r.rows().forEach(row -> {
                    if (!row.landUser().isBlank()) {
                        assertThat(page).doesNotContain(row.landUser());
                    }
                    row.link().ifPresent(l -> assertThat(page).doesNotContain(l.citizen().idNumber()));
                });
            }
        }
    }

    @Test
    void aFirstRunSaysSoInsteadOfListingChanges() {
        assertThat(page).contains("id=\"changes-none\"").doesNotContain("id=\"change-table\"");
    }

    private static long flagged(String commune, Status status) {
        return communes.stream().filter(c -> c.communeCode().equals(commune)).flatMap(c -> c.records().stream())
                .filter(r -> r.status() == status && !r.mapParcels().isEmpty()).count();
    }
}
