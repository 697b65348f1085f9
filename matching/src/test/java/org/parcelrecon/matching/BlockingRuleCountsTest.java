package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Linker#blockingRuleCounts()} (what {@code link --count-pairs} prints): each rule's pairs alone, counted from
 * its block sizes, and the pairs it adds to the rules before it, equal to counting every pair by brute force.
 */
class BlockingRuleCountsTest {

    @Property(tries = 30)
    void countsEqualBruteForceForLinksAndDeduplications(@ForAll @IntRange(min = 1, max = 60) int rows,
                                                         @ForAll long seed, @ForAll boolean dedupe) {
        SplittableRandom random = new SplittableRandom(seed);
        Table left = table(random, rows);
        Table right = dedupe ? left : table(random, 1 + random.nextInt(60));
        LinkageModel.Builder b = (dedupe ? LinkageModel.builder().dedupe() : LinkageModel.builder().link())
                .idColumn("id").blockOn(KeyRef.of("a")).blockOn(KeyRef.of("b"), KeyRef.of("c")).blockOn(KeyRef.of("c"))
                .comparison(Comparison.of("a", "a", "", ComparisonLevel.nullLevel(), ComparisonLevel.exact(),
                        ComparisonLevel.otherwise()));
        Linker linker = dedupe ? Linker.dedupe(b.build(), left) : Linker.link(b.build(), left, right);
        List<Linker.RuleCount> counts = linker.blockingRuleCounts();
        long[] alone = new long[3];
        long[] added = new long[3];
        for (int l = 0; l < linker.leftSize(); l++) {
            for (int r = dedupe ? l + 1 : 0; r < linker.rightSize(); r++) {
                List<Integer> rules = linker.rulesPairing(l, r);
                for (int rule : rules) {
                    alone[rule]++;
                }
                if (!rules.isEmpty()) {
                    added[rules.get(0)]++;
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            assertThat(counts.get(i).pairs()).as("rule %d alone", i).isEqualTo(alone[i]);
            assertThat(counts.get(i).newPairs()).as("rule %d added", i).isEqualTo(added[i]);
        }
        assertThat(added[0] + added[1] + added[2]).isEqualTo(linker.candidatePairCount());
    }

    private static Table table(SplittableRandom random, int rows) {
        Table.Builder t = Table.builder("id", "a", "b", "c");
        for (int i = 0; i < rows; i++) {
            t.addRow("r" + i, value(random, 5), value(random, 3), value(random, 4));
        }
        return t.build();
    }

    private static String value(SplittableRandom random, int distinct) {
        return random.nextInt(10) == 0 ? "" : "v" + random.nextInt(distinct);
    }
}
