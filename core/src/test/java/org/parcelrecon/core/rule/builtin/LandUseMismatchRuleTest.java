package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class LandUseMismatchRuleTest {
    private final Rule rule = RuleFixtures.rule("LAND_USE_MISMATCH");

    private static RegisterRow row(String code) {
        return RegisterRow.builder().sourceLine(9).registeredAreaM2(120).landUseCode(code)
                .addLandUser(EvidenceFixtures.user().build()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ODT", "ONT", " ont ", "ONT+CLN", "CNT"})
    void silentForCurrentCodes(String code) {
        assertThat(rule.check(EvidenceFixtures.withRow(row(code)))).isEmpty();
    }

    @Test
    void aRetiredCodeIsAWarningThatSuggestsTheCurrentOne() {
        Finding f = only(rule, EvidenceFixtures.withRow(row("BHK")));
        assertThat(f.code()).isEqualTo(ReasonCode.LAND_USE_MISMATCH);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.evidence()).containsEntry("retiredCode", "BHK").containsEntry("suggestedCode", "HNK")
                .containsEntry("line", "9");
        assertThat(f.message()).contains("use HNK");
    }

    @Test
    void aCodeInNeitherListIsAContradiction() {
        Finding f = only(rule, EvidenceFixtures.withRow(row("XYZ")));
        assertThat(f.severity()).isEqualTo(Severity.CONTRADICTION);
        assertThat(f.message()).contains("'XYZ'");
    }

    @Test
    void eachCodeOfACombinedFieldIsChecked() {
        assertThat(rule.check(EvidenceFixtures.withRow(row("ONT+LUN+XYZ")))).extracting(Finding::severity)
                .containsExactly(Severity.WARNING, Severity.CONTRADICTION);
    }

    @Test
    void aMissingCodeIsAWarningUnlessConfiguredOff() {
        RegisterRow noCode = RegisterRow.builder().sourceLine(3).registeredAreaM2(120)
                .addLandUser(EvidenceFixtures.user().build()).build();
        assertThat(only(rule, EvidenceFixtures.withRow(noCode)).severity()).isEqualTo(Severity.WARNING);
        Rule off = RuleFixtures.rule("LAND_USE_MISMATCH", "{\"missingSeverity\": \"OFF\"}");
        assertThat(off.check(EvidenceFixtures.withRow(noCode))).isEmpty();
    }

    private static org.parcelrecon.core.evidence.Evidence onMap(String registered, String mapped) {
        return org.parcelrecon.core.evidence.Evidence.builder(EvidenceFixtures.KEY).addRow(row(registered))
                .addMapParcel(EvidenceFixtures.mapParcel().withLandUseCode(mapped)).build();
    }

    @Test
    void aValidCodeThatDiffersFromTheMapsIsAContradiction() {
        Finding f = only(rule, onMap("ONT", "ODT"));
        assertThat(f.severity()).isEqualTo(Severity.CONTRADICTION);
        assertThat(f.evidence()).containsEntry("mapLandUseCode", "ODT");
        assertThat(f.message()).contains("'ONT'", "'ODT'");
    }

    @Test
    void codesAgreeWithTheMapAsSetsWhateverTheirOrderAndCase() {
        assertThat(rule.check(onMap("ONT+CLN", "CLN+ONT"))).isEmpty();
        assertThat(rule.check(onMap(" odt ", "ODT"))).isEmpty();
    }

    @Test
    void theMapDifferenceCanBeSwitchedOff() {
        Rule off = RuleFixtures.rule("LAND_USE_MISMATCH", "{\"mapDifferenceSeverity\": \"OFF\"}");
        assertThat(off.check(onMap("ONT", "ODT"))).isEmpty();
    }
}
