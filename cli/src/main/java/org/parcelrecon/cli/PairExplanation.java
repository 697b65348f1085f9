package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.matching.ComparisonLevel;
import org.parcelrecon.matching.Explanation;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.ScoredPair;

/**
 * {@code link --explain LEFT_ID RIGHT_ID}: why one pair scores as it does, from the library's {@link Explanation}:
 * the prior, then per comparison its level, the two compared values, the level's m and u and the weight it adds
 * (term frequency part included), and the match probability. Ids and values have citizen ID numbers masked unless
 * {@code --show-ids}.
 */
final class PairExplanation {
    private PairExplanation() {
    }

    static void print(PrintWriter out, Linker linker, String leftId, String rightId, IdDisclosure ids,
                      boolean oneMatchPerLeft) throws IOException {
        OptionalInt l = linker.leftRow(leftId);
        OptionalInt r = linker.rightRow(rightId);
        String side = linker.isDedupe() ? "the table" : "the right table";
        if (l.isEmpty()) {
            throw new IOException("--explain: no record with id '" + ids.applyWithin(leftId) + "' in the "
                    + (linker.isDedupe() ? "table" : "left table"));
        }
        if (r.isEmpty()) {
            throw new IOException("--explain: no record with id '" + ids.applyWithin(rightId) + "' in " + side);
        }
        ScoredPair pair = linker.score(l.getAsInt(), r.getAsInt());
        Explanation why = linker.explain(pair);
        out.printf(Locale.ROOT, "%s ~ %s: match probability %.6f, match weight %.2f = prior %.2f + the weights"
                + " below%n", ids.applyToKey(why.leftId()), ids.applyToKey(why.rightId()), why.matchProbability(),
                why.matchWeight(), why.priorWeight());
        if (!linker.isCandidate(l.getAsInt(), r.getAsInt())) {
            out.println("not a candidate pair: no blocking rule pairs these records, so 'link' never scores it");
        }
        if (oneMatchPerLeft) {
            out.println("this is the pair's own evidence; --one-match-per-left shares the match among the left"
                    + " record's candidates in the pairs it writes");
        }
        table(out, linker.model(), why, ids);
        out.flush();
    }

    /**
     * The explanation's comparisons as an aligned table: comparison, level, the two values, m, u, weight and its
     * term-frequency part; values with citizen ID numbers masked unless {@code ids} shows them.
     */
    static void table(PrintWriter out, LinkageModel model, Explanation why, IdDisclosure ids) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"comparison", "level", "left value", "right value", "m", "u", "weight",
            "of which term frequency"});
        for (Explanation.Contribution c : why.contributions()) {
            ComparisonLevel level = model.comparison(c.comparison()).orElseThrow().levels().get(c.level());
            rows.add(new String[] {c.comparison(), c.label(), ids.applyWithin(c.leftValue()),
                ids.applyWithin(c.rightValue()), level.isNull() ? "-" : String.format(Locale.ROOT, "%.4g", level.m()),
                level.isNull() ? "-" : String.format(Locale.ROOT, "%.4g", level.u()),
                String.format(Locale.ROOT, "%+.2f", c.weight()),
                c.termFrequencyWeight() == 0 ? "" : String.format(Locale.ROOT, "%+.2f", c.termFrequencyWeight())});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                b.append(' ').append(row[i]).append(" ".repeat(width[i] - row[i].length())).append(' ');
            }
            out.println(b.toString().stripTrailing());
        }
    }
}
