/**
 * The built-in rules: {@link org.parcelrecon.core.rule.builtin.BuiltInRules} lists them with their
 * parameters and defaults, and returns them configured with those defaults.
 *
 * <p>The implementations are package-private; each is an ordinary {@link org.parcelrecon.core.rule.Rule},
 * immutable once configured, whose {@code check} allocates nothing when it finds nothing.
 */
package org.parcelrecon.core.rule.builtin;
