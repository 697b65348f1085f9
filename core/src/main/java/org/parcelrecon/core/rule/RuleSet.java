package org.parcelrecon.core.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.Severity;

/**
 * A configured, ordered set of rules that checks one record's evidence at a time.
 * <pre>{@code
 * RuleSet rules = RuleSet.builder()
 *         .add(BuiltInRules.all())                       // the built-in rules, in their documented order
 *         .discover()                                    // host rules from META-INF/services
 *         .disable("RENUMBERED")
 *         .config(RuleConfig.load(Path.of("rules.json")))
 *         .build();
 * List<Finding> findings = rules.check(evidence);
 * }</pre>
 *
 * <h2>Order and determinism</h2>
 * Rules run in the order they were added to the builder; one {@link Builder#discover()} call adds the rules
 * it finds sorted by id (the class path's order is not stable). Findings come in rule order, and within a
 * rule in the order the rule reports them. So the same evidence and configuration always give equal
 * findings in the same order.
 *
 * <h2>Configuration</h2>
 * {@link Builder#build()} gives every enabled rule its section of the {@link RuleConfig} through
 * {@link Rule#configure}, and fails with a {@link RuleConfigException} for a section whose rule id is not
 * in the set, or for a parameter the rule did not read. A rule is skipped when {@link Builder#disable} names
 * it or its section says {@code "enabled": false}. A section's {@code "severity"} replaces the severity of
 * every finding of that rule.
 *
 * <p>Immutable and thread-safe: one rule set can check records on many threads.
 */
public final class RuleSet {
    private final Rule[] rules;
    private final Severity[] severityOverrides;
    private final List<Rule> ruleList;

    private RuleSet(Rule[] rules, Severity[] severityOverrides) {
        this.rules = rules;
        this.severityOverrides = severityOverrides;
        this.ruleList = List.of(rules);
    }

    /** {@return a builder with no rules, an empty configuration and nothing disabled} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the configured rules that run, in order} */
    public List<Rule> rules() {
        return ruleList;
    }

    /** {@return the ids of the rules that run, in order} */
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>(rules.length);
        for (Rule r : rules) {
            ids.add(r.id());
        }
        return List.copyOf(ids);
    }

    /**
     * {@return every finding of every rule for one record, in rule order; {@code List.of()} when there are none}
     *
     * @throws RuleFailureException when a rule throws or returns null (a bug in that rule)
     * @param evidence everything known about one register record
     */
    public List<Finding> check(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        List<Finding> out = null;
        for (int i = 0; i < rules.length; i++) {
            Rule rule = rules[i];
            List<Finding> found;
            try {
                found = rule.check(evidence);
            } catch (RuntimeException e) {
                throw failure(rule, evidence, "threw " + e, e);
            }
            if (found == null) {
                throw failure(rule, evidence, "returned null instead of a list", null);
            }
            int n = found.size();
            if (n == 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(4);
            }
            Severity override = severityOverrides[i];
            for (int j = 0; j < n; j++) {
                Finding f = found.get(j);
                if (f == null) {
                    throw failure(rule, evidence, "returned a null finding", null);
                }
                out.add(override == null ? f : f.withSeverity(override));
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    private static RuleFailureException failure(Rule rule, Evidence evidence, String what, Throwable cause) {
        return new RuleFailureException(rule.id(), "rule " + rule.id() + " (" + rule.getClass().getName() + ") "
                + what + " on record " + evidence.key(), cause);
    }

    @Override
    public String toString() {
        return "RuleSet" + ruleIds();
    }

    /** Collects rules and settings for a {@link RuleSet}; not thread-safe. */
    public static final class Builder {
        private static final String SERVICE_FILE = "META-INF/services/" + Rule.class.getName();

        private final List<Rule> rules = new ArrayList<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private RuleConfig config = RuleConfig.empty();

        private Builder() {
        }

        /**
         * Adds rules, in this order, after those already added.
         *
         * @return this builder
         * @param newRules the rules to add
         */
        public Builder add(Rule... newRules) {
            for (Rule r : newRules) {
                rules.add(Objects.requireNonNull(r, "rule"));
            }
            return this;
        }

        /**
         * Adds rules, in the collection's iteration order, after those already added.
         *
         * @return this builder
         * @param newRules the rules to add
         */
        public Builder add(Collection<? extends Rule> newRules) {
            for (Rule r : newRules) {
                rules.add(Objects.requireNonNull(r, "rule"));
            }
            return this;
        }

        /**
         * Adds the rules registered with {@link ServiceLoader} on the thread's context class loader, sorted by id.
         *
         * @return this builder
         */
        public Builder discover() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return discover(loader != null ? loader : RuleSet.class.getClassLoader());
        }

        /**
         * Adds the rules registered with {@link ServiceLoader} on {@code loader}
         * ({@code META-INF/services/org.parcelrecon.core.rule.Rule}), sorted by id.
         *
         * @throws RuleDiscoveryException naming the provider when one cannot be loaded or created
         * @return this builder
         * @param loader the class loader whose services to read
         */
        public Builder discover(ClassLoader loader) {
            Objects.requireNonNull(loader, "loader");
            List<Rule> found = new ArrayList<>();
            Iterator<ServiceLoader.Provider<Rule>> providers = ServiceLoader.load(Rule.class, loader).stream().iterator();
            while (true) {
                ServiceLoader.Provider<Rule> provider;
                try {
                    if (!providers.hasNext()) {
                        break;
                    }
                    provider = providers.next();
                } catch (ServiceConfigurationError e) {
                    throw new RuleDiscoveryException("could not load a rule provider listed in " + SERVICE_FILE
                            + ": " + e.getMessage(), e);
                }
                Rule rule;
                try {
                    rule = provider.get();
                } catch (ServiceConfigurationError | RuntimeException e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    throw new RuleDiscoveryException("rule provider " + provider.type().getName() + " (" + SERVICE_FILE
                            + ") could not be created: " + cause, e);
                }
                String id = rule.id();
                if (!isWellFormedId(id)) {
                    throw new RuleDiscoveryException("rule provider " + provider.type().getName() + " (" + SERVICE_FILE
                            + ") has an id that is not of the form [A-Z][A-Z0-9_]*: \"" + id + "\"", null);
                }
                found.add(rule);
            }
            found.sort(Comparator.comparing(Rule::id));
            rules.addAll(found);
            return this;
        }

        /**
         * Skips the rule with this id. The id must belong to a rule in the set when {@link #build()} runs.
         *
         * @return this builder
         * @param ruleId the id of a rule in the set
         */
        public Builder disable(String ruleId) {
            disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /**
         * Sets the configuration to apply; replaces any earlier one. Default: {@link RuleConfig#empty()}.
         *
         * @return this builder
         * @param ruleConfig the configuration read from a file or built in code
         */
        public Builder config(RuleConfig ruleConfig) {
            this.config = Objects.requireNonNull(ruleConfig, "ruleConfig");
            return this;
        }

        /**
         * {@return the rule set: each enabled rule configured with its section of the configuration}
         *
         * @throws IllegalArgumentException when two rules share an id, a rule's id is malformed, or
         *                                  {@link #disable} names a rule not in the set
         * @throws RuleConfigException      when the configuration names an unknown rule, has a parameter a
         *                                  rule does not read, or a rule rejects a value
         */
        public RuleSet build() {
            Map<String, Rule> byId = new LinkedHashMap<>();
            for (Rule r : rules) {
                String id = r.id();
                if (!isWellFormedId(id)) {
                    throw new IllegalArgumentException("rule " + r.getClass().getName()
                            + " has an id that is not of the form [A-Z][A-Z0-9_]* (at most 64 characters): \"" + id + "\"");
                }
                Rule earlier = byId.putIfAbsent(id, r);
                if (earlier != null) {
                    throw new IllegalArgumentException("two rules have the id " + id + ": "
                            + earlier.getClass().getName() + " and " + r.getClass().getName());
                }
            }
            for (String id : disabled) {
                if (!byId.containsKey(id)) {
                    throw new IllegalArgumentException("cannot disable rule " + id + ": no such rule; rules: " + byId.keySet());
                }
            }
            for (String id : config.ruleIds()) {
                if (!byId.containsKey(id)) {
                    throw new RuleConfigException(config.source(), "rules." + id,
                            "unknown rule id; known rules: " + String.join(", ", byId.keySet()));
                }
            }
            List<Rule> configured = new ArrayList<>(byId.size());
            List<Severity> overrides = new ArrayList<>(byId.size());
            for (Rule rule : byId.values()) {
                String id = rule.id();
                if (disabled.contains(id) || !config.isEnabled(id)) {
                    continue;
                }
                configured.add(configure(rule));
                Optional<Severity> override = config.severity(id);
                overrides.add(override.orElse(null));
            }
            return new RuleSet(configured.toArray(new Rule[0]), overrides.toArray(new Severity[0]));
        }

        private Rule configure(Rule rule) {
            RuleParameters parameters = config.parameters(rule.id());
            Rule result = rule.configure(parameters);
            if (result == null || !rule.id().equals(result.id())) {
                throw new IllegalStateException("rule " + rule.id() + " (" + rule.getClass().getName()
                        + ").configure returned " + (result == null ? "null" : "a rule with id " + result.id())
                        + "; it must return a rule with the same id");
            }
            List<String[]> unread = new ArrayList<>();
            parameters.collectUnread(unread);
            if (!unread.isEmpty()) {
                String[] first = unread.get(0);
                List<String> known = parameters.readNames();
                throw new RuleConfigException(first[0], first[1], "unknown parameter of rule " + rule.id()
                        + (known.isEmpty() ? " (it has no parameters)" : "; it reads " + String.join(", ", known))
                        + (unread.size() > 1 ? "; also unknown: " + rest(unread) : ""));
            }
            return result;
        }

        private static String rest(List<String[]> unread) {
            List<String> paths = new ArrayList<>();
            for (String[] u : unread.subList(1, unread.size())) {
                paths.add(u[1]);
            }
            return String.join(", ", paths);
        }
    }

    static boolean isWellFormedId(String id) {
        if (id == null || id.isEmpty() || id.length() > 64 || id.charAt(0) < 'A' || id.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
