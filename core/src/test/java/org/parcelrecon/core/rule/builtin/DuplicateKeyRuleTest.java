package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class DuplicateKeyRuleTest {
    private final Rule rule = RuleFixtures.rule("DUPLICATE_KEY");

    private static Evidence rows(RegisterRow... rows) {
        Evidence.Builder b = Evidence.builder(EvidenceFixtures.KEY).addMapParcel(EvidenceFixtures.mapParcel());
        for (RegisterRow r : rows) {
            b.addRow(r);
        }
        return b.build();
    }

    @Test
    void silentForOneRow() {
        assertThat(rule.check(EvidenceFixtures.clean())).isEmpty();
    }

    @Test
    void coUsersOnRowsThatAgreeAreNotDuplicates() {
        Evidence e = rows(EvidenceFixtures.rowWithUser().build(),
                EvidenceFixtures.row().sourceLine(18).certificateSerial("cn719597")
                        .addLandUser(LandUser.builder("Trần Thị Hồng").build()).build());
        assertThat(rule.check(e)).isEmpty();
    }

    @Test
    void aFieldBlankOnOneRowIsNotADifference() {
        Evidence e = rows(EvidenceFixtures.row().build(), RegisterRow.builder().sourceLine(18).build());
        assertThat(rule.check(e)).isEmpty();
    }

    @Test
    void firesWhenRowsDescribeDifferentParcels() {
        Evidence e = rows(EvidenceFixtures.row().build(),
                EvidenceFixtures.row().sourceLine(42).registeredAreaM2(135.5).certificateSerial("CN 000001").build());
        Finding f = only(rule, e);
        assertThat(f.code()).isEqualTo(ReasonCode.DUPLICATE_KEY);
        assertThat(f.severity()).isEqualTo(Severity.CONTRADICTION);
        assertThat(f.message()).isEqualTo("2 register rows share sheet (tờ) 12, plot (thửa) 345 but differ in "
                + "registered area (diện tích), certificate serial (số phát hành GCN)");
        assertThat(f.evidence().keySet()).containsExactly("rows", "differingFields", "lines", "registeredAreasM2", "certificateSerials");
        assertThat(f.evidence()).containsEntry("lines", "17, 42").containsEntry("registeredAreasM2", "120.0; 135.5")
                .containsEntry("certificateSerials", "CN 719597; CN 000001");
    }

    @ParameterizedTest
    @CsvSource({
        // within the default tolerance of 0.1 m²: the same parcel
        "120.05, false",
        "120.1,  false",
        // beyond it
        "120.2,  true",
    })
    void areasWithinTheToleranceAgree(double secondArea, boolean fires) {
        Evidence e = rows(EvidenceFixtures.row().build(), EvidenceFixtures.row().registeredAreaM2(secondArea).build());
        assertThat(rule.check(e)).hasSize(fires ? 1 : 0);
    }

    @Test
    void toleranceIsConfigurable() {
        Evidence e = rows(EvidenceFixtures.row().build(), EvidenceFixtures.row().registeredAreaM2(121.0).build());
        assertThat(rule.check(e)).hasSize(1);
        assertThat(RuleFixtures.rule("DUPLICATE_KEY", "{\"sameAreaToleranceM2\": 1.5}").check(e)).isEmpty();
    }

    @Test
    void differentLandUseCodeIsADifference() {
        Evidence e = rows(EvidenceFixtures.row().build(), EvidenceFixtures.row().landUseCode("CLN").build());
        assertThat(only(rule, e).evidence()).containsEntry("differingFields", "landUseCode").containsEntry("landUseCodes", "ODT; CLN");
    }

    @ParameterizedTest
    @CsvSource({
        "CN 719597, cn719597,  true",
        "CN 719597, CN  719597, true",
        "CN 719597, CN 719598, false",
        "CN 719597, CN 7195970, false",
    })
    void serialsCompareIgnoringCaseAndSpaces(String a, String b, boolean same) {
        assertThat(DuplicateKeyRule.sameIgnoringCaseAndSpaces(a, b)).isEqualTo(same);
    }
}
