package org.parcelrecon.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.parcelrecon.core.rule.RuleConfig;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.score.RecordScorer;
import org.parcelrecon.geometry.compare.ComparisonResult;
import org.parcelrecon.geometry.compare.MapComparison;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.RejectedFeature;
import org.parcelrecon.reconcile.decide.CommuneInput;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.CommuneStep;
import org.parcelrecon.reconcile.decide.DecisionContext;
import org.parcelrecon.reconcile.decide.ResolvedEntry;
import org.parcelrecon.reconcile.link.LandUserLinker;
import org.parcelrecon.reconcile.link.LandUserLinks;
import org.parcelrecon.reconcile.map.MapMatch;
import org.parcelrecon.reconcile.map.SurveyMaps;
import org.parcelrecon.reconcile.read.PopulationReader;
import org.parcelrecon.reconcile.read.PopulationTable;
import org.parcelrecon.reconcile.read.RegisterEntry;
import org.parcelrecon.reconcile.read.RegisterReader;
import org.parcelrecon.reconcile.read.RegisterTable;
import org.parcelrecon.reconcile.read.RejectedRow;
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
 * result.province().count(Status.CLEAN);            // clean parcels
 * ResultFiles.write(result, settings, Path.of("out"));  // records.csv, findings.csv, summary.csv, ...
 * }</pre>
 *
 * <h2>Flow</h2>
 * <ol>
 *   <li>read: the register ({@link RegisterReader}), the maps ({@link ParcelFiles}) and the population
 *       ({@link PopulationReader}) at once, each value parsed once;</li>
 *   <li>compare the old survey with the new one ({@link MapComparison}), when both are given;</li>
 *   <li>link the land users to citizens province-wide ({@link LandUserLinker});</li>
 *   <li>resolve each register key on the maps ({@link SurveyMaps#match}) and group rows and unregistered map parcels
 *       by today's commune;</li>
 *   <li>decide each commune ({@link CommuneStep}, a pure function of the commune's input and the shared read-only
 *       context), communes in parallel, results in commune-code order.</li>
 * </ol>
 * Without a map, the map rules do not run; without a population, the land-user rules do not (the result lists
 * them: {@link ReconcileResult#skippedRules()}).
 *
 * <h2>Bad input</h2>
 * A register, population or map row that cannot be read is a {@link RejectedRow} with file, line and reason; the run
 * goes on. A file that cannot be read at all, or that holds no rows, is an {@link IOException} naming the file: a
 * run never succeeds on empty input.
 *
 * <p>Immutable and thread-safe. Each run uses its own threads, at most {@link ReconcileSettings#parallelism()} for
 * deciding communes; linking and map comparison use the common fork-join pool.
 */
public final class Reconciler {
    /** Rules that mean nothing without a map. */
    public static final List<String> MAP_RULES = List.of("MAP_PARCEL_MISSING", "REGISTER_ROW_MISSING",
            "AREA_MISMATCH", "PARCEL_CHANGED_SINCE_SURVEY", "RENUMBERED");
    /** Rules that mean nothing without a population. */
    public static final List<String> POPULATION_RULES = List.of("USER_NOT_FOUND", "USER_AMBIGUOUS",
            "USER_NAME_MISMATCH", "USER_BIRTH_YEAR_MISMATCH");

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final ReconcileSettings settings;

    private Reconciler(ReconcileSettings settings) {
        this.settings = settings;
    }

    /** A reconciler with these settings. */
    public static Reconciler of(ReconcileSettings settings) {
        return new Reconciler(Objects.requireNonNull(settings, "settings"));
    }

    /** The settings. */
    public ReconcileSettings settings() {
        return settings;
    }

    /**
     * Runs.
     *
     * @throws IOException if an input file cannot be read at all, or holds no rows (the message names it)
     */
    public ReconcileResult run(ReconcileInput input, RunProgress progress) throws IOException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(progress, "progress");
        ExecutorService io = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "parcelrecon-read");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(input, progress, io);
        } finally {
            io.shutdownNow();
        }
    }

    private ReconcileResult run(ReconcileInput input, RunProgress progress, ExecutorService io) throws IOException {
        CompletableFuture<Optional<ParcelLayer>> newMap = async(io, () -> readMap(input.map(), input, progress,
                "read map"));
        CompletableFuture<Optional<ParcelLayer>> oldMap = async(io, () -> readMap(input.oldMap(), input, progress,
                "read old map"));
        CompletableFuture<Optional<PopulationTable>> population = async(io, () -> readPopulation(input, progress));
        RegisterTable register = timed(progress, "read register", () -> {
            RegisterReader reader = RegisterReader.of(settings.units(), settings.registerDate())
                    .withColumns(input.registerColumns());
            if (input.registerEncoding().isPresent()) {
                reader = reader.withEncoding(input.registerEncoding().get());
            }
            return reader.read(input.register());
        }, t -> t.entries().size() + " rows, " + t.rejected().size() + " rejected");
        Optional<ParcelLayer> after = join(newMap);
        Optional<ParcelLayer> before = join(oldMap);
        Optional<PopulationTable> citizens = join(population);

        Optional<SurveyMaps> maps = Optional.empty();
        if (after.isPresent()) {
            if (before.isPresent()) {
                ComparisonResult comparison = timed(progress, "compare surveys",
                        () -> MapComparison.compare(before.get(), after.get(), settings.compareOptions()),
                        c -> c.groups().size() + " change groups");
                maps = Optional.of(SurveyMaps.of(after.get(), before.get(), comparison, settings.units()));
            } else {
                maps = Optional.of(SurveyMaps.of(after.get(), settings.units()));
            }
        }

        LandUserLinks links = link(register, citizens, progress);
        RecordScorer scorer = RecordScorer.of(ruleSet(after.isPresent(), citizens.isPresent()),
                settings.scoreModel());
        List<CommuneInput> communes = partition(register, maps);
        Optional<SurveyMaps> mapsFinal = maps;
        DecisionContext context = DecisionContext.of(scorer, links::link,
                i -> mapsFinal.orElseThrow().mapParcel(i));
        List<CommuneResult> results = timed(progress, "decide communes", () -> decide(communes, context, progress),
                r -> r.size() + " communes");

        Summary summary = new Summary();
        results.forEach(summary::add);
        List<RejectedRow> rejected = new ArrayList<>(register.rejected());
        citizens.ifPresent(c -> rejected.addAll(c.rejected()));
        after.ifPresent(m -> rejected.addAll(rejectedFeatures(m)));
        before.ifPresent(m -> rejected.addAll(rejectedFeatures(m)));
        List<String> skipped = new ArrayList<>();
        if (after.isEmpty()) {
            skipped.addAll(MAP_RULES);
        }
        if (citizens.isEmpty()) {
            skipped.addAll(POPULATION_RULES);
        }
        LOG.info("reconciled {} register rows in {} communes", register.rowsRead(), results.size());
        return new ReconcileResult(register.source(), register.rowsRead(), results, rejected, skipped, after,
                links.personCount(), links.linkedCount(), summary.rows());
    }

    private LandUserLinks link(RegisterTable register, Optional<PopulationTable> citizens, RunProgress progress)
            throws IOException {
        List<RegisterEntry> entries = register.entries();
        if (citizens.isEmpty()) {
            int[] first = new int[entries.size()];
            int users = 0;
            for (int e = 0; e < entries.size(); e++) {
                first[e] = users;
                users += entries.get(e).row().landUsers().size();
            }
            return LandUserLinks.none(first, users);
        }
        return timed(progress, "link land users", () -> {
            LandUserLinker linker = LandUserLinker.of(settings.units(), settings.linking());
            return linker.link(entries, citizens.get().citizens(),
                    done -> progress.progress("link land users", done, 0));
        }, l -> l.linkedCount() + " of " + l.personCount() + " persons linked");
    }

    /** Register rows and unregistered map parcels grouped by today's commune, in commune-code order. */
    private static List<CommuneInput> partition(RegisterTable register, Optional<SurveyMaps> maps) {
        Map<String, List<ResolvedEntry>> entries = new TreeMap<>();
        BitSet claimed = new BitSet();
        List<RegisterEntry> all = register.entries();
        for (int i = 0; i < all.size(); i++) {
            RegisterEntry e = all.get(i);
            MapMatch match = maps.isPresent() ? maps.get().match(e.communeCandidates(), e.sheetPlot())
                    : new MapMatch(e.communeCandidates().get(0), List.of(), Optional.empty());
            for (int p : match.newParcels()) {
                claimed.set(p);
            }
            entries.computeIfAbsent(match.communeCode(), k -> new ArrayList<>()).add(new ResolvedEntry(i, e, match));
        }
        Map<String, List<Integer>> unregistered = new TreeMap<>();
        if (maps.isPresent()) {
            int n = maps.get().newMap().features().size();
            for (int p = claimed.nextClearBit(0); p < n; p = claimed.nextClearBit(p + 1)) {
                unregistered.computeIfAbsent(maps.get().communeOf(p), k -> new ArrayList<>()).add(p);
            }
        }
        TreeMap<String, CommuneInput> out = new TreeMap<>();
        for (Map.Entry<String, List<ResolvedEntry>> e : entries.entrySet()) {
            out.put(e.getKey(), new CommuneInput(e.getKey(), e.getValue(),
                    unregistered.getOrDefault(e.getKey(), List.of())));
        }
        for (Map.Entry<String, List<Integer>> u : unregistered.entrySet()) {
            out.putIfAbsent(u.getKey(), new CommuneInput(u.getKey(), List.of(), u.getValue()));
        }
        return List.copyOf(out.values());
    }

    private List<CommuneResult> decide(List<CommuneInput> communes, DecisionContext context, RunProgress progress) {
        ForkJoinPool pool = new ForkJoinPool(settings.parallelism());
        try {
            java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
            return pool.submit(() -> communes.parallelStream().map(c -> {
                CommuneResult r = CommuneStep.decide(c, context);
                progress.progress("decide communes", done.incrementAndGet(), communes.size());
                return r;
            }).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding communes", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
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

    private Optional<ParcelLayer> readMap(Optional<Path> file, ReconcileInput input, RunProgress progress,
                                          String phase) throws IOException {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        ParcelLayer layer = timed(progress, phase, () -> ParcelFiles.read(file.get(), input.mapOptions()),
                l -> l.features().size() + " parcels, " + l.rejected().size() + " rejected");
        if (layer.features().isEmpty()) {
            throw new IOException(file.get() + ": no parcel could be read from this map ("
                    + layer.rejected().size() + " features rejected); check that it is a map of parcels");
        }
        return Optional.of(layer);
    }

    private Optional<PopulationTable> readPopulation(ReconcileInput input, RunProgress progress) throws IOException {
        if (input.population().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(timed(progress, "read population", () -> {
            PopulationReader reader = PopulationReader.defaults().withColumns(input.populationColumns());
            if (input.populationEncoding().isPresent()) {
                reader = reader.withEncoding(input.populationEncoding().get());
            }
            return reader.read(input.population().get());
        }, p -> p.citizens().size() + " citizens, " + p.rejected().size() + " rejected"));
    }

    private static List<RejectedRow> rejectedFeatures(ParcelLayer layer) {
        List<RejectedRow> out = new ArrayList<>(layer.rejected().size());
        for (RejectedFeature f : layer.rejected()) {
            long line = f.line() > 0 ? f.line() : f.index() + 1L;
            String id = f.id().map(i -> " (id " + i + ")").orElse("");
            out.add(new RejectedRow(f.source(), line, f.reason() + id + ": " + f.message(), ""));
        }
        return out;
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T timed(RunProgress progress, String phase, IoSupplier<T> work,
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

    private static <T> T join(CompletableFuture<T> future) throws IOException {
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
