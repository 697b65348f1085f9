package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.core.rule.builtin.RuleFixtures.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

class CertificateSerialInvalidRuleTest {
    private final Rule rule = RuleFixtures.rule("CERTIFICATE_SERIAL_INVALID");

    private static RegisterRow row(String serial) {
        return EvidenceFixtures.row().certificateSerial(serial).addLandUser(EvidenceFixtures.user().build()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BĐ 123456", "bd-123456", "CN 719597", "AA 09273289", "CS 01234"})
    void silentForKnownForms(String serial) {
        assertThat(rule.check(EvidenceFixtures.withRow(row(serial)))).isEmpty();
    }

    @Test
    void silentWithoutASerial() {
        RegisterRow none = RegisterRow.builder().registeredAreaM2(120).landUseCode("ODT")
                .addLandUser(EvidenceFixtures.user().build()).build();
        assertThat(rule.check(EvidenceFixtures.withRow(none))).isEmpty();
    }

    @Test
    void firesForASerialOfNoKnownFormWithItsProblems() {
        Finding f = only(rule, EvidenceFixtures.withRow(row("BĐ 12346A")));
        assertThat(f.code()).isEqualTo(ReasonCode.CERTIFICATE_SERIAL_INVALID);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.evidence()).containsEntry("certificateSerial", "BĐ 12346A").containsKey("problems");
        assertThat(f.message()).contains("'BĐ 12346A'");
    }

    @net.jqwik.api.Property
    void theFastPathAcceptsOnlyWhatTheParserAccepts(@net.jqwik.api.ForAll("serialLike") String serial) {
        if (CertificateSerialInvalidRule.isCanonicalSerial(serial)) {
            assertThat(org.parcelrecon.core.certificate.CertificateSerials.parse(serial).isValid()).isTrue();
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> serialLike() {
        return net.jqwik.api.Arbitraries.strings().withChars("ABCĐZa0123456789 -").ofMinLength(8).ofMaxLength(12);
    }
}
