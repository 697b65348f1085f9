package org.parcelrecon.testkit.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleConfig;
import org.parcelrecon.core.rule.RuleConfigException;
import org.parcelrecon.core.rule.RuleSet;

/**
 * Unit-tests a rule (a host system's own, or a built-in one) in a few lines: configure it, give it a parcel's
 * evidence, and check the findings. Works with any test framework: a failed expectation throws
 * {@link AssertionError} with the rule, the record and every finding in its message.
 * <pre>{@code
 * RuleTester tester = RuleTester.forRule(new LargeResidentialParcelRule());
 *
 * tester.given(EvidenceSamples.cleanParcel().withArea(650))
 *         .expectFinding("LARGE_RESIDENTIAL_PARCEL")
 *         .withSeverity(Severity.WARNING)
 *         .withEvidence("registeredAreaM2", "650.0")
 *         .withMessageContaining("650.0 m²");
 *
 * tester.given(EvidenceSamples.cleanParcel()).expectNoFindings();
 *
 * tester.configuredWith("{\"maxAreaM2\": 100}")                 // the rule's section of the configuration
 *         .given(EvidenceSamples.cleanParcel())
 *         .expectFindingCodes("LARGE_RESIDENTIAL_PARCEL");
 *
 * tester.expectConfigurationRejected("{\"maxAreaM2\": 0}").withMessageContaining("must be above 0");
 * }</pre>
 *
 * <p>The rule runs inside a {@link RuleSet} built as the pipeline builds it, so configuration is applied (and
 * a parameter the rule does not read is reported) exactly as in a real run, and severity overrides apply. Every
 * {@code given} runs the rule twice and fails if the two results differ: rules must be deterministic. An
 * exception from the rule surfaces as the pipeline's {@link org.parcelrecon.core.rule.RuleFailureException}.
 *
 * <p>Immutable: {@code configuredWith} and the like return a new tester; one tester can be a test class's field.
 *
 * <p>Thread-safe, being immutable.
 */
public final class RuleTester {
    private final List<Rule> rules;
    private final String subject;
    private final boolean single;
    private final String configJson;
    private final IdDisclosure disclosure;

    private RuleTester(List<Rule> rules, String subject, boolean single, String configJson, IdDisclosure disclosure) {
        this.rules = rules;
        this.subject = subject;
        this.single = single;
        this.configJson = configJson;
        this.disclosure = disclosure;
    }

    /**
     * {@return a tester for one rule, with its defaults}
     *
     * @param rule the rule under test
     */
    public static RuleTester forRule(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        return new RuleTester(List.of(rule), "rule " + rule.id(), true, null, IdDisclosure.MASKED);
    }

    /**
     * {@return a tester for several rules run together in this order (e.g. {@code BuiltInRules.all()} plus a host's
     * rule);
     * {@link #configuredWith} then takes a whole configuration file ({@code {"rules": {...}}})}
     *
     * @param rules the rules under test, in the order they run
     */
    public static RuleTester forRules(List<? extends Rule> rules) {
        Objects.requireNonNull(rules, "rules");
        List<String> ids = new ArrayList<>();
        for (Rule r : rules) {
            ids.add(Objects.requireNonNull(r, "rule").id());
        }
        return new RuleTester(List.copyOf(rules), "rules " + ids, false, null, IdDisclosure.MASKED);
    }

    /**
     * {@return this tester with a configuration: for {@link #forRule} the rule's own section (e.g.
     * {@code {"maxAreaM2": 200, "severity": "CONTRADICTION"}}), for {@link #forRules} a whole configuration
     * ({@code {"rules": {"AREA_MISMATCH": {...}}}})} JSON with comments, as configuration files allow.
     *
     * @param json the configuration as JSON text
     */
    public RuleTester configuredWith(String json) {
        Objects.requireNonNull(json, "json");
        return new RuleTester(rules, subject, single, json, disclosure);
    }

    /**
     * {@return this tester with ID numbers shown in full in findings ({@link IdDisclosure#FULL}); masked by default}
     */
    public RuleTester showingFullIds() {
        return new RuleTester(rules, subject, single, configJson, IdDisclosure.FULL);
    }

    /**
     * Runs the rule(s) on the evidence of this sample.
     *
     * @param sample a parcel sample, e.g. {@code cleanParcel().withArea(650)}
     * @return the findings, to state expectations on
     */
    public RuleCheck given(ParcelSample sample) {
        return given(Objects.requireNonNull(sample, "sample").toEvidence());
    }

    /**
     * Runs the rule(s) on this evidence, twice.
     *
     * @throws AssertionError if the two runs give different findings
     * @throws RuleConfigException if the configuration is rejected
     * @param evidence the evidence of one record
     * @return the findings, to state expectations on
     */
    public RuleCheck given(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        RuleSet set = ruleSet();
        List<Finding> first = set.check(evidence);
        List<Finding> second = set.check(evidence);
        if (!first.equals(second)) {
            throw new AssertionError(subject + " is not deterministic on record " + evidence.key() + ": first run "
                    + RuleCheck.describe(first) + ", second run " + RuleCheck.describe(second));
        }
        return new RuleCheck(subject, evidence, first);
    }

    /** {@return the rule set the tester runs, configured; for tests that need it directly} */
    public RuleSet ruleSet() {
        return RuleSet.builder().add(rules).config(config()).build();
    }

    /**
     * Expects the rule(s) to reject this configuration (same form as {@link #configuredWith}).
     *
     * @return the rejection, to check its message
     * @throws AssertionError if the configuration is accepted
     * @param json the configuration as JSON text
     */
    public Rejection expectConfigurationRejected(String json) {
        RuleTester configured = configuredWith(json);
        try {
            configured.ruleSet();
        } catch (RuleConfigException e) {
            return new Rejection(subject, e);
        }
        throw new AssertionError("expected " + subject + " to reject the configuration " + json + ", but it was accepted");
    }

    private RuleConfig config() {
        if (configJson == null) {
            return RuleConfig.empty().withIdDisclosure(disclosure);
        }
        String json = single ? "{\"rules\": {\"" + rules.get(0).id() + "\": " + configJson + "}}" : configJson;
        return RuleConfig.parse(json, "test configuration").withIdDisclosure(disclosure);
    }

    /** A configuration a rule rejected; check its message. */
    public static final class Rejection {
        private final String subject;
        private final RuleConfigException exception;

        Rejection(String subject, RuleConfigException exception) {
            this.subject = subject;
            this.exception = exception;
        }

        /** {@return the exception the rule threw} */
        public RuleConfigException exception() {
            return exception;
        }

        /**
         * Expects the message to contain {@code text}.
         *
         * @param text a part the message must contain, e.g. the parameter's name
         * @return this rejection, for further expectations
         */
        public Rejection withMessageContaining(String text) {
            Objects.requireNonNull(text, "text");
            if (!exception.getMessage().contains(text)) {
                throw new AssertionError("expected " + subject + " to reject the configuration with a message containing \""
                        + text + "\", but the message was \"" + exception.getMessage() + "\"");
            }
            return this;
        }

        /**
         * Expects exactly this message.
         *
         * @param message the whole message expected
         * @return this rejection, for further expectations
         */
        public Rejection withMessage(String message) {
            Objects.requireNonNull(message, "message");
            if (!exception.getMessage().equals(message)) {
                throw new AssertionError("expected " + subject + " to reject the configuration with the message \""
                        + message + "\", but the message was \"" + exception.getMessage() + "\"");
            }
            return this;
        }
    }
}
