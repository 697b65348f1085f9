package org.parcelrecon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.parcelrecon.matching.Linker;

/**
 * {@code link --count-pairs}: the candidate pairs each blocking rule makes, alone (from the sizes of its blocks,
 * without visiting a pair) and added to the rules above it (each pair visited once and checked against the earlier
 * rules' keys), with the running total, as Splink's cumulative comparison counts. Nothing is scored.
 */
final class PairCounts {
    private PairCounts() {
    }

    static void print(PrintWriter out, Linker linker) {
        List<Linker.RuleCount> counts = linker.blockingRuleCounts();
        double possible = linker.isDedupe() ? (double) linker.leftSize() * (linker.leftSize() - 1) / 2
                : (double) linker.leftSize() * linker.rightSize();
        out.printf(Locale.ROOT, "%s: %,d x %,d records, %,.0f possible pairs%n",
                linker.isDedupe() ? "deduplicating" : "linking", linker.leftSize(), linker.rightSize(), possible);
        out.printf(Locale.ROOT, "%4s  %15s  %15s  %15s  %13s  %s%n", "rule", "pairs alone", "new pairs",
                "cumulative", "largest block", "blocking rule");
        long cumulative = 0;
        for (int i = 0; i < counts.size(); i++) {
            Linker.RuleCount c = counts.get(i);
            cumulative += c.newPairs();
            out.printf(Locale.ROOT, "%4d  %,15d  %,15d  %,15d  %,13d  %s%n", i + 1, c.pairs(), c.newPairs(),
                    cumulative, c.largestBlock(), c.rule());
        }
        if (counts.isEmpty()) {
            out.printf(Locale.ROOT, "no blocking rules: every one of the %,.0f possible pairs is a candidate%n",
                    possible);
        } else {
            out.printf(Locale.ROOT, "%,d candidate pairs (%.4g%% of the possible pairs)%n", cumulative,
                    possible == 0 ? 0 : 100 * cumulative / possible);
        }
        out.flush();
    }
}
