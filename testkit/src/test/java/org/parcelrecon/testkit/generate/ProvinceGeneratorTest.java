package org.parcelrecon.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.evidence.ChangeClass;

class ProvinceGeneratorTest {
    /** Three communes (a phường, a xã, the unchanged Cái Chiên), small enough to run twice in a second. */
    private static final GeneratorSettings SMALL = GeneratorSettings.defaults().withParcels(3_000).withSeed(11)
            .withCommunes(List.of("06652", "06979", "06967"));

    @TempDir
    Path tmp;

    @Test
    void sameSettingsGiveByteIdenticalFilesWhateverTheThreadCount() throws IOException {
        GenerationReport one = ProvinceGenerator.of(SMALL.withThreads(1)).generate(tmp.resolve("one"));
        GenerationReport three = ProvinceGenerator.of(SMALL.withThreads(3)).generate(tmp.resolve("three"));
        for (OutputFile f : OutputFile.values()) {
            assertThat(Files.readAllBytes(three.file(f))).as(f.fileName()).isEqualTo(Files.readAllBytes(one.file(f)));
        }
        assertThat(three.registerRows()).isEqualTo(one.registerRows());
    }

    @Test
    void anotherSeedGivesOtherData() throws IOException {
        GenerationReport a = ProvinceGenerator.of(SMALL).generate(tmp.resolve("a"));
        GenerationReport b = ProvinceGenerator.of(SMALL.withSeed(12)).generate(tmp.resolve("b"));
        for (OutputFile f : List.of(OutputFile.REGISTER, OutputFile.MAP_NEW, OutputFile.POPULATION)) {
            assertThat(Files.readAllBytes(b.file(f))).as(f.fileName()).isNotEqualTo(Files.readAllBytes(a.file(f)));
        }
    }

    @Test
    void errorRatesDoNotMoveTheOldMap() throws IOException {
        // each concern draws from its own random stream: a clean register comes with the very same old map
        GenerationReport noisy = ProvinceGenerator.of(SMALL).generate(tmp.resolve("noisy"));
        GenerationReport clean = ProvinceGenerator.of(SMALL.withErrorRates(ErrorRates.none())).generate(tmp.resolve("clean"));
        assertThat(Files.readAllBytes(clean.file(OutputFile.MAP_OLD)))
                .isEqualTo(Files.readAllBytes(noisy.file(OutputFile.MAP_OLD)));
        assertThat(clean.errors().values()).allMatch(n -> n == 0);
        assertThat(noisy.errors().get(InjectedError.NAME_NO_DIACRITICS)).isPositive();
    }

    @Test
    void reportsProgressAfterEverySheetUpToThePlannedParcels() throws IOException {
        List<GenerationProgress> seen = new ArrayList<>();
        GenerationReport report = ProvinceGenerator.of(SMALL.withThreads(2)).generate(tmp, seen::add);
        assertThat(seen).hasSize(report.sheets());
        assertThat(seen).extracting(GenerationProgress::sheetsDone).isSorted();
        GenerationProgress last = seen.get(seen.size() - 1);
        assertThat(last.parcelsDone()).isEqualTo(3_000);
        assertThat(last.parcelsPlanned()).isEqualTo(3_000);
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(seen).extracting(GenerationProgress::communeCode).containsSubsequence("06652", "06979", "06967");
    }

    @Test
    void reportCountsMatchTheFiles() throws IOException {
        GenerationReport r = ProvinceGenerator.of(SMALL).generate(tmp);
        assertThat(lines(r.file(OutputFile.REGISTER)) - 1).isEqualTo(r.registerRows());
        assertThat(lines(r.file(OutputFile.POPULATION)) - 1).isEqualTo(r.citizens());
        assertThat(lines(r.file(OutputFile.TRUTH_REGISTER)) - 1).isEqualTo(r.registerRows());
        assertThat(lines(r.file(OutputFile.TRUTH_ERRORS)) - 1)
                .isEqualTo(r.errors().values().stream().mapToLong(Long::longValue).sum());
        assertThat(lines(r.file(OutputFile.TRUTH_CHANGES)) - 1)
                .isEqualTo(r.changes().values().stream().mapToLong(Long::longValue).sum());
        assertThat(lines(r.file(OutputFile.TRUTH_SHEETS)) - 1).isEqualTo(r.sheets());
        assertThat(GeneratedMaps.read(r.file(OutputFile.MAP_OLD))).hasSize((int) r.oldMapParcels());
        assertThat(GeneratedMaps.read(r.file(OutputFile.MAP_NEW))).hasSize((int) r.newMapParcels());
        // the old map has every base parcel but the NEW ones
        assertThat(r.oldMapParcels() + r.changes().get(ChangeClass.NEW)).isEqualTo(3_000);
    }

    @Test
    void writesHeadersAndAGeoJsonCollectionNamingTheCrs() throws IOException {
        GenerationReport r = ProvinceGenerator.of(SMALL).generate(tmp);
        for (OutputFile f : OutputFile.values()) {
            String first = Files.readAllLines(r.file(f)).get(0);
            if (f.isMap()) {
                assertThat(first).startsWith("{\"type\":\"FeatureCollection\",\"name\":\"" + f.fileName().replace(".geojson", ""))
                        .contains("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::5899\"}}");
            } else {
                assertThat(first).isEqualTo(String.join(",", f.columns()));
            }
        }
    }

    @Test
    void sampleCommuneIsAboutTwoThousandParcelsOfHaTu() throws IOException {
        GenerationReport r = ProvinceGenerator.sampleCommune(tmp);
        assertThat(r.settings().communes()).containsExactly(ProvinceGenerator.SAMPLE_COMMUNE);
        assertThat(r.newMapParcels()).isBetween(1_950L, 2_050L);
        assertThat(Files.readString(r.file(OutputFile.REGISTER))).contains("Phường Hà Tu");
    }

    @Test
    void rejectsSettingsThatCannotBeGenerated() {
        GeneratorSettings d = GeneratorSettings.defaults();
        assertThatThrownBy(() -> d.withParcels(0)).hasMessageContaining("parcels must be between 1");
        assertThatThrownBy(() -> d.withCommunes(List.of("06649"))).hasMessageContaining("06649 is not a current");
        assertThatThrownBy(() -> d.withCommunes(List.of("06652", "06652"))).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> d.withOldMapDistortion(2, 0.5)).hasMessageContaining("maxNoiseM");
        assertThatThrownBy(() -> d.withThreads(0)).hasMessageContaining("threads");
        assertThatThrownBy(() -> ProvinceGenerator.of(null)).isInstanceOf(NullPointerException.class);
    }

    private static long lines(Path file) throws IOException {
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }
}
