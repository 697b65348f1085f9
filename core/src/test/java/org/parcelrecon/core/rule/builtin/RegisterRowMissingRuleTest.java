package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class RegisterRowMissingRuleTest {
    private final Rule rule = RuleFixtures.rule("REGISTER_ROW_MISSING");

    @Test
    void firesForAMapParcelNobodyRegistered() {
        Finding f = only(rule, Evidence.unregisteredParcel(EvidenceFixtures.KEY, MapParcel.of("P-9", 80.04, "12", "345")));
        assertThat(f.code()).isEqualTo(ReasonCode.REGISTER_ROW_MISSING);
        assertThat(f.severity()).isEqualTo(Severity.MISSING);
        assertThat(f.message()).isEqualTo(
                "Map parcel P-9 (sheet (tờ) 12, plot (thửa) 345, 80.0 m²) has no row in the land register (sổ địa chính)");
        assertThat(f.evidence()).containsEntry("parcelId", "P-9").containsEntry("mapAreaM2", "80.04");
    }

    @Test
    void listsEveryMapParcelUnderTheKey() {
        Evidence e = new Evidence(EvidenceFixtures.KEY, List.of(),
                List.of(MapParcel.of("P-1", 50, "12", "345"), MapParcel.of("P-2", 30, "12", "345")), Optional.empty());
        assertThat(only(rule, e).evidence()).containsEntry("parcelId", "P-1, P-2").containsEntry("mapAreaM2", "80.0");
    }

    @Test
    void silentForARegisteredRecord() {
        assertThat(rule.check(EvidenceFixtures.clean())).isEmpty();
        assertThat(rule.check(Evidence.builder(EvidenceFixtures.KEY).addRow(EvidenceFixtures.row().build()).build())).isEmpty();
    }
}
