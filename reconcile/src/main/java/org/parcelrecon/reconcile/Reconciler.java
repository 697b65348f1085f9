package org.parcelrecon.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.parcelrecon.core.rule.RuleConfig;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.score.RecordScorer;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.CommuneStep;
import org.parcelrecon.reconcile.decide.DecisionContext;
import org.parcelrecon.reconcile.link.LandUserLinker;
import org.parcelrecon.reconcile.link.LandUserLinks;
import org.parcelrecon.reconcile.link.LandUsers;
import org.parcelrecon.reconcile.map.CommuneMaps;
import org.parcelrecon.reconcile.map.SurveyMaps;
import org.parcelrecon.reconcile.read.PopulationReader;
import org.parcelrecon.reconcile.read.PopulationTable;
import org.parcelrecon.reconcile.read.RegisterEntry;
import org.parcelrecon.reconcile.read.RegisterField;
import org.parcelrecon.reconcile.read.RegisterReader;
import org.parcelrecon.reconcile.read.RegisterSpill;
import org.parcelrecon.core.input.RejectedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole run: register, cadastral map(s) and population in, a verdict per parcel out, by commune.
 *
 * <pre>{@code
 * ReconcileResult result = Reconciler.of(ReconcileSettings.defaults())
 *         .run(ReconcileInput.register(Path.of("register.csv"))
 *                 .withMap(Path.of("map_new.geojson")).withOldMap(Path.of("map_old.geojson"))
 *                 .withPopulation(Path.of("population.csv")), RunProgress.NONE);
 * result.province().count(Status.CLEAN);                          // clean parcels
 * RunFiles.write(result, IdDisclosure.MASKED, Path.of("out"));    // records.csv, summary.csv, ...
 * }</pre>
 *
 * <h2>Flow</h2>
 * <ol>
 *   <li>read, all at once: the register row by row ({@link RegisterReader}, each value parsed once), collecting its
 *       land users for linking and spilling its rows by commune to temporary files ({@link RegisterSpill}); the maps
 *       indexed by commune ({@link CommuneMaps}: a GeoJSON map is not held in memory); the population;</li>
 *   <li>link the land users to citizens, province-wide ({@link LandUserLinker}: a land user may live anywhere);</li>
 *   <li>commune by commune, a few at a time, results in commune-code order: read the commune's rows and parcels of
 *       both surveys, compare the surveys ({@link MapComparison}), resolve each register key on them
 *       ({@link SurveyMaps#match}) and decide ({@link CommuneStep}, a pure function of the commune's input and the
 *       shared read-only rules and links); hand the verdicts on and let them go.</li>
 * </ol>
 * Memory is the linking tables plus a few communes, not the province. Without a map the map rules do not run;
 * without a population the land-user rules do not ({@link ReconcileResult#skippedRules()}).
 *
 * <h2>Bad input</h2>
 * A register, population or map row that cannot be read is a {@link RejectedRow} with file, line and reason; the run
 * goes on. A file that cannot be read at all, or that holds no rows, is an {@link IOException} naming the file: a
 * run never succeeds on empty input.
 *
 * <p>Immutable and thread-safe. Each run uses its own threads and shuts them down: three that read files, and a
 * fork-join pool of {@link ReconcileSettings#parallelism()} threads in which all the parallel work runs (parsing the
 * register, linking, comparing surveys, deciding communes; the common pool is not used), so a host bounds a run's
 * CPU with {@link ReconcileSettings#withParallelism}. The sink is called one commune at a time, in order, from one
 * of the run's threads.
 */
public final class Reconciler {
    /** Rules that mean nothing without a map. */
    public static final List<String> MAP_RULES = List.of("MAP_PARCEL_MISSING", "REGISTER_ROW_MISSING",
            "MAP_GEOMETRY_INVALID", "AREA_MISMATCH", "PARCEL_CHANGED_SINCE_SURVEY", "RENUMBERED");
    /** Rules that mean nothing without a population. */
    public static final List<String> POPULATION_RULES = List.of("USER_NOT_FOUND", "USER_AMBIGUOUS",
            "USER_NAME_MISMATCH", "USER_BIRTH_YEAR_MISMATCH");

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final ReconcileSettings settings;

    private Reconciler(ReconcileSettings settings) {
        this.settings = settings;
    }

    /**
     * {@return a reconciler with these settings}
     *
     * @param settings rules, scoring, linking, map comparison and the run's parallelism
     */
    public static Reconciler of(ReconcileSettings settings) {
        return new Reconciler(Objects.requireNonNull(settings, "settings"));
    }

    /** {@return the settings} */
    public ReconcileSettings settings() {
        return settings;
    }

    /**
     * Runs and keeps every commune's verdicts in the result: for a commune or a district; a province run hands them
     * to a sink instead ({@link #run(ReconcileInput, RunProgress, CommuneSink)}).
     *
     * @throws IOException if an input file cannot be read at all, or holds no rows (the message names it)
     * @param input the register, and the maps and population when there are
     * @param progress told about each phase, from the run's threads
     * @return every commune's verdicts, the counts, the summary and the rejected rows
     */
    public ReconcileResult run(ReconcileInput input, RunProgress progress) throws IOException {
        List<CommuneResult> kept = new ArrayList<>();
        ReconcileResult r = run(input, progress, kept::add);
        return new ReconcileResult(r.registerSource(), r.registerRowsRead(), kept, r.rejected(), r.skippedRules(),
                r.persons(), r.linkedPersons(), r.summary());
    }

    /**
     * Runs, handing each commune's verdicts to {@code sink} as soon as it is decided, in commune-code order; the
     * result holds the counts, the summary and the rejected rows, not the communes.
     *
     * @throws IOException if an input file cannot be read at all, or holds no rows (the message names it), or the
     *                     sink fails
     * @param input the register, and the maps and population when there are
     * @param progress told about each phase, from the run's threads
     * @param sink gets each commune's verdicts, one commune at a time
     * @return the counts, the summary and the rejected rows
     */
    public ReconcileResult run(ReconcileInput input, RunProgress progress, CommuneSink sink) throws IOException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(sink, "sink");
        ExecutorService io = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "parcelrecon-read");
            t.setDaemon(true);
            return t;
        });
        RegisterReader reader = RegisterReader.of(settings.units(), settings.registerDate())
                .withColumns(input.registerColumns()).withEncoding(input.registerEncoding());
        // every parallel stream of the run (parsing, linking, comparing, deciding) runs in this pool, not the
        // common one: a host bounds the run's CPU with ReconcileSettings.withParallelism
        ForkJoinPool pool = new ForkJoinPool(settings.parallelism(), p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("parcelrecon-worker-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
        try (RegisterSpill spill = RegisterSpill.create()) {
            return pool.submit(() -> run(input, progress, sink, io, reader, spill, pool)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException ioe) {
                throw ioe;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        } finally {
            io.shutdownNow();
            pool.shutdownNow();
        }
    }

    private ReconcileResult run(ReconcileInput input, RunProgress progress, CommuneSink sink, ExecutorService io,
                                RegisterReader reader, RegisterSpill spill, ForkJoinPool pool) throws IOException {
        CompletableFuture<Optional<CommuneMaps>> newMap = async(io, () -> indexMap(input.map(), input, progress,
                "index map"));
        CompletableFuture<Optional<CommuneMaps>> oldMap = async(io, () -> indexMap(input.oldMap(), input, progress,
                "index old map"));
        CompletableFuture<Optional<PopulationTable>> population = async(io, () -> readPopulation(input, progress));

        LandUsers users = new LandUsers();
        List<RejectedRow> rejected = new ArrayList<>();
        List<RegisterEntry> split = new ArrayList<>();
        RegisterReader.Scan scan = timed(progress, "read register", () -> reader.scan(input.register(),
                spill.sink(new RegisterReader.Sink() {
                    /** The parcel's address column (its village tells the land user's namesakes apart), or -1. */
                    private int address = -1;

                    @Override
                    public void columns(Map<RegisterField, Integer> columns) {
                        address = columns.getOrDefault(RegisterField.ADDRESS, -1);
                    }

                    @Override
                    public void entry(RegisterEntry entry, List<String> cells) {
                        users.add(entry, address >= 0 && address < cells.size() ? cells.get(address) : null);
                        if (entry.communeCandidates().size() > 1) {
                            split.add(entry);
                        }
                    }

                    @Override
                    public void rejected(RejectedRow row) {
                        rejected.add(row);
                    }
                })), s -> s.rowsRead() + " rows, " + rejected.size() + " rejected");
        spill.finish();
        Optional<CommuneMaps> after = join(newMap);
        Optional<CommuneMaps> before = join(oldMap);
        Optional<PopulationTable> citizens = join(population);
        citizens.ifPresent(c -> rejected.addAll(c.rejected()));
        after.ifPresent(m -> rejected.addAll(m.indexProblems()));
        before.ifPresent(m -> rejected.addAll(m.indexProblems()));

        LandUserLinks links = link(users, citizens, progress);
        RecordScorer scorer = RecordScorer.of(ruleSet(after.isPresent(), citizens.isPresent()),
                settings.scoreModel());
        DecisionContext context = DecisionContext.of(scorer, links::link);
        Summary summary = new Summary();
        CommuneSink counted = c -> {
            summary.add(c);
            sink.accept(c);
        };
        java.util.Map<Long, String> splitRows = timed(progress, "place split-commune rows",
                () -> SplitCommuneRows.assign(split, after, settings.units()), m -> m.size() + " rows of pre-2025 communes that were split");
        CommuneWork work = new CommuneWork(settings, spill, after, before, context, splitRows, pool);
        timed(progress, "decide communes", () -> work.run(counted, rejected, progress),
                n -> n + " communes; " + work.timeSpent());

        List<String> skipped = new ArrayList<>();
        if (after.isEmpty()) {
            skipped.addAll(MAP_RULES);
        }
        if (citizens.isEmpty()) {
            skipped.addAll(POPULATION_RULES);
        }
        LOG.info("reconciled {} register rows", scan.rowsRead());
        return new ReconcileResult(scan.source(), scan.rowsRead(), List.of(), sortedRejections(rejected), skipped,
                links.personCount(), links.linkedCount(), summary.rows());
    }

    /** Rejected rows by file (register first, as found), each file's rows in line order. */
    private static List<RejectedRow> sortedRejections(List<RejectedRow> rows) {
        List<String> files = new ArrayList<>();
        rows.forEach(r -> {
            if (!files.contains(r.source())) {
                files.add(r.source());
            }
        });
        List<RejectedRow> out = new ArrayList<>(rows);
        out.sort(java.util.Comparator.comparingInt((RejectedRow r) -> files.indexOf(r.source()))
                .thenComparingLong(RejectedRow::line));
        return out;
    }

    private LandUserLinks link(LandUsers users, Optional<PopulationTable> citizens, RunProgress progress)
            throws IOException {
        if (citizens.isEmpty()) {
            return LandUserLinks.none();
        }
        return timed(progress, "link land users", () -> LandUserLinker.of(settings.units(), settings.linking())
                .link(users, citizens.get().citizens(), done -> progress.progress("link land users", done, 0)),
                l -> l.linkedCount() + " of " + l.personCount() + " persons linked");
    }

    private RuleSet ruleSet(boolean map, boolean population) {
        RuleSet.Builder rules = RuleSet.builder().add(settings.rules());
        if (settings.discoverRules()) {
            rules.discover();
        }
        RuleConfig config = settings.ruleConfig().orElse(RuleConfig.empty());
        rules.config(config.withIdDisclosure(settings.idDisclosure()));
        if (!map) {
            MAP_RULES.forEach(rules::disable);
        }
        if (!population) {
            POPULATION_RULES.forEach(rules::disable);
        }
        return rules.build();
    }

    private Optional<CommuneMaps> indexMap(Optional<Path> file, ReconcileInput input, RunProgress progress,
                                           String phase) throws IOException {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        CommuneMaps maps = timed(progress, phase, () -> CommuneMaps.open(file.get(), input.mapOptions(),
                settings.units()), m -> m.parcelCount() + " features in " + m.communes().size() + " communes");
        if (maps.parcelCount() == 0) {
            throw new IOException(file.get() + ": no parcel could be read from this map; check that it is a map of"
                    + " parcels (a GeoJSON FeatureCollection, a GeoPackage, or a CSV with a WKT column)");
        }
        return Optional.of(maps);
    }

    private Optional<PopulationTable> readPopulation(ReconcileInput input, RunProgress progress) throws IOException {
        if (input.population().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(timed(progress, "read population", () -> {
            return PopulationReader.defaults().withColumns(input.populationColumns())
                    .withEncoding(input.populationEncoding()).read(input.population().get());
        }, p -> p.citizens().size() + " citizens, " + p.rejected().size() + " rejected"));
    }

    /** Work that reads files. */
    @FunctionalInterface
    interface IoSupplier<T> {
        T get() throws IOException;
    }

    static <T> T timed(RunProgress progress, String phase, IoSupplier<T> work,
                       java.util.function.Function<T, String> detail) throws IOException {
        progress.started(phase);
        long start = System.nanoTime();
        T value = work.get();
        progress.finished(phase, detail.apply(value), (System.nanoTime() - start) / 1_000_000);
        return value;
    }

    private static <T> CompletableFuture<T> async(ExecutorService io, IoSupplier<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io);
    }

    static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
