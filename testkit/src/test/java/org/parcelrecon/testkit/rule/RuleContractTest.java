package org.parcelrecon.testkit.rule;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

/**
 * A host's rule test inherits the contract by implementing it (the inherited tests run here), and the contract
 * catches rules that break it.
 */
class RuleContractTest implements RuleContract {
    @Override
    public Rule rule() {
        return new FieldWithoutCertificateRule();
    }

    @Override
    public List<Evidence> oddEvidence() {
        return List.of(EvidenceSamples.cleanFieldParcel().withoutCertificateSerial().withRegisteredArea(Double.MAX_VALUE)
                .toEvidence());
    }

    /** A contract for a rule under test, for running the inherited checks on broken rules. */
    private static RuleContract contractFor(Rule rule) {
        return () -> rule;
    }

    @Test
    void catchesARuleThatThrowsOnOddEvidence() {
        Rule fragile = new Broken("FRAGILE") {
            @Override
            public List<Finding> check(Evidence evidence) {
                return List.of(finding(evidence.rows().get(0).landUsers().get(0).name()));
            }
        };
        assertThatThrownBy(() -> contractFor(fragile).neverThrowsOrReturnsNullOnOddEvidence())
                .isInstanceOf(AssertionError.class).hasMessageContaining("rule FRAGILE threw on record 06652/12/345");
    }

    @Test
    void catchesARuleThatReturnsNull() {
        Rule nullish = new Broken("NULLISH") {
            @Override
            public List<Finding> check(Evidence evidence) {
                return null;
            }
        };
        assertThatThrownBy(() -> contractFor(nullish).neverThrowsOrReturnsNullOnOddEvidence())
                .hasMessageContaining("returned null");
    }

    @Test
    void catchesARuleThatFiresOnCleanEvidence() {
        Rule noisy = new Broken("NOISY") {
            @Override
            public List<Finding> check(Evidence evidence) {
                return List.of(finding("always"));
            }
        };
        assertThatThrownBy(() -> contractFor(noisy).findsNothingOnCleanEvidence())
                .hasMessageContaining("expected no findings from rule NOISY on record 06652/12/345")
                .hasMessageContaining("NOISY WARNING: always");
    }

    @Test
    void catchesAFindingWithAnotherRulesCode() {
        Rule borrower = new Broken("BORROWER") {
            @Override
            public List<Finding> check(Evidence evidence) {
                return List.of(Finding.builder(ReasonCode.AREA_MISMATCH, Severity.INFO).message("not mine").build());
            }
        };
        assertThatThrownBy(() -> contractFor(borrower).reportsOnlyItsOwnReasonCodes())
                .hasMessageContaining("rule BORROWER reported AREA_MISMATCH");
    }

    @Test
    void catchesABadIdAndABadDescription() {
        Rule lower = new Broken("lower_case") {
            @Override
            public String description() {
                return "two\nlines";
            }
        };
        assertThatThrownBy(() -> contractFor(lower).idIsAWellFormedReasonCode()).hasMessageContaining("lower_case");
        assertThatThrownBy(() -> contractFor(lower).describesItselfInOneLine()).hasMessageContaining("one-line description");
    }

    @Test
    void catchesAConfigureThatChangesTheId() {
        Rule shifty = new Broken("SHIFTY") {
            @Override
            public Rule configure(org.parcelrecon.core.rule.RuleParameters parameters) {
                return new Broken("OTHER");
            }
        };
        assertThatThrownBy(() -> contractFor(shifty).configuringWithNoParametersChangesNothing())
                .hasMessageContaining("same id; got OTHER");
    }

    /** A rule that finds nothing; tests override what they break. */
    private static class Broken implements Rule {
        private final String id;

        Broken(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "A rule for testing the contract.";
        }

        @Override
        public List<Finding> check(Evidence evidence) {
            return List.of();
        }

        Finding finding(String message) {
            return Finding.builder(ReasonCode.of(id), Severity.WARNING).message(message).build();
        }
    }
}
