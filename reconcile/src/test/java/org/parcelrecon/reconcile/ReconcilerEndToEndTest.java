package org.parcelrecon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.eval.GeneratedTruthCheck;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/** The whole run on a generated province, statuses compared with the generator's truth parcel by parcel. */
class ReconcilerEndToEndTest {
    @TempDir
    static Path dir;

    static ReconcileResult result;

    @BeforeAll
    static void reconcileAGeneratedProvince() throws IOException {
        ProvinceGenerator.of(GeneratorSettings.defaults().withParcels(6000).withSeed(11)).generate(dir);
        result = Reconciler.of(ReconcileSettings.defaults().withParallelism(2))
                .run(input(dir), RunProgress.NONE);
    }

    static ReconcileInput input(Path generated) {
        return ReconcileInput.register(generated.resolve("register.csv"))
                .withMap(generated.resolve("map_new.geojson"))
                .withOldMap(generated.resolve("map_old.geojson"))
                .withPopulation(generated.resolve("population.csv"));
    }

    @Test
    void parcelsWithoutInjectedErrorsComeOutClean() throws IOException {
        GeneratedTruthCheck.Scores s = GeneratedTruthCheck.score(result, dir);
        assertThat(s.noError()).as(s.toText()).isGreaterThan(1000);
        assertThat(s.cleanShare()).as(s.toText()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void parcelsCarryingAnErrorAPersonMustFixDoNotComeOutClean() throws IOException {
        GeneratedTruthCheck.Scores s = GeneratedTruthCheck.score(result, dir);
        assertThat(s.mustFix()).as(s.toText()).isGreaterThan(300);
        assertThat(s.flaggedShare()).as(s.toText()).isGreaterThanOrEqualTo(0.98);
        assertThat(s.perError().keySet()).as("every kind of error to fix occurs").isEqualTo(GeneratedTruthCheck.MUST_FIX);
    }

    @Test
    void everyMapParcelNobodyRegisteredIsReported() throws IOException {
        GeneratedTruthCheck.Scores s = GeneratedTruthCheck.score(result, dir);
        assertThat(s.unregistered()).isPositive();
        assertThat(s.unregisteredFound()).isEqualTo(s.unregistered());
    }

    @Test
    void everyRegisterRowIsInOneRecordOrRejected() {
        long inRecords = result.communes().stream().mapToLong(c -> c.registerRows()).sum();
        assertThat(inRecords + result.rejectedRegisterRows()).isEqualTo(result.registerRowsRead());
        assertThat(result.province().registerRows()).isEqualTo(inRecords);
        assertThat(result.skippedRules()).isEmpty();
    }

    @Test
    void theSameInputGivesTheSameVerdictsWhateverTheParallelism() throws IOException {
        ReconcileResult again = Reconciler.of(ReconcileSettings.defaults().withParallelism(1))
                .run(input(dir), RunProgress.NONE);
        assertThat(again.summary()).isEqualTo(result.summary());
        assertThat(again.communes()).isEqualTo(result.communes());
    }

    @Test
    void aRegisterAloneIsCheckedWithTheRulesThatNeedNeitherMapNorPopulation() throws IOException {
        ReconcileResult alone = Reconciler.of(ReconcileSettings.defaults())
                .run(ReconcileInput.register(dir.resolve("register.csv")), RunProgress.NONE);
        assertThat(alone.skippedRules()).containsAll(Reconciler.MAP_RULES).containsAll(Reconciler.POPULATION_RULES);
        assertThat(alone.province().registerRows()).isEqualTo(result.province().registerRows());
        assertThat(alone.province().count(Status.INCOMPLETE)).isZero();
        assertThat(alone.communes()).allSatisfy(c -> assertThat(c.features()).isEmpty());
    }
}
