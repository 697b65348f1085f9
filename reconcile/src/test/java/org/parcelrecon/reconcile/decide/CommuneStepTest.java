package org.parcelrecon.reconcile.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Citizen;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.rule.builtin.BuiltInRules;
import org.parcelrecon.core.score.RecordScorer;
import org.parcelrecon.core.score.ScoreModel;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.map.MapMatch;
import org.parcelrecon.reconcile.read.RegisterEntry;

class CommuneStepTest {
    private static final RecordScorer SCORER = RecordScorer.of(RuleSet.builder().add(BuiltInRules.all()).build(),
            ScoreModel.standard());

    private static ResolvedEntry row(long line, int plot, String user, int year, List<Integer> parcels) {
        RegisterRow r = RegisterRow.builder().sourceLine(line).registeredAreaM2(120).landUseCode("ODT")
                .certificateSerial("CN 719597").addLandUser(LandUser.builder(user).birthYear(year).build()).build();
        RegisterEntry e = new RegisterEntry(line, Long.toString(line - 1), "06652", List.of("06652"), 12, plot, r);
        return new ResolvedEntry(e, new MapMatch("06652", parcels, Optional.empty()));
    }

    /** Every land user is linked to a citizen of the same name and year. */
    private static final DecisionContext CONTEXT = DecisionContext.of(SCORER, (line, user) -> Optional.of(
            UserLink.builder(Citizen.of("022068001234", "CCCD", line == 3 ? "Nguyễn Văn An" : "Trần Thị Hồng",
                    line == 3 ? 1968 : 1970), 0.99).build()));

    private static CommuneInput input() {
        List<MapParcel> parcels = List.of(MapParcel.of("P-345", 121.0, "12", "345"),
                MapParcel.of("P-346", 80.0, "12", "346"));
        return new CommuneInput("06652", List.of(row(4, 345, "Trần Thị Hồng", 1970, List.of(0)),
                row(3, 345, "Nguyễn Văn An", 1968, List.of(0))), parcels, List.of(), List.of(1), Optional.empty());
    }

    @Test
    void coUsersOfOneKeyAreOneRecordWithTheirRowsInFileOrder() {
        CommuneResult r = CommuneStep.decide(input(), CONTEXT);
        RecordResult parcel = r.records().get(0);
        assertThat(parcel.rows()).extracting(RowResult::line).containsExactly(4L, 3L);
        assertThat(parcel.mapParcelIds()).containsExactly("P-345");
        assertThat(parcel.status()).isEqualTo(Status.CLEAN);
        assertThat(parcel.rows().get(1).link()).isPresent();
    }

    @Test
    void aMapParcelNobodyRegisteredComesLastAsAnIncompleteRecord() {
        CommuneResult r = CommuneStep.decide(input(), CONTEXT);
        assertThat(r.records()).hasSize(2);
        RecordResult unregistered = r.records().get(1);
        assertThat(unregistered.isRegistered()).isFalse();
        assertThat(unregistered.status()).isEqualTo(Status.INCOMPLETE);
        assertThat(unregistered.scored().findings()).extracting(f -> f.code().value())
                .containsExactly("REGISTER_ROW_MISSING");
        assertThat(unregistered.key().plot()).isEqualTo("346");
    }

    @Test
    void theStepIsAPureFunctionOfItsInput() {
        assertThat(CommuneStep.decide(input(), CONTEXT)).isEqualTo(CommuneStep.decide(input(), CONTEXT));
    }
}
