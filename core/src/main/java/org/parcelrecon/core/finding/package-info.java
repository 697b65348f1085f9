/**
 * Findings: what a rule found about one register record, and how much it matters.
 *
 * <ul>
 *   <li>{@link org.parcelrecon.core.finding.Finding}: reason code, severity, message, evidence values;</li>
 *   <li>{@link org.parcelrecon.core.finding.ReasonCode}: the stable code, with the built-in codes as constants;</li>
 *   <li>{@link org.parcelrecon.core.finding.Severity}: INFO, WARNING, CONTRADICTION, MISSING and the status each forces;</li>
 *   <li>{@link org.parcelrecon.core.finding.IdDisclosure}: ID numbers masked ({@code 022*******34}) or in full.</li>
 * </ul>
 *
 * <p>Findings are produced by rules ({@code org.parcelrecon.core.rule}) and turned into a score and a
 * status by {@code org.parcelrecon.core.score}. All types here are immutable and thread-safe, except
 * {@link org.parcelrecon.core.finding.Finding.Builder}.
 */
package org.parcelrecon.core.finding;
