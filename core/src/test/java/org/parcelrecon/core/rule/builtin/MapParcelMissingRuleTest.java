package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class MapParcelMissingRuleTest {
    private final Rule rule = RuleFixtures.rule("MAP_PARCEL_MISSING");

    @Test
    void firesWhenARegisteredRecordHasNoMapParcel() {
        Evidence e = Evidence.builder(EvidenceFixtures.KEY).addRow(EvidenceFixtures.rowWithUser().build()).build();
        Finding f = only(rule, e);
        assertThat(f.code()).isEqualTo(ReasonCode.MAP_PARCEL_MISSING);
        assertThat(f.severity()).isEqualTo(Severity.MISSING);
        assertThat(f.message()).isEqualTo(
                "No parcel on the cadastral map (bản đồ địa chính) for sheet (tờ) 12, plot (thửa) 345 of commune 06979");
        assertThat(f.evidence()).containsOnlyKeys("communeCode", "sheet", "plot");
    }

    @Test
    void silentWhenTheMapHasTheParcel() {
        assertThat(rule.check(EvidenceFixtures.clean())).isEmpty();
    }

    @Test
    void silentForAMapParcelNobodyRegistered() {
        assertThat(rule.check(Evidence.unregisteredParcel(EvidenceFixtures.KEY, EvidenceFixtures.mapParcel()))).isEmpty();
    }
}
