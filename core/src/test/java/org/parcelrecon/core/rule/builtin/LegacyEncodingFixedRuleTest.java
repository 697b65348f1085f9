package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.LegacyText;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.text.TextEncoding;

class LegacyEncodingFixedRuleTest {
    private final Rule rule = RuleFixtures.rule("LEGACY_ENCODING_FIXED");

    @Test
    void firesOncePerRecordListingFieldsAndEncodingsOnce() {
        Evidence e = Evidence.builder(EvidenceFixtures.KEY)
                .addRow(EvidenceFixtures.row()
                        .addDecodedText(new LegacyText("landUser.name", "NguyÔn V¨n An", "Nguyễn Văn An", TextEncoding.TCVN3))
                        .addDecodedText(new LegacyText("address", "Hßn Gai", "Hòn Gai", TextEncoding.TCVN3))
                        .build())
                .addRow(EvidenceFixtures.row()
                        .addDecodedText(new LegacyText("landUser.name", "Traàn Thò Hoàng", "Trần Thị Hồng", TextEncoding.VNI_WINDOWS))
                        .build())
                .build();
        Finding f = only(rule, e);
        assertThat(f.code()).isEqualTo(ReasonCode.LEGACY_ENCODING_FIXED);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).isEqualTo("Text in a legacy font encoding (TCVN3, VNI-Windows) was converted to Unicode in: "
                + "landUser.name, address");
        assertThat(f.evidence()).containsEntry("fields", "landUser.name, address").containsEntry("encodings", "TCVN3, VNI-Windows");
    }

    @Test
    void silentWhenNothingWasDecoded() {
        assertThat(rule.check(EvidenceFixtures.clean())).isEmpty();
        assertThat(rule.check(Evidence.unregisteredParcel(EvidenceFixtures.KEY, EvidenceFixtures.mapParcel()))).isEmpty();
    }
}
