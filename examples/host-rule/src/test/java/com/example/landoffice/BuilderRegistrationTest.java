package com.example.landoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LegacyText;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.rule.builtin.BuiltInRules;
import org.parcelrecon.core.score.RecordScorer;
import org.parcelrecon.core.score.ScoreModel;
import org.parcelrecon.core.score.ScoredRecord;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.core.text.TextEncoding;

/** The host's rule added by the builder, with a built-in rule disabled by id. */
class BuilderRegistrationTest {
    @Test
    void addedRuleRunsAndTheDisabledBuiltInDoesNot() {
        RuleSet rules = RuleSet.builder()
                .add(BuiltInRules.all())
                .add(new LargeResidentialParcelRule())
                .disable("LEGACY_ENCODING_FIXED")
                .build();
        assertThat(rules.ruleIds()).contains("LARGE_RESIDENTIAL_PARCEL").doesNotContain("LEGACY_ENCODING_FIXED");

        Evidence largeHouseInTcvn3 = Evidence.builder(RecordKey.of("06979", "12", "345"))
                .addRow(RegisterRow.builder().landUseCode("ODT").registeredAreaM2(650)
                        .addLandUser(LandUsers.linked())
                        .addDecodedText(new LegacyText("landUser.name", "NguyÔn V¨n An", "Nguyễn Văn An", TextEncoding.TCVN3))
                        .build())
                .addMapParcel(MapParcel.of("P-1", 652, "12", "345"))
                .build();
        ScoredRecord scored = RecordScorer.of(rules, ScoreModel.standard()).score(largeHouseInTcvn3);
        assertThat(scored.findings()).extracting(f -> f.code().value()).containsExactly("LARGE_RESIDENTIAL_PARCEL");
        assertThat(scored.status()).isEqualTo(Status.REVIEW);
    }

    @Test
    void withoutTheHostRuleTheSameRecordIsClean() {
        RuleSet builtInsOnly = RuleSet.builder().add(BuiltInRules.all()).disable("LEGACY_ENCODING_FIXED").build();
        Evidence largeHouse = Evidence.builder(RecordKey.of("06979", "12", "345"))
                .addRow(RegisterRow.builder().landUseCode("ODT").registeredAreaM2(650).addLandUser(LandUsers.linked()).build())
                .addMapParcel(MapParcel.of("P-1", 652, "12", "345"))
                .build();
        assertThat(RecordScorer.of(builtInsOnly, ScoreModel.standard()).score(largeHouse).status()).isEqualTo(Status.CLEAN);
    }
}
