package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class RenumberedRuleTest {
    private final Rule rule = RuleFixtures.rule("RENUMBERED");

    @Test
    void firesWhenTheParcelWasRenumbered() {
        Finding f = only(rule, EvidenceFixtures.evidence()
                .change(ParcelChange.builder(ChangeClass.UNCHANGED).renumbered(true).addOldParcelId("QN-2012-11-57").build())
                .build());
        assertThat(f.code()).isEqualTo(ReasonCode.RENUMBERED);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo("Parcel was renumbered at the re-survey (đo đạc lại): now sheet (tờ) 12, plot (thửa) 345; "
                + "old parcel(s): QN-2012-11-57");
        assertThat(f.evidence()).containsEntry("oldParcelIds", "QN-2012-11-57");
    }

    @Test
    void silentWhenNotRenumberedOrNotCompared() {
        assertThat(rule.check(EvidenceFixtures.clean())).isEmpty();
        assertThat(rule.check(EvidenceFixtures.evidence().change(ParcelChange.builder(ChangeClass.SPLIT).build()).build())).isEmpty();
    }
}
