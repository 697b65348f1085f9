package com.example.landoffice;

import static org.parcelrecon.testkit.rule.EvidenceSamples.cleanFieldParcel;
import static org.parcelrecon.testkit.rule.EvidenceSamples.cleanParcel;

import org.junit.jupiter.api.Test;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.testkit.rule.RuleContract;
import org.parcelrecon.testkit.rule.RuleTester;

/**
 * The same rule tested with parcelrecon-testkit: realistic evidence from EvidenceSamples, findings checked with
 * RuleTester, and the rule contract (deterministic, silent on clean parcels, never throws on odd evidence, ...)
 * inherited from RuleContract.
 */
class LargeResidentialParcelRuleTesterTest implements RuleContract {
    private final RuleTester tester = RuleTester.forRule(new LargeResidentialParcelRule());

    @Override
    public Rule rule() {
        return new LargeResidentialParcelRule();
    }

    @Test
    void largeUrbanHouseLotNeedsReview() {
        tester.given(cleanParcel().withArea(650))
                .expectFinding("LARGE_RESIDENTIAL_PARCEL")
                .withSeverity(Severity.WARNING)
                .withEvidence("landUseCode", "ODT")
                .withEvidence("registeredAreaM2", "650.0")
                .withMessage("Residential parcel (đất ở, ODT) of 650.0 m² is over the 400.0 m² this office reviews by hand");
    }

    @Test
    void ruralHouseLotCountsToo() {
        tester.given(cleanParcel().withLandUseCode("ONT").withArea(400.5)).expectFindingCodes("LARGE_RESIDENTIAL_PARCEL");
    }

    @Test
    void atTheLimitOrOnFarmlandNothingIsFound() {
        tester.given(cleanParcel().withArea(400)).expectNoFindings();
        tester.given(cleanFieldParcel().withArea(5000)).expectNoFindings();
        tester.given(cleanParcel().withoutRegisteredArea()).expectNoFindings();
    }

    @Test
    void limitComesFromTheOfficeConfiguration() {
        tester.configuredWith("{\"maxAreaM2\": 100}").given(cleanParcel())
                .expectFinding("LARGE_RESIDENTIAL_PARCEL").withEvidence("maxAreaM2", "100.0");
        tester.expectConfigurationRejected("{\"maxAreaM2\": 0}")
                .withMessage("test configuration: rules.LARGE_RESIDENTIAL_PARCEL.maxAreaM2: must be above 0; got 0.0");
    }
}
