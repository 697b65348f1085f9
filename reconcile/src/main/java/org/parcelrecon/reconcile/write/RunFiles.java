package org.parcelrecon.reconcile.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.geometry.io.GeoJsonOutput;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.SummaryRow;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.RecordResult;
import org.parcelrecon.reconcile.decide.RowResult;
import org.parcelrecon.core.input.RejectedRow;

/**
 * Writes a run's results to a folder, for people, spreadsheets and QGIS. Every CSV goes through core's
 * {@link CsvWriter} (UTF-8 with a byte-order mark, formula-safe cells); ID numbers are masked unless the disclosure
 * says {@link IdDisclosure#FULL}.
 *
 * <table>
 *   <caption>Files</caption>
 *   <tr><th>file</th><th>one row per</th><th>columns</th></tr>
 *   <tr><td>{@value #RECORDS}</td><td>register row (then map parcels nobody registered, without a line)</td>
 *       <td>{@link #RECORD_COLUMNS}</td></tr>
 *   <tr><td>{@value #FINDINGS}</td><td>finding</td><td>{@link #FINDING_COLUMNS}; evidence as a JSON object</td></tr>
 *   <tr><td>{@value #REJECTED}</td><td>row or feature that could not be read</td><td>{@link #REJECTED_COLUMNS}</td></tr>
 *   <tr><td>{@value #SUMMARY}</td><td>area: the province, each commune, each sheet</td><td>{@link #SUMMARY_COLUMNS}</td></tr>
 *   <tr><td>{@value #FLAGGED}</td><td>map parcel of a record that is not CLEAN</td>
 *       <td>commune_code, sheet, plot, status, score, reason_codes, lines, map_parcel_id</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe: a call shares nothing with another but what it is given.
 */
public final class RunFiles {
    /** Verdicts, one row per register row. */
    public static final String RECORDS = "records.csv";
    /** Findings, one row each. */
    public static final String FINDINGS = "findings.csv";
    /** Rows and features that could not be read. */
    public static final String REJECTED = "rejected.csv";
    /** Progress by area. */
    public static final String SUMMARY = "summary.csv";
    /** The map parcels of records that are not clean, for QGIS. */
    public static final String FLAGGED = "flagged.geojson";

    /** {@value #RECORDS}'s columns. */
    public static final List<String> RECORD_COLUMNS = List.of("line", "row_no", "commune_code_as_written",
            "commune_code", "sheet", "plot", "status", "score", "reason_codes", "map_parcel_ids", "survey_change",
            "land_user", "citizen_id", "citizen_name", "match_probability");
    /** {@value #FINDINGS}'s columns. */
    public static final List<String> FINDING_COLUMNS = List.of("commune_code", "sheet", "plot", "lines",
            "reason_code", "severity", "message", "evidence");
    /** {@value #REJECTED}'s columns. */
    public static final List<String> REJECTED_COLUMNS = List.of("file", "line", "reason", "row");
    /** {@value #SUMMARY}'s columns. */
    public static final List<String> SUMMARY_COLUMNS = List.of("level", "commune_code", "sheet", "records",
            "register_rows", "clean", "review", "conflict", "incomplete", "share_clean", "top_reasons");

    private RunFiles() {
    }

    /**
     * Writes every file of a run that kept its communes into {@code dir} (created if absent).
     *
     * @param result a run's result with its communes kept
     * @param disclosure whether ID numbers are written in full or masked
     * @param dir the output folder
     * @throws IOException if a file cannot be written
     */
    public static void write(ReconcileResult result, IdDisclosure disclosure, Path dir) throws IOException {
        try (RunWriter out = RunWriter.open(dir, disclosure)) {
            for (CommuneResult c : result.communes()) {
                out.accept(c);
            }
            out.finish(result);
        }
    }

    static void records(CommuneResult c, IdDisclosure disclosure, CsvWriter csv) throws IOException {
        for (RecordResult r : c.records()) {
            RecordKey k = r.key();
            String status = r.status().name();
            String score = Integer.toString(r.scored().score().value());
            String reasons = codes(r.scored().findings());
            String parcels = String.join("|", r.mapParcelIds());
            String change = r.change().map(Enum::name).orElse("");
            if (r.rows().isEmpty()) {
                csv.row("", "", "", k.communeCode(), k.sheet(), k.plot(), status, score, reasons, parcels, change, "",
                        "", "", "");
                continue;
            }
            for (RowResult row : r.rows()) {
                Optional<UserLink> link = row.link();
                csv.row(Long.toString(row.line()), row.rowNo(), row.communeAsWritten(), k.communeCode(), k.sheet(),
                        k.plot(), status, score, reasons, parcels, change, row.landUser(),
                        link.map(l -> disclosure.apply(l.citizen().idNumber())).orElse(""),
                        link.map(l -> l.citizen().name()).orElse(""),
                        link.map(l -> fixed4(l.matchProbability())).orElse(""));
            }
        }
    }

    static void findings(CommuneResult c, CsvWriter csv) throws IOException {
        for (RecordResult r : c.records()) {
            RecordKey k = r.key();
            String lines = lines(r);
            for (Finding f : r.scored().findings()) {
                csv.row(k.communeCode(), k.sheet(), k.plot(), lines, f.code().value(), f.severity().name(),
                        f.message(), json(f));
            }
        }
    }

    static void writeRejected(ReconcileResult result, Path file) throws IOException {
        try (CsvWriter csv = CsvWriter.create(file, REJECTED_COLUMNS)) {
            for (RejectedRow r : result.rejected()) {
                csv.row(r.source(), Long.toString(r.line()), r.reason(), r.raw());
            }
        }
    }

    static void writeSummary(List<SummaryRow> rows, Path file, SummaryColumns extra) throws IOException {
        List<String> header = new ArrayList<>(SUMMARY_COLUMNS);
        header.addAll(extra.names());
        try (CsvWriter csv = CsvWriter.create(file, header)) {
            for (SummaryRow s : rows) {
                List<String> top = new ArrayList<>(s.topReasons().size());
                s.topReasons().forEach(t -> top.add(t.code() + " " + t.records()));
                List<String> cells = new ArrayList<>(header.size());
                Collections.addAll(cells, s.level(), s.communeCode(), s.sheet(), Long.toString(s.records()),
                        Long.toString(s.registerRows()), Long.toString(s.count(Status.CLEAN)),
                        Long.toString(s.count(Status.REVIEW)), Long.toString(s.count(Status.CONFLICT)),
                        Long.toString(s.count(Status.INCOMPLETE)),
                        String.format(Locale.ROOT, "%.4f", s.shareClean()), String.join("; ", top));
                cells.addAll(extra.values(s));
                csv.row(cells);
            }
        }
    }

    static void flagged(CommuneResult c, GeoJsonOutput json) throws IOException {
        List<ParcelFeature> features = c.features();
        for (RecordResult r : c.records()) {
            if (r.status() == Status.CLEAN) {
                continue;
            }
            for (int p : r.mapParcels()) {
                ParcelFeature f = features.get(p);
                json.startFeature(f.geometry());
                json.property("commune_code", r.key().communeCode());
                json.property("sheet", r.key().sheet());
                json.property("plot", r.key().plot());
                json.property("status", r.status().name());
                json.property("score", (long) r.scored().score().value());
                json.property("reason_codes", codes(r.scored().findings()));
                json.property("lines", lines(r));
                json.property("map_parcel_id", f.id());
                json.endFeature();
            }
        }
    }

    /**
     * {@return the record's distinct reason codes in finding order, joined with {@code ;}}
     *
     * @param findings one record's findings
     */
    public static String codes(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        List<String> seen = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String code = f.code().value();
            if (seen.contains(code)) {
                continue;
            }
            seen.add(code);
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(code);
        }
        return b.toString();
    }

    private static String lines(RecordResult r) {
        StringBuilder b = new StringBuilder();
        for (RowResult row : r.rows()) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(row.line());
        }
        return b.toString();
    }

    /**
     * The evidence as a JSON object of strings, written by hand: a province run writes millions of findings, and a
     * general JSON mapper per finding was a fifth of the writing time.
     */
    static String json(Finding f) {
        StringBuilder b = new StringBuilder(64);
        b.append('{');
        boolean first = true;
        for (java.util.Map.Entry<String, String> e : f.evidence().entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            quote(b, e.getKey());
            b.append(':');
            quote(b, e.getValue());
        }
        return b.append('}').toString();
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** A probability with four decimals, {@code 0.9871}, without a formatter per row. */
    static String fixed4(double p) {
        long v = Math.round(p * 10_000);
        String digits = Long.toString(v / 10_000) + '.' + (char) ('0' + v / 1000 % 10) + (char) ('0' + v / 100 % 10)
                + (char) ('0' + v / 10 % 10) + (char) ('0' + v % 10);
        return digits;
    }
}
