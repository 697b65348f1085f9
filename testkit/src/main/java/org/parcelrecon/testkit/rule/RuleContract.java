package org.parcelrecon.testkit.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleParameters;
import org.parcelrecon.core.rule.RuleSet;

/**
 * The contract every {@link Rule} keeps, as JUnit 5 tests a rule's test class inherits by implementing this
 * interface and saying which rule it tests:
 * <pre>{@code
 * class LargeResidentialParcelRuleTest implements RuleContract {
 *     @Override
 *     public Rule rule() {
 *         return new LargeResidentialParcelRule();
 *     }
 *     // ... the rule's own tests
 * }
 * }</pre>
 *
 * <p>What it checks (the contract in {@link Rule}'s documentation):
 * <ul>
 *   <li>the id is a well-formed reason code ({@code [A-Z][A-Z0-9_]*}, at most 64 characters) and the description
 *       one non-blank line;</li>
 *   <li>nothing is found on clean evidence ({@link #cleanEvidence()}), unless the rule documents otherwise by
 *       overriding {@link #findsSomethingOnCleanEvidence()};</li>
 *   <li>{@code check} never throws and never returns null on odd but possible evidence
 *       ({@link EvidenceSamples#oddCases()} plus {@link #oddEvidence()}), and is deterministic on it;</li>
 *   <li>findings carry only the rule's reason codes ({@link #reasonCodes()}, by default its id);</li>
 *   <li>{@code configure} with no parameters returns a rule with the same id that finds the same, and the rule
 *       builds into a {@link RuleSet} with an empty configuration.</li>
 * </ul>
 * Override {@link #cleanEvidence()} or {@link #oddEvidence()} to add the rule's own cases.
 */
public interface RuleContract {
    /** {@return the rule under test, with its defaults} */
    Rule rule();

    /**
     * Evidence on which register, map and population agree: by default {@link EvidenceSamples#clean()}.
     *
     * @return evidence the rule must find nothing wrong in
     */
    default List<Evidence> cleanEvidence() {
        List<Evidence> clean = new ArrayList<>();
        for (ParcelSample s : EvidenceSamples.clean()) {
            clean.add(s.toEvidence());
        }
        return clean;
    }

    /**
     * More odd evidence for this rule, on top of {@link EvidenceSamples#oddCases()}; none by default.
     *
     * @return evidence the rule must neither throw on nor return null for
     */
    default List<Evidence> oddEvidence() {
        return List.of();
    }

    /**
     * {@return whether the rule is documented to report something on clean evidence (e.g. an INFO rule); false by
     * default}
     */
    default boolean findsSomethingOnCleanEvidence() {
        return false;
    }

    /** {@return the reason codes the rule reports; by default only its id} */
    default Set<String> reasonCodes() {
        return Set.of(rule().id());
    }

    /** The id is a well-formed reason code. */
    @Test
    default void idIsAWellFormedReasonCode() {
        String id = rule().id();
        try {
            ReasonCode.of(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AssertionError("rule " + rule().getClass().getName() + " has an id that is not a reason code: "
                    + e.getMessage(), e);
        }
    }

    /** The description is one line of text. */
    @Test
    default void describesItselfInOneLine() {
        String d = rule().description();
        if (d == null || d.isBlank() || d.contains("\n")) {
            throw new AssertionError("rule " + rule().id() + " needs a one-line description; got \"" + d + "\"");
        }
    }

    /** Nothing is found on clean evidence, unless documented. */
    @Test
    default void findsNothingOnCleanEvidence() {
        if (findsSomethingOnCleanEvidence()) {
            return;
        }
        RuleTester tester = RuleTester.forRule(rule());
        for (Evidence e : cleanEvidence()) {
            tester.given(e).expectNoFindings();
        }
    }

    /** Odd evidence neither breaks the rule nor makes it nondeterministic. */
    @Test
    default void neverThrowsOrReturnsNullOnOddEvidence() {
        Rule rule = rule();
        for (Evidence e : allOdd()) {
            List<Finding> first;
            try {
                first = rule.check(e);
            } catch (RuntimeException ex) {
                throw new AssertionError("rule " + rule.id() + " threw on record " + e.key() + " (" + e + "): " + ex, ex);
            }
            if (first == null) {
                throw new AssertionError("rule " + rule.id() + " returned null on record " + e.key() + "; return List.of()");
            }
            for (Finding f : first) {
                if (f == null) {
                    throw new AssertionError("rule " + rule.id() + " returned a null finding on record " + e.key());
                }
            }
            if (!first.equals(rule.check(e))) {
                throw new AssertionError("rule " + rule.id() + " is not deterministic on record " + e.key());
            }
        }
    }

    /** Findings carry only the rule's reason codes. */
    @Test
    default void reportsOnlyItsOwnReasonCodes() {
        Rule rule = rule();
        Set<String> allowed = reasonCodes();
        List<Evidence> all = new ArrayList<>(cleanEvidence());
        all.addAll(allOdd());
        for (Evidence e : all) {
            for (Finding f : rule.check(e)) {
                if (!allowed.contains(f.code().value())) {
                    throw new AssertionError("rule " + rule.id() + " reported " + f.code() + " on record " + e.key()
                            + "; it declares " + allowed + " (override reasonCodes() to declare more)");
                }
            }
        }
    }

    /** Configuring with nothing keeps the id and the behaviour, and the rule builds into a rule set. */
    @Test
    default void configuringWithNoParametersChangesNothing() {
        Rule rule = rule();
        Rule configured = rule.configure(RuleParameters.empty(rule.id()));
        if (configured == null || !rule.id().equals(configured.id())) {
            throw new AssertionError("rule " + rule.id() + ".configure(no parameters) must return a rule with the"
                    + " same id; got " + (configured == null ? "null" : configured.id()));
        }
        List<Evidence> all = new ArrayList<>(cleanEvidence());
        all.addAll(allOdd());
        for (Evidence e : all) {
            if (!rule.check(e).equals(configured.check(e))) {
                throw new AssertionError("rule " + rule.id() + " configured with no parameters finds something else"
                        + " on record " + e.key() + " than the rule as created");
            }
        }
        RuleSet.builder().add(rule).build();
    }

    private List<Evidence> allOdd() {
        List<Evidence> all = new ArrayList<>(EvidenceSamples.oddCases());
        all.addAll(oddEvidence());
        return all;
    }
}
