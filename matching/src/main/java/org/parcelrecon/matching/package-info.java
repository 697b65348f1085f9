/**
 * Schema-agnostic probabilistic record linkage (Fellegi-Sunter, as in Splink): finds the records of two tables
 * that describe the same entity, or the duplicates within one table, with a probability and an explanation.
 *
 * <p>Entry points, by purpose:
 * <ul>
 *   <li>Data: {@link org.parcelrecon.matching.Table}, rows of named string fields stored column by column
 *       (read CSV with {@link org.parcelrecon.matching.io.TableCsv}).</li>
 *   <li>Model: {@link org.parcelrecon.matching.LinkageModel} with {@link org.parcelrecon.matching.BlockingRule}s
 *       (union of equalities on derived keys, {@link org.parcelrecon.matching.KeyRef}) and
 *       {@link org.parcelrecon.matching.Comparison}s of ordered {@link org.parcelrecon.matching.ComparisonLevel}s
 *       ({@link org.parcelrecon.matching.LevelType}); built in Java or read from JSON, trained or not.</li>
 *   <li>Engine: {@link org.parcelrecon.matching.Linker} trains a model ({@link
 *       org.parcelrecon.matching.TrainingOptions}: u from random pairs, m by expectation-maximisation, the prior),
 *       scores candidate pairs ({@link org.parcelrecon.matching.ScoredPair}) and explains them
 *       ({@link org.parcelrecon.matching.Explanation}).</li>
 *   <li>One record at a time: {@link org.parcelrecon.matching.LinkingIndex} keeps a trained model with the right
 *       table compiled once, in memory or in a file, and answers for one new record its
 *       {@link org.parcelrecon.matching.IndexCandidate}s, by the same scoring code as the batch.</li>
 * </ul>
 * Decisions on scored pairs are in {@link org.parcelrecon.matching.decide}, quality measures in
 * {@link org.parcelrecon.matching.eval}, key functions in {@link org.parcelrecon.matching.keys}, string comparators
 * in {@link org.parcelrecon.matching.compare}.
 *
 * <p>Performance: every derived value is computed once per distinct value of a column; each record holds one
 * {@code int} per derived column; blocking is a compressed index over those ints; a pair's comparison vector is a
 * few small ints scored against {@code double[]} tables, with no allocation per pair; work is split into chunks
 * of left rows on the common fork-join pool.
 */
package org.parcelrecon.matching;
