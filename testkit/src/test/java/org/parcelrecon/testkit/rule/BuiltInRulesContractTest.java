package org.parcelrecon.testkit.rule;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.builtin.BuiltInRules;

/** Every built-in rule keeps the contract a host's rule is held to. */
class BuiltInRulesContractTest {
    @TestFactory
    List<DynamicTest> everyBuiltInRuleKeepsTheRuleContract() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : BuiltInRules.all()) {
            RuleContract contract = () -> rule;
            tests.add(DynamicTest.dynamicTest(rule.id() + " id", contract::idIsAWellFormedReasonCode));
            tests.add(DynamicTest.dynamicTest(rule.id() + " description", contract::describesItselfInOneLine));
            tests.add(DynamicTest.dynamicTest(rule.id() + " clean", contract::findsNothingOnCleanEvidence));
            tests.add(DynamicTest.dynamicTest(rule.id() + " odd", contract::neverThrowsOrReturnsNullOnOddEvidence));
            tests.add(DynamicTest.dynamicTest(rule.id() + " codes", contract::reportsOnlyItsOwnReasonCodes));
            tests.add(DynamicTest.dynamicTest(rule.id() + " configure", contract::configuringWithNoParametersChangesNothing));
        }
        return tests;
    }
}
