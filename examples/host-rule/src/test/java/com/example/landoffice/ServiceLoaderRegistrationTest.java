package com.example.landoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.rule.RuleConfig;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.rule.builtin.BuiltInRules;
import org.parcelrecon.core.score.RecordScorer;
import org.parcelrecon.core.score.ScoreModel;
import org.parcelrecon.core.score.ScoredRecord;
import org.parcelrecon.core.score.Status;

/** The host's rule found through META-INF/services, configured and with a built-in rule switched off by a JSON file. */
class ServiceLoaderRegistrationTest {
    private static final String OFFICE_CONFIG = """
            {
              "rules": {
                "LARGE_RESIDENTIAL_PARCEL": {"maxAreaM2": 300},
                "RENUMBERED": {"enabled": false}
              }
            }""";

    @Test
    void discoveredRuleRunsAfterTheBuiltInsWithItsConfiguration() {
        RuleSet rules = RuleSet.builder()
                .add(BuiltInRules.all())
                .discover()
                .config(RuleConfig.parse(OFFICE_CONFIG, "office.json"))
                .build();
        assertThat(rules.ruleIds()).endsWith("LEGACY_ENCODING_FIXED", "LARGE_RESIDENTIAL_PARCEL").doesNotContain("RENUMBERED");

        Evidence renumberedLargeHouse = Evidence.builder(RecordKey.of("06979", "12", "345"))
                .addRow(RegisterRow.builder().landUseCode("ONT").registeredAreaM2(350)
                        .addLandUser(LandUsers.linked()).build())
                .addMapParcel(MapParcel.of("P-1", 351, "12", "345"))
                .change(ParcelChange.builder(ChangeClass.UNCHANGED).renumbered(true).build())
                .build();
        List<Finding> findings = rules.check(renumberedLargeHouse);
        assertThat(findings).extracting(f -> f.code().value()).containsExactly("LARGE_RESIDENTIAL_PARCEL");

        ScoredRecord scored = RecordScorer.of(rules, ScoreModel.standard()).score(renumberedLargeHouse);
        assertThat(scored.status()).isEqualTo(Status.REVIEW);
        assertThat(scored.score().value()).isEqualTo(90);
    }
}
