package org.parcelrecon.testkit.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcelrecon.testkit.rule.EvidenceSamples.cleanFieldParcel;
import static org.parcelrecon.testkit.rule.EvidenceSamples.cleanParcel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.builtin.BuiltInRules;

/** RuleTester on a host's rule (FieldWithoutCertificateRule) and on the built-in rules. */
class RuleTesterTest {
    private final RuleTester tester = RuleTester.forRule(new FieldWithoutCertificateRule());
    private final ParcelSample uncertifiedField = cleanFieldParcel().withoutCertificateSerial();

    @Test
    void findsWhatTheHostRuleReports() {
        tester.given(uncertifiedField)
                .expectFinding("FIELD_WITHOUT_CERTIFICATE")
                .withSeverity(Severity.WARNING)
                .withEvidence("landUseCode", "LUC")
                .withEvidence("registeredAreaM2", "1250.0")
                .withEvidenceNamed("landUseCode")
                .withMessage("Agricultural parcel (LUC) of 1250.0 m² has no certificate (giấy chứng nhận)")
                .withMessageContaining("no certificate")
                .and()
                .expectFindingCodes("FIELD_WITHOUT_CERTIFICATE")
                .expectNoFinding("AREA_MISMATCH");
    }

    @Test
    void findsNothingWhereTheRuleDoesNotApply() {
        tester.given(cleanFieldParcel()).expectNoFindings();
        tester.given(uncertifiedField.withRegisteredArea(800)).expectNoFindings();
        tester.given(uncertifiedField.withLandUseCode("ONT")).expectNoFindings();
        tester.given(uncertifiedField.unregistered()).expectNoFindings();
    }

    @Test
    void appliesConfigurationAsAPipelineWould() {
        tester.configuredWith("{\"minAreaM2\": 2000}").given(uncertifiedField).expectNoFindings();
        tester.configuredWith("{\"minAreaM2\": 500, \"severity\": \"CONTRADICTION\"}").given(uncertifiedField)
                .expectFinding("FIELD_WITHOUT_CERTIFICATE").withSeverity(Severity.CONTRADICTION);
        tester.expectConfigurationRejected("{\"minAreaM2\": -1}")
                .withMessage("test configuration: rules.FIELD_WITHOUT_CERTIFICATE.minAreaM2: must be at least 0; got -1.0");
        tester.expectConfigurationRejected("{\"minAreaMM\": 5}").withMessageContaining("unknown parameter");
        assertThatThrownBy(() -> tester.expectConfigurationRejected("{\"minAreaM2\": 5}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("but it was accepted");
    }

    @Test
    void failedExpectationsSayWhatWasFound() {
        assertThatThrownBy(() -> tester.given(cleanFieldParcel()).expectFinding("FIELD_WITHOUT_CERTIFICATE"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected a finding FIELD_WITHOUT_CERTIFICATE from rule FIELD_WITHOUT_CERTIFICATE on record "
                        + "06979/7/88, but got no findings");
        assertThatThrownBy(() -> tester.given(uncertifiedField).expectNoFindings())
                .hasMessageContaining("expected no findings")
                .hasMessageContaining("FIELD_WITHOUT_CERTIFICATE WARNING: Agricultural parcel (LUC)");
        assertThatThrownBy(() -> tester.given(uncertifiedField).expectFinding("FIELD_WITHOUT_CERTIFICATE")
                .withSeverity(Severity.INFO)).hasMessageContaining("(it has WARNING)");
        assertThatThrownBy(() -> tester.given(uncertifiedField).expectFinding("FIELD_WITHOUT_CERTIFICATE")
                .withEvidence("registeredAreaM2", "1250")).hasMessageContaining("registeredAreaM2 is 1250.0");
        assertThatThrownBy(() -> tester.given(uncertifiedField).expectFindingCodes())
                .hasMessageContaining("expected findings []");
    }

    @Test
    void aRuleThatAnswersDifferentlyEachTimeFails() {
        AtomicInteger calls = new AtomicInteger();
        Rule flaky = new Rule() {
            @Override
            public String id() {
                return "FLAKY";
            }

            @Override
            public String description() {
                return "Reports every other call.";
            }

            @Override
            public List<Finding> check(Evidence evidence) {
                return calls.incrementAndGet() % 2 == 0 ? List.of()
                        : List.of(Finding.builder(ReasonCode.of("FLAKY"), Severity.INFO).message("now").build());
            }
        };
        assertThatThrownBy(() -> RuleTester.forRule(flaky).given(cleanParcel()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("rule FLAKY is not deterministic");
    }

    @Test
    void testsTheBuiltInRulesTogetherWithAHostRule() {
        List<Rule> rules = new ArrayList<>(BuiltInRules.all());
        rules.add(new FieldWithoutCertificateRule());
        RuleTester all = RuleTester.forRules(rules);
        all.given(uncertifiedField.withMapArea(1300))
                .expectFindingCodes("AREA_MISMATCH", "FIELD_WITHOUT_CERTIFICATE")
                .expectFinding("AREA_MISMATCH").withSeverity(Severity.WARNING).withEvidence("mapAreaM2", "1300.0");
        all.configuredWith("{\"rules\": {\"AREA_MISMATCH\": {\"enabled\": false}}}")
                .given(uncertifiedField.withMapArea(1400))
                .expectFindingCodes("FIELD_WITHOUT_CERTIFICATE");
    }

    @Test
    void masksIdNumbersUnlessAskedForThemInFull() {
        RuleTester outdated = RuleTester.forRules(List.of(BuiltInRules.all().get(BuiltInRules.ids().indexOf("USER_ID_OUTDATED"))));
        ParcelSample cmndOnly = cleanParcel().withFirstUser(u -> u.withIdNumber("100123456"));
        String masked = outdated.given(cmndOnly).expectFinding("USER_ID_OUTDATED").finding().evidence().toString();
        String full = outdated.showingFullIds().given(cmndOnly).expectFinding("USER_ID_OUTDATED").finding().evidence().toString();
        assertThat(masked).contains("10*****56").doesNotContain("100123456");
        assertThat(full).contains("100123456");
    }

    @Test
    void severalFindingsOfOneCodeNeedTheListOfFindings() {
        RuleTester notFound = RuleTester.forRules(List.of(BuiltInRules.all().get(BuiltInRules.ids().indexOf("USER_NOT_FOUND"))));
        RuleCheck check = notFound.given(EvidenceSamples.coOwnedParcel()
                .withFirstUser(UserSample::withoutLink)
                .withCoOwner(UserSample.unlinked("Lê Văn Tám")));
        assertThat(check.findings()).hasSize(2);
        assertThatThrownBy(() -> check.expectFinding("USER_NOT_FOUND")).hasMessageContaining("there are several");
    }
}
