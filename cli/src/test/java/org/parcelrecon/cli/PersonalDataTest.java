package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No citizen ID number leaves the program in full unless asked (Decree 13/2023): every command run on generated
 * data, and every file it writes, its standard output and its standard error searched for each 12-digit ID of the
 * input (with or without separators).
 */
class PersonalDataTest {
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");

    @TempDir
    static Path dir;
    static Path gen;
    static Set<String> ids;

    @BeforeAll
    static void generate() throws IOException {
        gen = dir.resolve("gen");
        CliRun run = CliRun.of("generate", "--parcels", "60", "--seed", "3", "--out", gen.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        ids = new TreeSet<>();
        for (String input : List.of("register.csv", "population.csv")) {
            Matcher m = TWELVE_DIGITS.matcher(Files.readString(gen.resolve(input)));
            while (m.find()) {
                ids.add(m.group());
            }
        }
        assertThat(ids).hasSizeGreaterThan(50);
    }

    @Test
    void noCommandWritesOrPrintsAFullCitizenIdUnlessAsked() throws IOException {
        Path out = dir.resolve("out");
        List<CliRun> runs = new ArrayList<>();
        runs.add(CliRun.of("demo", "--out", out.resolve("demo").toString()));
        String register = Files.readString(gen.resolve("register.csv"));
        // every register line as a name cell, a text and an ID: the IDs and names are in there
        runs.add(CliRun.withStdin(register, "normalize", "name"));
        runs.add(CliRun.withStdin(register, "normalize", "text"));
        runs.add(CliRun.withStdin(register, "normalize", "parcel-key"));
        runs.add(CliRun.withStdin(String.join("\n", ids), "normalize", "citizen-id"));
        runs.add(CliRun.of("normalize", "name", "Trần Gia Chi (CCCD " + ids.iterator().next() + ")"));
        // the population has no key but the citizen ID, as link's help suggests
        Path pairs = out.resolve("link/pairs.csv");
        runs.add(CliRun.of("link", "--left", gen.resolve("register.csv").toString(),
                "--left-columns", "id=id_number,full_name=user_name,birth=birth_year,citizen_id=id_number,"
                        + "commune=commune_code",
                "--right", gen.resolve("population.csv").toString(),
                "--right-columns", "id=citizen_id,full_name=full_name,birth=birth_date,citizen_id=citizen_id,"
                        + "old_id=old_id,commune=address",
                "--preset", "vn-person", "--one-match-per-left", "--out", pairs.toString()));
        runs.add(CliRun.of("evaluate", "--truth", gen.resolve("truth_register.csv").toString(), "--pairs",
                pairs.toString()));
        runs.add(CliRun.of("check-map", gen.resolve("map_new.geojson").toString(), "--out",
                out.resolve("qa").toString()));
        runs.add(CliRun.of("compare-maps", "--old", gen.resolve("map_old.geojson").toString(), "--new",
                gen.resolve("map_new.geojson").toString(), "--out", out.resolve("cmp").toString()));
        runs.add(CliRun.of("evaluate", "--truth", gen.resolve("truth_changes.csv").toString(), "--changes",
                out.resolve("cmp/changes.csv").toString()));
        runs.add(CliRun.of("reconcile", "--register", gen.resolve("register.csv").toString(), "--map",
                gen.resolve("map_new.geojson").toString(), "--old-map", gen.resolve("map_old.geojson").toString(),
                "--population", gen.resolve("population.csv").toString(), "--out", out.resolve("rec").toString()));
        for (CliRun run : runs) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertNoFullId("standard output", run.out());
            assertNoFullId("standard error", run.err());
        }
        assertThat(Files.readString(pairs)).contains("*******");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        assertThat(files).contains(out.resolve("rec/history.sqlite"));
        for (Path file : files) {
            // the run history is binary; SQLite stores text as it is, so its bytes read one to a char show any ID
            assertNoFullId(dir.relativize(file).toString(), Files.readString(file,
                    file.toString().endsWith(".sqlite") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        }
    }

    @Test
    void showIdsIsTheWayToAskForThem() {
        String id = ids.iterator().next();
        CliRun run = CliRun.of("normalize", "--show-ids", "name", "Trần Gia Chi (CCCD " + id + ")");
        assertThat(run.out()).contains(id);
    }

    private static void assertNoFullId(String where, String text) {
        // separators between digits removed, so "022 190 012 345" is found too
        String joined = text.replaceAll("(?<=[0-9])[ .\\-](?=[0-9])", "");
        for (String id : ids) {
            assertThat(joined.contains(id)).as("%s holds the citizen ID %s", where, id).isFalse();
        }
    }
}
