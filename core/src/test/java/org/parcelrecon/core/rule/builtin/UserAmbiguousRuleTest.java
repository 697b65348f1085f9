package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class UserAmbiguousRuleTest {
    private final Rule rule = RuleFixtures.rule("USER_AMBIGUOUS");

    private static Evidence link(UserLink link) {
        return EvidenceFixtures.withRow(EvidenceFixtures.row().addLandUser(EvidenceFixtures.user().link(link).build()).build());
    }

    private static Evidence probabilities(double best, double runnerUp) {
        return link(UserLink.builder(EvidenceFixtures.citizen(), best).runnerUpProbability(runnerUp).build());
    }

    @ParameterizedTest
    @CsvSource({
        // well apart
        "0.95, 0.40, false",
        "0.98, 0.10, false",
        // the gap is the minimum (0.75 - 0.55 is 0.19999999999999996 in binary): not ambiguous
        "0.75, 0.55, false",
        // too close
        "0.91, 0.88, true",
        "0.60, 0.60, true",
    })
    void firesWhenBestAndRunnerUpAreTooClose(double best, double runnerUp, boolean fires) {
        assertThat(rule.check(probabilities(best, runnerUp))).hasSize(fires ? 1 : 0);
    }

    @Test
    void findingNamesBothProbabilitiesAndMasksTheCitizenId() {
        Finding f = only(rule, probabilities(0.91, 0.88));
        assertThat(f.code()).isEqualTo(ReasonCode.USER_AMBIGUOUS);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo("Land user (người sử dụng đất) Nguyễn Văn An matches two citizens almost equally well "
                + "(0.91 and 0.88; a gap of at least 0.20 is needed)");
        assertThat(f.evidence()).containsEntry("citizenId", "022*******34").containsEntry("runnerUpProbability", "0.88");
    }

    @Test
    void silentWithoutRunnerUpOrLink() {
        assertThat(rule.check(link(UserLink.builder(EvidenceFixtures.citizen(), 0.6).build()))).isEmpty();
        assertThat(rule.check(EvidenceFixtures.withRow(EvidenceFixtures.row().addLandUser(
                org.parcelrecon.core.evidence.LandUser.builder("An").build()).build()))).isEmpty();
    }

    @Test
    void gapIsConfigurable() {
        assertThat(RuleFixtures.rule("USER_AMBIGUOUS", "{\"minProbabilityGap\": 0.02}").check(probabilities(0.91, 0.88))).isEmpty();
    }
}
