package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.rule.Rule;

class ParcelChangedRuleTest {
    private final Rule rule = RuleFixtures.rule("PARCEL_CHANGED_SINCE_SURVEY");

    private static Evidence changed(ParcelChange change) {
        return EvidenceFixtures.evidence().change(change).build();
    }

    @ParameterizedTest
    @CsvSource({
        // a changed boundary needs a look; a parcel that is no longer the same parcel is a contradiction
        "MODIFIED,    WARNING",
        "SPLIT,       CONTRADICTION",
        "MERGED,      CONTRADICTION",
        "REPARCELLED, CONTRADICTION",
        "REMOVED,     CONTRADICTION",
        // unchanged and new parcels report nothing by default
        "UNCHANGED,   NONE",
        "NEW,         NONE",
    })
    void severityByChangeClass(ChangeClass changeClass, String expected) {
        var findings = rule.check(changed(ParcelChange.builder(changeClass).build()));
        if (expected.equals("NONE")) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(ReasonCode.PARCEL_CHANGED_SINCE_SURVEY);
                assertThat(f.severity().name()).isEqualTo(expected);
                assertThat(f.evidence()).containsEntry("changeClass", changeClass.name());
            });
        }
    }

    @Test
    void messageNamesTheChangeTheAreaAndTheOldParcels() {
        Finding f = only(rule, changed(ParcelChange.builder(ChangeClass.SPLIT).areaChangePercent(-48.04)
                .addOldParcelId("QN-2012-12-200").build()));
        assertThat(f.message()).isEqualTo("Parcel was split (tách thửa) since the earlier survey; area changed by -48.0%; "
                + "old parcel(s): QN-2012-12-200");
        assertThat(f.evidence()).containsEntry("areaChangePercent", "-48.0").containsEntry("oldParcelIds", "QN-2012-12-200");
    }

    @Test
    void silentWithoutAComparison() {
        Evidence e = Evidence.builder(EvidenceFixtures.KEY).addRow(EvidenceFixtures.row().build())
                .addMapParcel(EvidenceFixtures.mapParcel()).build();
        assertThat(rule.check(e)).isEmpty();
    }

    @Test
    void classesCanBeSwitchedOffOrOnAndTheRestKeepTheirDefaults() {
        Rule r = RuleFixtures.rule("PARCEL_CHANGED_SINCE_SURVEY", "{\"severityByChange\": {\"MODIFIED\": \"OFF\", \"NEW\": \"INFO\"}}");
        assertThat(r.check(changed(ParcelChange.builder(ChangeClass.MODIFIED).build()))).isEmpty();
        assertThat(only(r, changed(ParcelChange.builder(ChangeClass.NEW).build())).message())
                .isEqualTo("Parcel appears only on the new map, not in the earlier survey");
        assertThat(only(r, changed(ParcelChange.builder(ChangeClass.SPLIT).build())).severity().name()).isEqualTo("CONTRADICTION");
    }

    @Test
    void rejectsAnUnknownSeverityNamingThePath() {
        assertThatThrownBy(() -> RuleFixtures.rule("PARCEL_CHANGED_SINCE_SURVEY", "{\"severityByChange\": {\"SPLIT\": \"HIGH\"}}"))
                .hasMessageStartingWith("test.json: rules.PARCEL_CHANGED_SINCE_SURVEY.severityByChange.SPLIT: expected \"OFF\"");
    }
}
