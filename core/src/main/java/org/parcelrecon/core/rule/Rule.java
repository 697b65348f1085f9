package org.parcelrecon.core.rule;

import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;

/**
 * A check on one register record's evidence: the plug-in point for scoring.
 *
 * <p>The built-in rules ({@code org.parcelrecon.core.rule.builtin.BuiltInRules}) are ordinary
 * implementations. A host system adds its own by implementing this interface and either listing the
 * class in {@code META-INF/services/org.parcelrecon.core.rule.Rule} (found by
 * {@link RuleSet.Builder#discover()}; the class then needs a public no-argument constructor) or passing an
 * instance to {@link RuleSet.Builder#add(Rule...)}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #id()} is stable and has the form of a reason code ({@code [A-Z][A-Z0-9_]*}, at most 64
 *       characters); configuration files refer to the rule by it. By convention a rule that reports a single
 *       reason code uses it as its id.</li>
 *   <li>{@link #check} is deterministic (the same evidence gives equal findings in the same order), has no
 *       side effects, never returns null, and returns {@code List.of()} when nothing is found. It runs once per
 *       record, millions of times a run: keep it free of regular expressions, streams and allocation on the
 *       path where nothing is found, and build messages only for findings that fire.</li>
 *   <li>{@link #configure} never changes {@code this}: it returns a rule with the configured settings
 *       (or {@code this} when there is nothing to configure), with thresholds already in fields so that
 *       {@code check} reads no configuration. It must read every parameter it understands: a parameter it
 *       does not read is reported to the user as unknown. Bad values are reported with
 *       {@link RuleParameters#invalid}.</li>
 *   <li>Instances are immutable and thread-safe: one rule checks many records at once.</li>
 *   <li>Bad data is reported as findings, never thrown. An exception escaping {@code check} is a bug and
 *       stops the run with a {@link RuleFailureException} naming the rule and the record.</li>
 * </ul>
 *
 * <p>Example: see the {@code examples/host-rule} module and the README section "Writing your own rule".
 */
public interface Rule {
    /** {@return the stable id, e.g. {@code AREA_MISMATCH}} */
    String id();

    /** {@return one sentence on what the rule checks, for help texts and reports} */
    String description();

    /**
     * {@return this rule with the given settings; the default has no settings and returns {@code this}}
     *
     * @throws RuleConfigException when a parameter is missing, of the wrong type or out of range
     * @param parameters this rule's section of the configuration
     */
    default Rule configure(RuleParameters parameters) {
        return this;
    }

    /**
     * {@return the findings for one record, in a fixed order; {@code List.of()} when there are none}
     *
     * @param evidence everything known about one register record
     */
    List<Finding> check(Evidence evidence);
}
