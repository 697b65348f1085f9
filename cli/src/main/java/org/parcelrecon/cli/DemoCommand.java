package org.parcelrecon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.score.ScoredRecord;
import org.parcelrecon.core.score.Status;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcelrecon demo}: checks the bundled sample register of Quảng Ninh (legacy-encoded names, spreadsheet-damaged
 * IDs, pre-merger commune codes, retired land-use codes) and writes the results to a folder.
 */
@Command(name = "demo",
        description = {"Check the bundled sample register.",
            "Writes records.csv, findings.csv and rejected.csv.",
            "The sample register was written before the 1 July 2025 commune merger."})
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "demo/register.csv";
    static final LocalDate SAMPLE_DATE = LocalDate.of(2025, 6, 30);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parcelrecon-demo",
            description = "Folder for the results (default: ${DEFAULT-VALUE}); created if absent.")
    Path out;

    @Override
    public Integer call() throws IOException {
        OutputFolder.prepare(out);
        // read from the jar, not copied to the output: the sample holds full citizen ID numbers
        RegisterCheck.Result result;
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the sample register is missing from the jar: " + SAMPLE);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                result = new RegisterCheck(SAMPLE_DATE).run(r);
            }
        }
        write(result);
        summarize(result, spec.commandLine().getOut());
        return 0;
    }

    private void write(RegisterCheck.Result result) throws IOException {
        try (CsvWriter records = CsvWriter.create(out.resolve("records.csv"), List.of("commune_code_as_written",
                "commune_code", "sheet", "plot", "lines", "status", "score", "reason_codes"));
             CsvWriter findings = CsvWriter.create(out.resolve("findings.csv"), List.of("commune_code", "sheet",
                     "plot", "reason_code", "severity", "message", "evidence"))) {
            for (ScoredRecord s : result.records()) {
                RecordKey k = s.key();
                records.row(text(k.communeCodeAsWritten()), text(k.communeCode()), text(k.sheet()), text(k.plot()),
                        joined(result.linesByKey().get(k)), s.status().name(), text(s.score().value()),
                        RegisterCheck.codes(s.findings()));
                for (Finding f : s.findings()) {
                    findings.row(text(k.communeCode()), text(k.sheet()), text(k.plot()), f.code().value(),
                            f.severity().name(), f.message(), f.evidence().toString());
                }
            }
        }
        try (CsvWriter rejected = CsvWriter.create(out.resolve("rejected.csv"), List.of("line", "reason", "row"))) {
            for (RegisterCheck.Rejected r : result.rejected()) {
                rejected.row(Long.toString(r.line()), r.reason(), r.raw());
            }
        }
    }

    /** A cell's text; null (an absent value) as empty. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private void summarize(RegisterCheck.Result result, PrintWriter w) {
        w.printf("parcelrecon demo: bundled sample register (%d rows, written before the 1 July 2025 merger)%n",
                result.rowsRead());
        int inRecords = 0;
        for (List<Long> lines : result.linesByKey().values()) {
            inRecords += lines.size();
        }
        w.printf("  %d rows in %d records, %d rows rejected (see rejected.csv): %d of %d rows accounted for%n",
                inRecords, result.records().size(), result.rejected().size(),
                inRecords + result.rejected().size(), result.rowsRead());
        for (Status s : Status.values()) {
            w.printf("  %-10s %d%n", s, result.statusCounts().getOrDefault(s, 0));
        }
        Map<String, Integer> byCode = new TreeMap<>();
        for (ScoredRecord s : result.records()) {
            for (Finding f : s.findings()) {
                byCode.merge(f.code().value(), 1, Integer::sum);
            }
        }
        w.println("  findings by reason:");
        byCode.forEach((code, n) -> w.printf("    %-28s %d%n", code, n));
        w.printf("  not checked without a map and a population: %s%n",
                String.join(", ", RegisterCheck.NEEDS_MAP_OR_POPULATION));
        w.printf("  results in %s (records.csv, findings.csv, rejected.csv); ID numbers are masked%n",
                out.toAbsolutePath());
        w.flush();
    }

    private static String joined(List<Long> lines) {
        StringBuilder b = new StringBuilder();
        for (Long l : lines) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(l);
        }
        return b.toString();
    }
}
