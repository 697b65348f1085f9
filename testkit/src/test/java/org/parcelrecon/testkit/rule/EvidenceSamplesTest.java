package org.parcelrecon.testkit.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.rule.builtin.BuiltInRules;
import org.parcelrecon.core.score.RecordScorer;
import org.parcelrecon.core.score.Status;

class EvidenceSamplesTest {
    @Test
    void cleanSamplesAreCleanForEveryBuiltInRule() {
        RuleTester builtIns = RuleTester.forRules(BuiltInRules.all());
        for (ParcelSample sample : EvidenceSamples.clean()) {
            builtIns.given(sample).expectNoFindings();
            assertThat(RecordScorer.defaults().score(sample.toEvidence()).status()).isEqualTo(Status.CLEAN);
        }
    }

    @Test
    void cleanSamplesCarryNumbersThatAgreeWithTheirHolders() {
        for (ParcelSample sample : EvidenceSamples.clean()) {
            for (LandUser user : sample.toEvidence().rows().get(0).landUsers()) {
                assertThat(CitizenIds.parse(user.idNumber().orElseThrow(), user.birthYear().getAsInt()).isValid())
                        .as(user.name()).isTrue();
            }
        }
    }

    @Test
    void builtInRulesNeitherThrowNorReturnNullOnOddEvidence() {
        RuleSet rules = RuleSet.builder().add(BuiltInRules.all()).build();
        List<Evidence> odd = EvidenceSamples.oddCases();
        Set<String> codes = new HashSet<>();
        for (Evidence e : odd) {
            rules.check(e).forEach(f -> codes.add(f.code().value()));
        }
        assertThat(odd).hasSizeGreaterThan(40);
        // the corpus is odd enough to make most built-in rules speak
        assertThat(codes).hasSizeGreaterThan(10);
    }
}
