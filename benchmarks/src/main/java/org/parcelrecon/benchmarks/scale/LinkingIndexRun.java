package org.parcelrecon.benchmarks.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.matching.IndexCandidate;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.LinkingIndex;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.TrainingOptions;
import org.parcelrecon.matching.io.TableCsv;
import org.parcelrecon.matching.keys.KeyFunctions;
import org.parcelrecon.matching.vn.AdministrativeCommunes;
import org.parcelrecon.matching.vn.VietnamesePersonPreset;

/**
 * Builds, saves and loads the {@link LinkingIndex} of a generated province's population, and measures each step:
 * <ul>
 *   <li>{@code build DIR FILE}: reads the folder {@code parcelrecon generate} writes as {@link ProvinceLinkRun}
 *       does, trains the province preset as the batch run trains it (u from 10⁶ random pairs, m by EM, λ), one match
 *       per land user, builds the index from the trained linker and saves it; prints the time of each step and the
 *       file's size;</li>
 *   <li>{@code load FILE}: loads the index in a fresh JVM and prints the load time and the heap it holds (heap used
 *       after a full collection, minus the same before loading), then answers the first land users of the register
 *       as a check.</li>
 * </ul>
 * Per-record latency is {@link org.parcelrecon.benchmarks.LinkingIndexBenchmark}'s job (JMH).
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar org.parcelrecon.benchmarks.scale.LinkingIndexRun
 * build /tmp/gen21 /tmp/linkidx/gen21.idx}, then {@code ... LinkingIndexRun load /tmp/linkidx/gen21.idx}.
 */
public final class LinkingIndexRun {
    private LinkingIndexRun() {
    }

    /** The key functions the province preset is built and loaded with (Quảng Ninh's communes, as generated). */
    public static KeyFunctions keyFunctions() {
        return VietnamesePersonPreset.keyFunctions(AdministrativeCommunes.of(AdministrativeUnits.quangNinh()));
    }

    /** Runs; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("build")) {
            build(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 2 && args[0].equals("load")) {
            load(Path.of(args[1]));
        } else {
            System.err.println("usage: LinkingIndexRun build DIR FILE | load FILE");
            System.exit(2);
        }
    }

    private static void build(Path dir, Path file) throws IOException {
        long t = System.nanoTime();
        CompletableFuture<Table> registerRead = CompletableFuture.supplyAsync(() -> {
            try {
                return TableCsv.read(dir.resolve("register.csv"), ProvinceLinkRun.USER_COLUMNS.values());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Table citizens = TableCsv.read(dir.resolve("population.csv"), ProvinceLinkRun.CITIZEN_COLUMNS);
        Table users = ProvinceLinkRun.users(registerRead.join());
        t = phase("read tables (and drop organisations)", t);
        System.out.printf(Locale.ROOT, "  %,d land users, %,d citizens%n", users.size(), citizens.size());
        LinkageModel model = VietnamesePersonPreset.linkModelForProvince(VietnamesePersonPreset.Columns.defaults()
                .withOldCitizenId("old_id")).withProbabilityTwoRandomRecordsMatch(1.0 / citizens.size());
        Linker linker = Linker.link(model, users, citizens, keyFunctions());
        t = phase("derive keys and block", t);
        linker = linker.withModel(linker.train(TrainingOptions.defaults())).withOneMatchPerLeft();
        t = phase("train (u, m by EM, prior)", t);
        LinkingIndex index = LinkingIndex.of(linker);
        t = phase("build the index from the trained linker", t);
        Files.createDirectories(file.toAbsolutePath().getParent());
        index.save(file);
        phase("save", t);
        System.out.printf(Locale.ROOT, "  %s: %,d bytes (%.1f MB), %,d citizens%n", file, Files.size(file),
                Files.size(file) / 1e6, index.size());
    }

    private static void load(Path file) throws IOException {
        long before = liveHeap();
        long t = System.nanoTime();
        LinkingIndex index = LinkingIndex.load(file, keyFunctions());
        phase("load", t);
        long after = liveHeap();
        System.out.printf(Locale.ROOT, "  heap held by the index (after full GC): %,d MB (%,d MB before, %,d MB"
                + " after); peak RSS %s%n", (after - before) >> 20, before >> 20, after >> 20, RunMeasures.peakRss());
        List<IndexCandidate> who = index.query(java.util.Map.of("id", "check", "full_name", "Nguyễn Văn An",
                "birth", "1971", "commune", "Hạ Long"), 0.0, 3);
        System.out.println("  check query (Nguyễn Văn An, 1971, Hạ Long): " + who.size() + " candidates");
    }

    /** Heap used after a full collection. */
    static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long phase(String name, long since) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-45s %8.2f s%n", name, (now - since) / 1e9);
        System.out.flush();
        return now;
    }
}
