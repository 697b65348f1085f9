package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parcelrecon.matching.eval.Evaluation;
import org.parcelrecon.matching.eval.Metrics;
import org.parcelrecon.matching.eval.TruthPairs;
import org.parcelrecon.matching.io.PairsCsv;
import org.parcelrecon.matching.io.TruthCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcelrecon evaluate}: precision, recall and F1 of scored pairs against the true pairs. */
@Command(name = "evaluate",
        description = {"Precision, recall and F1 of scored pairs against the true pairs.",
            "Pairs from 'link'; truth: a CSV whose first two columns are the ids of a true match.",
            "At a threshold and over a range of thresholds."})
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--truth", required = true, paramLabel = "CSV", description = "The true pairs.")
    Path truth;

    @Option(names = "--pairs", required = true, paramLabel = "CSV", description = "The scored pairs.")
    Path pairs;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Match threshold (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--unordered", description = "A pair (a, b) is the same as (b, a), as in deduplication.")
    boolean unordered;

    @Override
    public Integer call() throws IOException {
        TruthPairs t = TruthCsv.read(truth, unordered);
        PairsCsv.Result scored = PairsCsv.read(pairs);
        PrintWriter out = spec.commandLine().getOut();
        if (!scored.rejected().isEmpty()) {
            spec.commandLine().getErr().printf("parcelrecon: warning: %d rows of %s could not be read: %s%n",
                    scored.rejected().size(), pairs, scored.rejected().subList(0, Math.min(5, scored.rejected().size())));
        }
        Metrics at = Evaluation.evaluate(t, scored.pairs(), threshold);
        out.printf(Locale.ROOT, "threshold %.2f: precision %.4f, recall %.4f, F1 %.4f (TP %d, FP %d, FN %d; %d true pairs)%n",
                at.threshold(), at.precision(), at.recall(), at.f1(), at.truePositives(), at.falsePositives(),
                at.falseNegatives(), t.size());
        out.println("threshold,precision,recall,f1");
        List<Metrics> curve = Evaluation.curve(t, scored.pairs());
        for (Metrics m : curve) {
            out.printf(Locale.ROOT, "%.2f,%.4f,%.4f,%.4f%n", m.threshold(), m.precision(), m.recall(), m.f1());
        }
        Metrics best = Evaluation.bestF1(curve);
        out.printf(Locale.ROOT, "best F1 %.4f at threshold %.2f%n", best.f1(), best.threshold());
        out.flush();
        return 0;
    }
}
