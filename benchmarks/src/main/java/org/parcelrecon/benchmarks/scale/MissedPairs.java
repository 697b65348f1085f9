package org.parcelrecon.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.ScoredPair;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.eval.TruthPairs;
import org.parcelrecon.matching.io.TableCsv;

/**
 * Where a province run's recall and precision go ({@code ProvinceLinkRun --misses}): each missed true pair put in
 * one class by whether blocking made it a candidate, whether its land user had other candidates (competitors at
 * 0.01 or more), and the levels of its ID, birth and commune comparisons; each false link by whether its land user
 * is in the population at all (the generator's {@code USER_NOT_IN_POPULATION}: links of those can only be false).
 */
final class MissedPairs {
    private MissedPairs() {
    }

    /** The land users that the truth says are persons missing from the population. */
    static Set<String> notInPopulation(Path truthRegister) throws IOException {
        Table t = TableCsv.read(truthRegister, List.of("row_no", "user_kind", "in_population"));
        Set<String> out = new HashSet<>();
        for (int row = 0; row < t.size(); row++) {
            if (t.value(row, "user_kind").orElse("").equals("PERSON")
                    && t.value(row, "in_population").orElse("").equals("false")) {
                out.add(t.value(row, "row_no").orElseThrow());
            }
        }
        return out;
    }

    /**
     * Prints the classes of missed true pairs and of false links.
     *
     * @param linker the scoring linker (one match per land user or not)
     * @param scored every pair at 0.01 or more
     * @param truth the true pairs
     * @param absent land users not in the population
     */
    static void print(Linker linker, List<ScoredPair> scored, TruthPairs truth, Set<String> absent) {
        Map<Integer, List<ScoredPair>> byLeft = new HashMap<>();
        for (ScoredPair p : scored) {
            byLeft.computeIfAbsent(p.leftRow(), k -> new ArrayList<>(2)).add(p);
        }
        List<String> names = linker.comparisonNames();
        int id = names.indexOf("citizen_id");
        int birth = names.indexOf("birth");
        int commune = names.indexOf("commune");
        int address = names.indexOf("address");
        Map<String, Integer> classes = new TreeMap<>();
        int missed = 0;
        for (List<String> pair : truth.pairs()) {
            OptionalInt l = linker.leftRow(pair.get(0));
            OptionalInt r = linker.rightRow(pair.get(1));
            if (l.isEmpty() || r.isEmpty()) {
                continue;
            }
            List<ScoredPair> mine = byLeft.getOrDefault(l.getAsInt(), List.of());
            ScoredPair found = null;
            for (ScoredPair p : mine) {
                if (p.rightRow() == r.getAsInt()) {
                    found = p;
                }
            }
            if (found != null && found.matchProbability() >= 0.5) {
                continue;
            }
            missed++;
            ScoredPair alone = linker.score(l.getAsInt(), r.getAsInt());
            String kind;
            if (!linker.isCandidate(l.getAsInt(), r.getAsInt())) {
                kind = "not a candidate";
            } else {
                int others = mine.size() - (found == null ? 0 : 1);
                kind = others > 0 ? "candidate, other candidates" : found == null ? "candidate below 0.01, no other"
                        : "candidate, no other";
            }
            StringBuilder b = new StringBuilder(kind);
            b.append(" | id ").append(label(linker, alone, id)).append(" | birth ").append(label(linker, alone, birth))
                    .append(" | commune ").append(label(linker, alone, commune));
            if (address >= 0) {
                b.append(" | address ").append(label(linker, alone, address));
            }
            classes.merge(b.toString(), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "  %,d true pairs missed at 0.5, by class (count, class):%n", missed);
        classes.entrySet().stream().sorted((a, c) -> c.getValue() - a.getValue()).limit(80)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %,9d  %s%n", e.getValue(), e.getKey()));
        long falseLinks = 0;
        long absentLinks = 0;
        Set<String> absentLinked = new HashSet<>();
        Map<String, Integer> falseClasses = new TreeMap<>();
        for (ScoredPair p : scored) {
            if (p.matchProbability() >= 0.5 && !truth.contains(p.leftId(), p.rightId())) {
                falseLinks++;
                boolean out = absent.contains(p.leftId());
                if (out) {
                    absentLinks++;
                    absentLinked.add(p.leftId());
                }
                int others = byLeft.get(p.leftRow()).size() - 1;
                falseClasses.merge((out ? "not in population" : "in population") + (others > 0
                        ? ", other candidates" : ", no other") + " | id " + label(linker, p, id) + " | birth "
                        + label(linker, p, birth) + " | commune " + label(linker, p, commune)
                        + (address >= 0 ? " | address " + label(linker, p, address) : ""), 1, Integer::sum);
            }
        }
        System.out.println("  false links at 0.5 by class (count, class):");
        falseClasses.entrySet().stream().sorted((a, c) -> c.getValue() - a.getValue()).limit(15)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %,9d  %s%n", e.getValue(), e.getKey()));
        System.out.printf(Locale.ROOT, "  false links at 0.5: %,d, of which %,d from land users not in the population"
                + " (%,d of %,d such land users linked: %.4f)%n", falseLinks, absentLinks, absentLinked.size(),
                absent.size(), absent.isEmpty() ? 0.0 : (double) absentLinked.size() / absent.size());
    }

    private static String label(Linker linker, ScoredPair pair, int comparison) {
        return comparison < 0 ? "-" : linker.levelLabel(comparison, pair.level(comparison));
    }
}
