package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.rule.RuleConfig;
import org.parcelrecon.core.text.TextFileEncoding;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.ReconcileSettings;
import org.parcelrecon.reconcile.Reconciler;
import org.parcelrecon.reconcile.RunProgress;
import org.parcelrecon.reconcile.SummaryRow;
import org.parcelrecon.reconcile.campaign.CampaignProfile;
import org.parcelrecon.reconcile.campaign.CampaignTally;
import org.parcelrecon.reconcile.history.DiffFiles;
import org.parcelrecon.reconcile.history.RunDiff;
import org.parcelrecon.reconcile.history.RunHistory;
import org.parcelrecon.reconcile.read.PopulationField;
import org.parcelrecon.reconcile.read.RegisterField;
import org.parcelrecon.reconcile.report.ReportSink;
import org.parcelrecon.reconcile.write.RunFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcelrecon reconcile}: the whole run, register, map(s) and population in, a verdict per parcel out.
 * A thin caller of {@link Reconciler} and {@link RunFiles}.
 */
@Command(name = "reconcile",
        description = {"Reconcile a land register with its cadastral map(s) and the population registry.",
            "Decides per parcel whether register, map and population agree (CLEAN, REVIEW, CONFLICT, INCOMPLETE) "
                + "and says why not. Writes records.csv (one row per register row), findings.csv, rejected.csv, "
                + "summary.csv (by commune and sheet), flagged.geojson (parcels that are not clean) and report.html "
                + "(one page to open in a browser: progress, reasons, a map, changes). Only the "
                + "register is required: without a map or a population the rules that need them do not run.",
            "Each run is recorded in a run history (--history) and compared with the run before it: diff.csv "
                + "lists the records that changed, and summary.csv gains the day-on-day columns."})
final class ReconcileCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--register", required = true, paramLabel = "CSV", description = "The land register.")
    Path register;

    @Option(names = "--map", paramLabel = "MAP", description = "The cadastral map of the current survey.")
    Path map;

    @Option(names = "--old-map", paramLabel = "MAP",
            description = "The map of the earlier survey: explains register keys the current map lacks.")
    Path oldMap;

    @Option(names = "--population", paramLabel = "CSV", description = "The population registry.")
    Path population;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reconcile-out",
            description = "Folder for the results (default: ${DEFAULT-VALUE}); created if absent.")
    Path out;

    @Option(names = "--crs", paramLabel = "CRS", description = "The maps' CRS when the files do not say.")
    String crs;

    @Option(names = "--register-columns", paramLabel = "FIELD=COLUMN", split = ",",
            description = "Register columns by name when their headers are not recognised, e.g. "
                + "sheet=SoTo,plot=SoThua. Fields: ${COMPLETION-CANDIDATES}.")
    Map<RegisterField, String> registerColumns = new EnumMap<>(RegisterField.class);

    @Option(names = "--population-columns", paramLabel = "FIELD=COLUMN", split = ",",
            description = "Population columns by name, e.g. citizen_id=SoDinhDanh. Fields: ${COMPLETION-CANDIDATES}.")
    Map<PopulationField, String> populationColumns = new EnumMap<>(PopulationField.class);

    @Option(names = "--register-encoding", paramLabel = "NAME", converter = EncodingOption.class,
            defaultValue = "auto", description = "The register's encoding: auto (default: UTF-8 with or without BOM, "
                + "UTF-16 with BOM, or a Vietnamese code page, detected), utf-8, utf-16, windows-1258, tcvn3, vni.")
    TextFileEncoding registerEncoding;

    @Option(names = "--population-encoding", paramLabel = "NAME", converter = EncodingOption.class,
            defaultValue = "auto", description = "The population's encoding, as --register-encoding.")
    TextFileEncoding populationEncoding;

    @Option(names = "--register-date", paramLabel = "YYYY-MM-DD",
            description = "When the register was written; commune codes are read as of that day (default: today).")
    LocalDate registerDate;

    @Option(names = "--rules", paramLabel = "JSON", description = "A rule configuration (see BuiltInRules).")
    Path rules;

    @Option(names = "--no-train", description = "Link with the preset's default weights instead of estimating them.")
    boolean noTrain;

    @Option(names = "--show-ids", description = "Write citizen ID numbers in full (default: masked, 022*******45).")
    boolean showIds;

    @Option(names = "--threads", paramLabel = "N", description = "Communes decided at once (default: processors).")
    Integer threads;

    @Option(names = "--history", paramLabel = "FILE",
            description = "The run history (SQLite) this run is recorded in and compared with; created if absent "
                + "(default: " + RunHistory.DEFAULT_FILE + " in --out).")
    Path history;

    @Option(names = "--profile", paramLabel = "JSON",
            description = "The campaign profile: which reason codes keep a parcel out of level 1 and which put it in "
                + "Group 2 or 3 (default: the bundled default-profile.json, see the README).")
    Path profile;

    @CommandLine.Mixin
    MapReadOptions read = new MapReadOptions();

    @CommandLine.Mixin
    UnitsOption units = new UnitsOption();

    @Override
    public Integer call() throws IOException {
        ReconcileSettings settings = ReconcileSettings.defaults()
                .withUnits(units.units())
                .withIdDisclosure(showIds ? IdDisclosure.FULL : IdDisclosure.MASKED)
                .withDiscoveredRules(true)
                .withLinking(ReconcileSettings.defaults().linking().withTrain(!noTrain));
        if (registerDate != null) {
            settings = settings.withRegisterDate(registerDate);
        }
        if (rules != null) {
            settings = settings.withRuleConfig(RuleConfig.load(rules));
        }
        if (threads != null) {
            settings = settings.withParallelism(threads);
        }
        ReconcileInput input = ReconcileInput.register(register).withRegisterColumns(registerColumns)
                .withPopulationColumns(populationColumns).withMapOptions(read.with(crs))
                .withRegisterEncoding(registerEncoding).withPopulationEncoding(populationEncoding);
        if (map != null) {
            input = input.withMap(map);
        }
        if (oldMap != null) {
            if (map == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--old-map is compared with the current map: give --map too");
            }
            input = input.withOldMap(oldMap);
        }
        if (population != null) {
            input = input.withPopulation(population);
        }
        CampaignTally campaign = new CampaignTally(profile == null ? CampaignProfile.defaults()
                : CampaignProfile.load(profile));
        OutputFolder.prepare(out);
        PrintWriter err = spec.commandLine().getErr();
        Path historyFile = history != null ? history : out.resolve(RunHistory.DEFAULT_FILE);
        RecordedRun.Outcome done = RecordedRun.execute(input, settings, Optional.ofNullable(rules), campaign, out,
                historyFile, new StderrProgress(err), err);
        ReconcileResult result = done.result();
        PrintWriter w = spec.commandLine().getOut();
        summarize("parcelrecon reconcile", result, out, w);
        List<Long> placed = campaign.counts(result.province());
        long records = result.province().records();
        w.printf(Locale.ROOT, "  level 1 (profile %s): %,d of %,d parcels (%.2f %%); group 2: %,d; group 3: %,d;"
                + " out of level 1 in no group: %,d%n", campaign.profile().name(), placed.get(0), records,
                records == 0 ? 100.0 : 100.0 * placed.get(0) / records, placed.get(1), placed.get(2), placed.get(3));
        dayOnDay(done.run(), done.diff(), historyFile, out, w);
        return 0;
    }

    /** The run's number in its history and what changed since the run before it. */
    static void dayOnDay(long run, RunDiff diff, Path historyFile, Path out, PrintWriter w) {
        if (diff.before().isEmpty()) {
            w.printf("  run %d in %s: the first, nothing to compare with%n", run, historyFile.toAbsolutePath());
        } else {
            RunDiff.Counts c = diff.province();
            w.printf(Locale.ROOT, "  run %d in %s; since run %d: %,d became clean, %,d regressed, %,d new,"
                    + " %,d vanished, %,d changed status (each in %s)%n", run, historyFile.toAbsolutePath(),
                    diff.before().getAsLong(), c.becameClean(), c.regressed(), c.appeared(), c.vanished(),
                    c.statusChanged(), out.resolve(DiffFiles.DIFF));
        }
        w.flush();
    }

    /** The one-screen summary of a run: rows accounted for, records per status, top reasons, where the files are. */
    static void summarize(String title, ReconcileResult result, Path out, PrintWriter w) {
        SummaryRow p = result.province();
        long rejected = result.rejectedRegisterRows();
        w.printf(Locale.ROOT, "%s: %s, %,d rows: %,d in %,d records, %,d rejected (%,d of %,d rows accounted for)%n",
                title, result.registerSource(), result.registerRowsRead(), p.registerRows(), p.records(), rejected,
                p.registerRows() + rejected, result.registerRowsRead());
        for (Status s : Status.values()) {
            w.printf(Locale.ROOT, "  %-10s %,10d  (%.2f %%)%n", s, p.count(s),
                    p.records() == 0 ? 0.0 : 100.0 * p.count(s) / p.records());
        }
        if (!p.topReasons().isEmpty()) {
            w.print("  top reasons:");
            p.topReasons().forEach(t -> w.printf(Locale.ROOT, " %s %,d;", t.code(), t.records()));
            w.println();
        }
        if (result.persons() > 0) {
            w.printf(Locale.ROOT, "  land users linked to a citizen: %,d of %,d persons%n", result.linkedPersons(),
                    result.persons());
        }
        if (!result.skippedRules().isEmpty()) {
            boolean noMap = result.skippedRules().containsAll(Reconciler.MAP_RULES);
            boolean noPopulation = result.skippedRules().containsAll(Reconciler.POPULATION_RULES);
            w.printf("  not checked without a %s: %s%n", noMap && noPopulation ? "map and a population"
                    : noMap ? "map" : "population", String.join(", ", result.skippedRules()));
        }
        if (!result.rejected().isEmpty()) {
            w.printf(Locale.ROOT, "  %,d rows or features could not be read: each is in %s with its reason%n",
                    result.rejected().size(), out.resolve(RunFiles.REJECTED));
        }
        w.printf("  results in %s (records.csv, findings.csv, summary.csv, rejected.csv, flagged.geojson);"
                + " ID numbers are %s%n", out.toAbsolutePath(), "masked unless --show-ids");
        w.printf("  report: %s (open it in a browser)%n", out.resolve(ReportSink.FILE).toAbsolutePath());
        w.flush();
    }

    /** Run progress as plain lines on standard error: a line per phase, and tenths of the long phases. */
    static final class StderrProgress implements RunProgress {
        private final PrintWriter err;
        private int lastTenth = -1;

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void progress(String phase, long done, long total) {
            if (total <= 0) {
                return;
            }
            int tenth = (int) (10 * done / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.printf(Locale.ROOT, "reconcile: %s: %d%% (%,d of %,d)%n", phase, tenth * 10, done, total);
                err.flush();
            }
        }

        @Override
        public synchronized void finished(String phase, String detail, long millis) {
            err.printf(Locale.ROOT, "reconcile: %s: %s (%.1f s)%n", phase, detail, millis / 1000.0);
            err.flush();
            lastTenth = -1;
        }
    }
}
