package org.parcelrecon.core.rule.builtin;

import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleConfig;

/** Built-in rules for tests, with defaults or with a section of JSON. */
final class RuleFixtures {
    private RuleFixtures() {
    }

    /** The built-in rule with this id, with its defaults. */
    static Rule rule(String id) {
        for (Rule r : BuiltInRules.all()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no built-in rule " + id);
    }

    /** The built-in rule configured with this section, e.g. {@code {"absoluteFloorM2": 5}}. */
    static Rule rule(String id, String sectionJson) {
        return rule(id).configure(RuleConfig.parse("{\"rules\": {\"" + id + "\": " + sectionJson + "}}", "test.json").parameters(id));
    }

    /** The rule configured with this whole configuration (e.g. to set idDisclosure). */
    static Rule ruleWithConfig(String id, String configJson) {
        return rule(id).configure(RuleConfig.parse(configJson, "test.json").parameters(id));
    }

    /** The rule's only finding; fails when it reports none or several. */
    static Finding only(Rule rule, Evidence evidence) {
        List<Finding> findings = rule.check(evidence);
        if (findings.size() != 1) {
            throw new AssertionError("expected one finding from " + rule.id() + ", got " + findings);
        }
        return findings.get(0);
    }
}
