package org.parcelrecon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parcelrecon.benchmarks.scale.ProvinceLinkRun;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.ScoredPair;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.TrainingOptions;
import org.parcelrecon.matching.io.TableCsv;
import org.parcelrecon.matching.keys.KeyFunctions;
import org.parcelrecon.matching.vn.AdministrativeCommunes;
import org.parcelrecon.matching.vn.VietnamesePersonPreset;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/**
 * End-to-end linking of one generated commune ({@link ProvinceGenerator#sampleCommune}: Phường Hà Tu, about 2,000
 * parcels) with the province preset: the land users of its register against its population, as
 * {@link ProvinceLinkRun} reads them. Results are land users per second.
 * <ul>
 *   <li>{@code keysBlocksAndScore}: derive every key, build the block indexes, score every candidate pair with a
 *       model trained beforehand, keep one match per land user at 0.5: what a run costs once the model is
 *       trained;</li>
 *   <li>{@code trainAndScore}: the same with training first (u from 200,000 random pairs, m by EM, the prior):
 *       what linking a commune from scratch costs.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LinkingBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LinkingBenchmark {
    /** Land users linked per invocation: the sample commune's first ones (it has about 2,800). */
    static final int USERS = 2500;

    Table users;
    Table citizens;
    LinkageModel untrained;
    LinkageModel trained;
    KeyFunctions functions;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("parcelrecon-linking-benchmark");
        try {
            ProvinceGenerator.sampleCommune(dir);
            Table all = ProvinceLinkRun.users(TableCsv.read(dir.resolve("register.csv"),
                    ProvinceLinkRun.USER_COLUMNS.values()));
            if (all.size() < USERS) {
                throw new IllegalStateException("the sample commune has " + all.size() + " land users, fewer than "
                        + USERS);
            }
            users = all.filterRows(row -> row < USERS);
            citizens = TableCsv.read(dir.resolve("population.csv"), ProvinceLinkRun.CITIZEN_COLUMNS);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
        functions = VietnamesePersonPreset.keyFunctions(AdministrativeCommunes.of(AdministrativeUnits.quangNinh()));
        untrained = VietnamesePersonPreset.linkModelForProvince(VietnamesePersonPreset.Columns.defaults()
                .withOldCitizenId("old_id")).withProbabilityTwoRandomRecordsMatch(1.0 / citizens.size());
        trained = Linker.link(untrained, users, citizens, functions).train(options());
    }

    private static TrainingOptions options() {
        return TrainingOptions.defaults().withRandomPairs(200_000);
    }

    @Benchmark
    @OperationsPerInvocation(USERS)
    public List<ScoredPair> keysBlocksAndScore() {
        return Linker.link(trained, users, citizens, functions).withOneMatchPerLeft().pairs(0.5);
    }

    @Benchmark
    @OperationsPerInvocation(USERS)
    public List<ScoredPair> trainAndScore() {
        Linker linker = Linker.link(untrained, users, citizens, functions);
        return linker.withModel(linker.train(options())).withOneMatchPerLeft().pairs(0.5);
    }

    /** Checks the data before timing it: prints how many land users the trained model links. */
    public static void main(String[] args) throws IOException {
        LinkingBenchmark b = new LinkingBenchmark();
        b.setUp();
        System.out.println(b.users.size() + " land users, " + b.citizens.size() + " citizens, "
                + b.keysBlocksAndScore().size() + " linked at 0.5");
    }
}
