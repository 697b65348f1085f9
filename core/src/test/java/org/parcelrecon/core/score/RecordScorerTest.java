package org.parcelrecon.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.rule.builtin.BuiltInRules;

class RecordScorerTest {
    private final RecordScorer scorer = RecordScorer.defaults();

    @Test
    void cleanRecordIsReadyToSync() {
        ScoredRecord r = scorer.score(EvidenceFixtures.clean());
        assertThat(r.key()).isEqualTo(EvidenceFixtures.KEY);
        assertThat(r.findings()).isEmpty();
        assertThat(r.score()).isEqualTo(Score.of(100, Status.CLEAN));
    }

    @Test
    void renumberedParcelNeedsReview() {
        Evidence e = EvidenceFixtures.evidence().change(ParcelChange.builder(ChangeClass.UNCHANGED).renumbered(true).build()).build();
        ScoredRecord r = scorer.score(e);
        assertThat(r.findings()).extracting(f -> f.code()).containsExactly(ReasonCode.RENUMBERED);
        assertThat(r.score()).isEqualTo(Score.of(90, Status.REVIEW));
    }

    @Test
    void missingMapParcelMakesTheRecordIncompleteWhateverElseIsWrong() {
        Evidence e = Evidence.builder(EvidenceFixtures.KEY)
                .addRow(EvidenceFixtures.row().addLandUser(EvidenceFixtures.user().birthYear(1970).build()).build())
                .build();
        ScoredRecord r = scorer.score(e);
        assertThat(r.findings()).extracting(f -> f.code().value())
                .containsExactly("MAP_PARCEL_MISSING", "USER_BIRTH_YEAR_MISMATCH",
                        "USER_ID_INVALID");
        assertThat(r.status()).isEqualTo(Status.INCOMPLETE);
        assertThat(r.score().value()).isEqualTo(0);
    }

    @Test
    void contradictingAreasAreAConflict() {
        Evidence e = EvidenceFixtures.withRow(EvidenceFixtures.rowWithUser().registeredAreaM2(80).build());
        ScoredRecord r = scorer.score(e);
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CONTRADICTION));
        assertThat(r.score()).isEqualTo(Score.of(60, Status.CONFLICT));
    }

    @Test
    void unregisteredMapParcelIsIncomplete() {
        ScoredRecord r = scorer.score(Evidence.unregisteredParcel(EvidenceFixtures.KEY, EvidenceFixtures.mapParcel()));
        assertThat(r.findings()).extracting(f -> f.code()).containsExactly(ReasonCode.REGISTER_ROW_MISSING);
        assertThat(r.status()).isEqualTo(Status.INCOMPLETE);
    }

    @Test
    void sameEvidenceGivesAnEqualResult() {
        Evidence e = Evidence.builder(EvidenceFixtures.KEY)
                .addRow(EvidenceFixtures.row().registeredAreaM2(100)
                        .addLandUser(EvidenceFixtures.user().birthYear(1963).build())
                        .addLandUser(LandUser.builder("Trần Thị Hồng").build()).build())
                .addMapParcel(EvidenceFixtures.mapParcel())
                .change(ParcelChange.builder(ChangeClass.MODIFIED).renumbered(true).build())
                .build();
        ScoredRecord first = scorer.score(e);
        RecordScorer other = RecordScorer.of(RuleSet.builder().add(BuiltInRules.all()).build(), ScoreModel.standard());
        for (int i = 0; i < 5; i++) {
            assertThat(scorer.score(e)).isEqualTo(first);
            assertThat(other.score(e)).isEqualTo(first);
        }
        assertThat(first.findings()).extracting(f -> f.code().value()).containsExactly("AREA_MISMATCH",
                "PARCEL_CHANGED_SINCE_SURVEY", "RENUMBERED", "USER_NOT_FOUND", "USER_BIRTH_YEAR_MISMATCH", "USER_ID_INVALID");
    }
}
