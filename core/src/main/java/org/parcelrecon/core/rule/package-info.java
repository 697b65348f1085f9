/**
 * The rule SPI: how records are checked, and how host systems add their own checks.
 *
 * <ul>
 *   <li>{@link org.parcelrecon.core.rule.Rule}: one check: an id, a description, {@code configure}, {@code check};</li>
 *   <li>{@link org.parcelrecon.core.rule.RuleSet}: a configured, ordered set of rules, built by
 *       {@link org.parcelrecon.core.rule.RuleSet.Builder} from instances and {@link java.util.ServiceLoader} discovery;</li>
 *   <li>{@link org.parcelrecon.core.rule.RuleConfig}: configuration as data (JSON): enabled, severity and
 *       parameters per rule id; {@link org.parcelrecon.core.rule.RuleParameters}: one rule's typed view of it;</li>
 *   <li>{@link org.parcelrecon.core.rule.RuleConfigException}, {@link org.parcelrecon.core.rule.RuleDiscoveryException},
 *       {@link org.parcelrecon.core.rule.RuleFailureException}: what goes wrong, each naming where.</li>
 * </ul>
 *
 * <p>The built-in rules are in {@code org.parcelrecon.core.rule.builtin}; turning findings into a score and a
 * status is {@code org.parcelrecon.core.score}.
 */
package org.parcelrecon.core.rule;
