package org.parcelrecon.reconcile.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.reconcile.CommuneSink;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.RecordResult;
import org.parcelrecon.reconcile.history.RunHistory;

/**
 * Gathers what {@value #FILE} shows while a run's communes stream past (a {@link CommuneSink}, composed with the
 * run's files by {@link CommuneSink#both}), then writes the page ({@link #write}). What it keeps is bounded whatever
 * the province's size: the reason counts, at most {@code parcelsPerCommune} flagged parcels per commune as simplified
 * outlines, and at most {@code changesPerKind} changes of each kind from the comparison with the previous run
 * ({@link #changes()}, handed to the diff beside {@code diff.csv}).
 * <pre>{@code
 * ReportSink report = new ReportSink();
 * ReconcileResult result = reconciler.run(input, progress, CommuneSink.both(files, CommuneSink.both(campaign, report)));
 * RunDiff diff = DiffFiles.writePrevious(history, run, out, report.changes());
 * report.write(out.resolve(ReportSink.FILE), new ReportRun(title, Instant.now(), result, diff, campaign));
 * }</pre>
 * The page holds no personal data: parcel keys, statuses, reason codes and their explanations.
 *
 * <p>Not thread-safe: a run calls its sink on one thread.
 */
public final class ReportSink implements CommuneSink {
    /** The page's name in an output folder. */
    public static final String FILE = "report.html";
    /** The flagged parcels drawn per commune unless told otherwise. */
    public static final int DEFAULT_PARCELS_PER_COMMUNE = 200;
    /** The changes listed per kind unless told otherwise. */
    public static final int DEFAULT_CHANGES_PER_KIND = 100;

    private final int parcelsPerCommune;
    private final Map<String, Long> reasons = new HashMap<>();
    private final Map<String, String> firstMessages = new HashMap<>();
    private final Map<String, CommuneMap> maps = new TreeMap<>();
    private final ChangeSample changes;

    /** A sink with the default bounds. */
    public ReportSink() {
        this(DEFAULT_PARCELS_PER_COMMUNE, DEFAULT_CHANGES_PER_KIND);
    }

    /**
     * A sink with its own bounds.
     *
     * @param parcelsPerCommune the flagged parcels drawn per commune at most (the rest are counted)
     * @param changesPerKind    the changes listed per kind at most (the rest are counted, and all are in diff.csv)
     */
    public ReportSink(int parcelsPerCommune, int changesPerKind) {
        if (parcelsPerCommune < 0 || changesPerKind < 0) {
            throw new IllegalArgumentException("bounds must not be negative: parcels per commune " + parcelsPerCommune
                    + ", changes per kind " + changesPerKind);
        }
        this.parcelsPerCommune = parcelsPerCommune;
        this.changes = new ChangeSample(changesPerKind);
    }

    @Override
    public void accept(CommuneResult commune) {
        for (RecordResult r : commune.records()) {
            List<Finding> findings = r.scored().findings();
            List<String> seen = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                String code = f.code().value();
                if (!seen.contains(code)) {
                    seen.add(code);
                    reasons.merge(code, 1L, Long::sum);
                    firstMessages.putIfAbsent(code, f.message());
                }
            }
        }
        maps.computeIfAbsent(commune.communeCode(), c -> new CommuneMap(c, parcelsPerCommune)).add(commune);
    }

    /** {@return a sink for the comparison with the previous run, record by record (e.g. beside {@code diff.csv})} */
    public RunHistory.ChangeSink changes() {
        return changes;
    }

    /**
     * Writes the page to {@code file} (UTF-8), replacing it.
     *
     * @param file the HTML file to write
     * @param run  what the report says about the run besides what the sink saw
     * @throws IOException if the file cannot be written
     */
    public void write(Path file, ReportRun run) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            HtmlReport.render(run, reasons, firstMessages, List.copyOf(maps.values()), changes, out);
        }
    }
}
