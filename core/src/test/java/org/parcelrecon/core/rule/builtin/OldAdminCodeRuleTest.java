package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class OldAdminCodeRuleTest {
    private final Rule rule = RuleFixtures.rule("OLD_ADMIN_CODE");

    private static Evidence keyed(String asWritten, String today) {
        return Evidence.builder(new RecordKey(asWritten, today, "12", "345"))
                .addRow(EvidenceFixtures.rowWithUser().build())
                .addMapParcel(EvidenceFixtures.mapParcel())
                .build();
    }

    @Test
    void firesForAPreMergerCodeAndNamesBothUnits() {
        // old Phường Hà Tu (06664) was merged into today's Phường Hà Tu, which took old Hà Phong's code 06652
        Finding f = only(rule, keyed("06664", "06652"));
        assertThat(f.code()).isEqualTo(ReasonCode.OLD_ADMIN_CODE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.evidence()).containsEntry("communeCodeAsWritten", "06664").containsEntry("communeCode", "06652")
                .containsEntry("oldUnit", "Phường Hà Tu").containsEntry("currentUnit", "Phường Hà Tu");
        assertThat(f.message()).contains("06664").contains("before 1 Jul 2025").contains("06652");
    }

    @Test
    void saysSoWhenTheOldUnitWasSplit() {
        // old Xã Hải Lạng 06886 was split three ways; the pipeline placed this parcel in Ba Chẽ 06970
        assertThat(only(rule, keyed("06886", "06970")).message()).contains("split between 3 new units");
    }

    @Test
    void silentForTodaysCodeALostLeadingZeroOrNoCodeWritten() {
        assertThat(rule.check(keyed("06652", "06652"))).isEmpty();
        assertThat(rule.check(keyed("6652", "06652"))).isEmpty();
        assertThat(rule.check(keyed("", "06652"))).isEmpty();
    }

    @Test
    void codesOutsideTheBundledTablesStillFireWithoutNames() {
        Finding f = only(rule, keyed("00004", "00001"));
        assertThat(f.evidence()).doesNotContainKeys("oldUnit", "currentUnit");
    }
}
