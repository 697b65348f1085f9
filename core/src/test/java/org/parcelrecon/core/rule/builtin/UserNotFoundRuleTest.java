package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class UserNotFoundRuleTest {
    private final Rule rule = RuleFixtures.rule("USER_NOT_FOUND");

    private static Evidence users(LandUser... users) {
        var row = EvidenceFixtures.row();
        for (LandUser u : users) {
            row.addLandUser(u);
        }
        return EvidenceFixtures.withRow(row.build());
    }

    @Test
    void firesForAnUnlinkedUserWithMaskedId() {
        Finding f = only(rule, users(LandUser.builder("Trần Thị Hồng").idNumber("022185004321").build()));
        assertThat(f.code()).isEqualTo(ReasonCode.USER_NOT_FOUND);
        assertThat(f.severity()).isEqualTo(Severity.MISSING);
        assertThat(f.message()).isEqualTo("Land user (người sử dụng đất) Trần Thị Hồng was not found in the population registry "
                + "(cơ sở dữ liệu quốc gia về dân cư)");
        assertThat(f.evidence()).containsEntry("landUser", "Trần Thị Hồng").containsEntry("landUserId", "022*******21")
                .containsEntry("line", "17");
    }

    @Test
    void showsFullIdsWhenConfiguredTo() {
        Rule full = RuleFixtures.ruleWithConfig("USER_NOT_FOUND", "{\"idDisclosure\": \"FULL\"}");
        Finding f = only(full, users(LandUser.builder("Trần Thị Hồng").idNumber("022185004321").build()));
        assertThat(f.evidence()).containsEntry("landUserId", "022185004321");
    }

    @Test
    void firesForAWeakMatchBelowTheMinimum() {
        LandUser weak = EvidenceFixtures.user().link(UserLink.builder(EvidenceFixtures.citizen(), 0.42).build()).build();
        Finding f = only(rule, users(weak));
        assertThat(f.message()).endsWith(": the best match has probability 0.42, below 0.50");
        assertThat(f.evidence()).containsEntry("matchProbability", "0.42");
        assertThat(RuleFixtures.rule("USER_NOT_FOUND", "{\"minMatchProbability\": 0.4}").check(users(weak))).isEmpty();
    }

    @Test
    void onePerMissingUserInRowOrder() {
        var findings = rule.check(users(LandUser.builder("A Một").build(), EvidenceFixtures.user().build(), LandUser.builder("B Hai").build()));
        assertThat(findings).extracting(f -> f.evidence().get("landUser")).containsExactly("A Một", "B Hai");
    }

    @Test
    void firesOnceWhenNoLandUserIsRecorded() {
        Finding f = only(rule, users());
        assertThat(f.message()).isEqualTo("No land user (người sử dụng đất) is recorded for this parcel");
        assertThat(f.severity()).isEqualTo(Severity.MISSING);
    }

    @Test
    void silentWhenEveryUserIsLinkedOrNobodyRegistered() {
        assertThat(rule.check(EvidenceFixtures.clean())).isEmpty();
        assertThat(rule.check(Evidence.unregisteredParcel(EvidenceFixtures.KEY, EvidenceFixtures.mapParcel()))).isEmpty();
    }

    @Test
    void silentForAnUnlinkedOrganisationButNotForAnUnlinkedPerson() {
        assertThat(rule.check(users(LandUser.builder("Công ty TNHH Minh Phát").build(),
                LandUser.builder("UBND phường Hà Tu").build()))).isEmpty();
        assertThat(rule.check(users(LandUser.builder("Đinh Văn Sơn").build()))).hasSize(1);
    }
}
