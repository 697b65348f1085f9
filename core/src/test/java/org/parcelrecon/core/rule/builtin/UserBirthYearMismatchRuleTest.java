package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.evidence.Citizen;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class UserBirthYearMismatchRuleTest {
    private final Rule rule = RuleFixtures.rule("USER_BIRTH_YEAR_MISMATCH");

    private static Evidence written(int year) {
        return EvidenceFixtures.withRow(EvidenceFixtures.row().addLandUser(EvidenceFixtures.user().birthYear(year).build()).build());
    }

    @ParameterizedTest
    @CsvSource({
        // citizen born 1962
        "1962, NONE",
        "1963, WARNING",
        "1961, WARNING",
        "1964, CONTRADICTION",
        "1926, CONTRADICTION",
    })
    void severityGrowsWithTheDifference(int year, String expected) {
        var findings = rule.check(written(year));
        if (expected.equals("NONE")) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> assertThat(f.severity().name()).isEqualTo(expected));
        }
    }

    @Test
    void findingGivesBothYears() {
        Finding f = only(rule, written(1963));
        assertThat(f.code()).isEqualTo(ReasonCode.USER_BIRTH_YEAR_MISMATCH);
        assertThat(f.message()).isEqualTo("Land user birth year (năm sinh) 1963 differs from the linked citizen's 1962 by 1 year");
        assertThat(f.evidence()).containsEntry("birthYear", "1963").containsEntry("citizenBirthYear", "1962")
                .containsEntry("citizenId", "022*******34");
    }

    @Test
    void silentWhenEitherYearIsUnknown() {
        LandUser noYear = LandUser.builder("Nguyễn Văn An").link(EvidenceFixtures.link().build()).build();
        assertThat(rule.check(EvidenceFixtures.withRow(EvidenceFixtures.row().addLandUser(noYear).build()))).isEmpty();
        LandUser citizenWithoutYear = EvidenceFixtures.user().birthYear(1970)
                .link(UserLink.builder(Citizen.of("100123456", "CMND", "Nguyễn Văn An"), 0.9).build()).build();
        assertThat(rule.check(EvidenceFixtures.withRow(EvidenceFixtures.row().addLandUser(citizenWithoutYear).build()))).isEmpty();
    }

    @Test
    void toleranceAndConflictAreConfigurable() {
        Rule lenient = RuleFixtures.rule("USER_BIRTH_YEAR_MISMATCH", "{\"toleranceYears\": 1, \"conflictYears\": 5}");
        assertThat(lenient.check(written(1963))).isEmpty();
        assertThat(only(lenient, written(1966)).severity()).isEqualTo(Severity.WARNING);
        assertThat(only(lenient, written(1967)).severity()).isEqualTo(Severity.CONTRADICTION);
        assertThatThrownBy(() -> RuleFixtures.rule("USER_BIRTH_YEAR_MISMATCH", "{\"toleranceYears\": 2}"))
                .hasMessage("test.json: rules.USER_BIRTH_YEAR_MISMATCH.toleranceYears: conflictYears (2) must be above toleranceYears (2)");
        assertThatThrownBy(() -> RuleFixtures.rule("USER_BIRTH_YEAR_MISMATCH", "{\"conflictYears\": 0}"))
                .hasMessage("test.json: rules.USER_BIRTH_YEAR_MISMATCH.conflictYears: conflictYears (0) must be above toleranceYears (0)");
    }
}
