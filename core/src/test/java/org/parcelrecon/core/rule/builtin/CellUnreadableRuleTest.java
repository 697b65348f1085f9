package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.evidence.UnreadableCell;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.rule.Rule;

class CellUnreadableRuleTest {
    private final Rule rule = RuleFixtures.rule("CELL_UNREADABLE");

    @Test
    void anUnreadableAreaIsAFindingNotASilentlyEmptyValue() {
        RegisterRow row = RegisterRow.builder().sourceLine(17).landUseCode("ODT")
                .addUnreadableCell(new UnreadableCell("area_m2", "12,3,4", "not a number")).build();
        Evidence e = Evidence.builder(EvidenceFixtures.KEY).addRow(row).addMapParcel(EvidenceFixtures.mapParcel())
                .build();
        Finding f = only(rule, e);
        assertThat(f.code()).isEqualTo(ReasonCode.CELL_UNREADABLE);
        assertThat(f.message()).contains("area_m2", "line 17", "12,3,4");
        assertThat(f.evidence()).containsEntry("column", "area_m2").containsEntry("line", "17");
    }

    @Test
    void silentWhenEveryCellWasRead() {
        assertThat(rule.check(EvidenceFixtures.clean())).isEmpty();
    }
}
