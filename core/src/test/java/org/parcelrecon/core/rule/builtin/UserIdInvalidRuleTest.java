package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class UserIdInvalidRuleTest {
    private final Rule rule = RuleFixtures.rule("USER_ID_INVALID");

    private static Evidence withUser(LandUser user) {
        return EvidenceFixtures.withRow(EvidenceFixtures.row().addLandUser(user).build());
    }

    @Test
    void silentForAValidIdAndForAUserWithoutOne() {
        assertThat(rule.check(EvidenceFixtures.clean())).isEmpty();
        assertThat(rule.check(withUser(LandUser.builder("Nguyễn Văn An").birthYear(1962).build()))).isEmpty();
    }

    @Test
    void firesForAWrongLengthWithTheIdMasked() {
        Finding f = only(rule, withUser(EvidenceFixtures.user().idNumber("0220620012").build()));
        assertThat(f.code()).isEqualTo(ReasonCode.USER_ID_INVALID);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.evidence().get("problems")).contains("WRONG_LENGTH");
        assertThat(f.message()).doesNotContain("0220620012");
    }

    @Test
    void firesWhenTheIdsBirthYearDisagreesWithTheYearWritten() {
        Finding f = only(rule, withUser(EvidenceFixtures.user().birthYear(1965).build()));
        assertThat(f.evidence().get("problems")).contains("BIRTH_YEAR_MISMATCH");
    }

    @Test
    void aRepairedIdIsSilentByDefaultAndInfoWhenAsked() {
        Evidence repaired = withUser(EvidenceFixtures.user().idNumber("2.2062001234E+10").build());
        assertThat(rule.check(repaired)).isEmpty();
        Rule reporting = RuleFixtures.rule("USER_ID_INVALID", "{\"reportRepairs\": true}");
        Finding f = only(reporting, repaired);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("022*******34");
    }

    @Test
    void fullDisclosureShowsTheNumber() {
        Rule full = RuleFixtures.ruleWithConfig("USER_ID_INVALID", "{\"idDisclosure\": \"FULL\"}");
        Finding f = only(full, withUser(EvidenceFixtures.user().idNumber("0220620012").build()));
        assertThat(f.message()).contains("0220620012");
    }
}
