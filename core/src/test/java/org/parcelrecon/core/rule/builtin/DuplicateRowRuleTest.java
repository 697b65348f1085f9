package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class DuplicateRowRuleTest {
    private final Rule rule = RuleFixtures.rule("DUPLICATE_ROW");

    private static RegisterRow row(long line, String name, int year, String id) {
        LandUser.Builder u = LandUser.builder(name).birthYear(year);
        if (id != null) {
            u.idNumber(id);
        }
        return RegisterRow.builder().sourceLine(line).registeredAreaM2(94.8).landUseCode("ODT").addLandUser(u.build())
                .build();
    }

    private static Evidence rows(RegisterRow... rows) {
        Evidence.Builder b = Evidence.builder(EvidenceFixtures.KEY).addMapParcel(EvidenceFixtures.mapParcel());
        for (RegisterRow r : rows) {
            b.addRow(r);
        }
        return b.build();
    }

    @Test
    void aCopiedRowIsReportedOnTheCopyNamingTheOriginal() {
        Finding f = only(rule, rows(row(42, "Hoàng Thị Ngọc Huyền", 1992, "022192339987"),
                row(43, "Hoàng Thị Ngọc Huyền", 1992, "022192339987")));
        assertThat(f.code()).isEqualTo(ReasonCode.DUPLICATE_ROW);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.evidence()).containsEntry("line", "43").containsEntry("copyOfLine", "42");
        assertThat(f.message()).doesNotContain("022192339987");
    }

    @Test
    void theSameNameWithoutDiacriticsOrInCapitalsIsTheSameUser() {
        assertThat(rule.check(rows(row(42, "Hoàng Thị Ngọc Huyền", 1992, null),
                row(43, "HOANG THI NGOC HUYEN", 1992, null)))).hasSize(1);
    }

    @Test
    void coUsersAndNamesakesBornInOtherYearsAreNotDuplicates() {
        assertThat(rule.check(rows(row(41, "Phan Đức Hải", 1966, null), row(42, "Vũ Thị Giang", 1966, null))))
                .isEmpty();
        assertThat(rule.check(rows(row(41, "Phan Đức Hải", 1966, null), row(42, "Phan Đức Hải", 1990, null))))
                .isEmpty();
    }

    @Test
    void silentForOneRow() {
        assertThat(rule.check(EvidenceFixtures.clean())).isEmpty();
    }
}
