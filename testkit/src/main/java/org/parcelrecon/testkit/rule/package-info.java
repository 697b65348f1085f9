/**
 * Helpers for testing rules, for host systems that write their own and for parcelrecon's built-in ones.
 *
 * <ul>
 *   <li>{@link org.parcelrecon.testkit.rule.EvidenceSamples}: realistic clean parcels to start from, and odd
 *       evidence no rule may throw on;</li>
 *   <li>{@link org.parcelrecon.testkit.rule.ParcelSample}, {@link org.parcelrecon.testkit.rule.UserSample}:
 *       immutable fluent builders of a parcel's evidence (register row, map parcel, change, land users and the
 *       citizens they were linked to);</li>
 *   <li>{@link org.parcelrecon.testkit.rule.RuleTester}, {@link org.parcelrecon.testkit.rule.RuleCheck},
 *       {@link org.parcelrecon.testkit.rule.FindingCheck}: run a rule on a sample and check its findings;</li>
 *   <li>{@link org.parcelrecon.testkit.rule.RuleContract}: JUnit 5 tests every rule must pass, inherited by
 *       implementing the interface.</li>
 * </ul>
 *
 * <p>A failed expectation throws {@link java.lang.AssertionError}, which every test framework reports as a
 * failure; only {@code RuleContract} needs JUnit 5, and the testkit declares {@code junit-jupiter-api} optional:
 * a test that implements it brings its own JUnit 5 (5.14 or newer).
 */
package org.parcelrecon.testkit.rule;
