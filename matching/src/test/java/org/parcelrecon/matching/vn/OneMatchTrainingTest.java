package org.parcelrecon.matching.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.ScoredPair;
import org.parcelrecon.matching.TrainingOptions;

/** Training a linker that scores one match per land user, on generated land users of whom 10% are not citizens. */
class OneMatchTrainingTest {
    private static VietnamesePeople data;
    private static Linker plain;
    private static Linker oneMatch;

    @BeforeAll
    static void train() {
        data = VietnamesePeople.generate(30_000, 12_000, 0.1, 5);
        Linker linker = Linker.link(VietnamesePersonPreset.linkModelForProvince(VietnamesePersonPreset.Columns
                .defaults()), data.register, data.population);
        plain = linker.withModel(linker.train(TrainingOptions.defaults())).withOneMatchPerLeft();
        Linker one = linker.withOneMatchPerLeft();
        oneMatch = one.withModel(one.train(TrainingOptions.defaults()));
    }

    @Test
    void learnsTheShareOfLandUsersWhoseCitizenIsNoneOfTheirCandidates() {
        assertThat(plain.model().probabilityMatchNotAmongCandidates()).isNaN();
        double q = oneMatch.model().probabilityMatchNotAmongCandidates();
        double outsiders = 1 - (double) data.linkable / data.register.size();
        System.out.printf("one match per land user: q = %.4f, land users not in the population %.4f%n", q, outsiders);
        // the outsiders, plus citizens that blocking misses (neither ID nor birth year to block on)
        assertThat(q).isBetween(outsiders * 0.8, outsiders + 0.08);
    }

    @Test
    void learnsThatAnIdOfSomeoneElseIsStrongEvidenceAgainst() {
        // EM sessions train the ID only among pairs blocked on name, year and commune, where namesakes with other
        // IDs pass for matches with a wrong ID; competing for one match, and against "none", they do not
        double plainElse = idElse(plain.model());
        double oneMatchElse = idElse(oneMatch.model());
        System.out.printf("m of the ID's 'else': EM sessions %.3g, one match %.3g%n", plainElse, oneMatchElse);
        assertThat(oneMatchElse).isLessThan(plainElse);
    }

    @Test
    void linksMoreLandUsersWithoutLinkingMoreOutsiders() {
        int[] before = count(plain);
        int[] after = count(oneMatch);
        System.out.printf("links at 0.5: true %d -> %d, false %d -> %d, outsiders linked %d -> %d%n", before[0],
                after[0], before[1], after[1], before[2], after[2]);
        assertThat(after[0]).isGreaterThan(before[0]);
        assertThat((double) after[1] / (after[0] + after[1])).isLessThan(0.01);
        assertThat(after[2]).isLessThanOrEqualTo(Math.max(before[2] * 2, 10));
    }

    private static double idElse(LinkageModel model) {
        var levels = model.comparison("citizen_id").orElseThrow().levels();
        return levels.get(levels.size() - 1).m();
    }

    /** True links, false links, and land users outside the population linked, at 0.5. */
    private static int[] count(Linker linker) {
        Set<String> linkable = new HashSet<>();
        for (List<String> pair : data.truth.pairs()) {
            linkable.add(pair.get(0));
        }
        int[] n = new int[3];
        for (ScoredPair p : linker.pairs(0.5)) {
            if (data.truth.contains(p.leftId(), p.rightId())) {
                n[0]++;
            } else {
                n[1]++;
                if (!linkable.contains(p.leftId())) {
                    n[2]++;
                }
            }
        }
        return n;
    }
}
