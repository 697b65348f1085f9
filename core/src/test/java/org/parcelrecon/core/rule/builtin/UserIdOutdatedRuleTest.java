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

class UserIdOutdatedRuleTest {
    private final Rule rule = RuleFixtures.rule("USER_ID_OUTDATED");

    private static Evidence withUser(LandUser user) {
        return EvidenceFixtures.withRow(EvidenceFixtures.row().addLandUser(user).build());
    }

    @Test
    void silentForA12DigitId() {
        assertThat(rule.check(EvidenceFixtures.clean())).isEmpty();
    }

    @Test
    void firesForACmndAndNamesTheLinkedCitizensNumberMasked() {
        Finding f = only(rule, withUser(EvidenceFixtures.user().idNumber("100123456").build()));
        assertThat(f.code()).isEqualTo(ReasonCode.USER_ID_OUTDATED);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.evidence()).containsEntry("citizenId", "022*******34");
        assertThat(f.message()).contains("10*****56").contains("022*******34").doesNotContain("100123456");
    }

    @Test
    void withoutALinkItAsksForThe12DigitNumber() {
        Finding f = only(rule, withUser(LandUser.builder("Nguyễn Văn An").idNumber("100123456").build()));
        assertThat(f.message()).contains("12-digit personal identification number");
        assertThat(f.evidence()).doesNotContainKey("citizenId");
    }

    @Test
    void silentForAnInvalidNumberWhichUserIdInvalidReports() {
        assertThat(rule.check(withUser(EvidenceFixtures.user().idNumber("10012345X").build()))).isEmpty();
    }
}
