/**
 * CSV in and out: {@link org.parcelrecon.matching.io.TableCsv} reads a table with a header row into a
 * {@link org.parcelrecon.matching.io.TableRead}: every row is read or a
 * {@link org.parcelrecon.core.input.RejectedRow} with its line and reason (more or fewer fields than the header, a
 * broken quote, a repeated id), and a stray quote costs one row; {@link org.parcelrecon.matching.io.PairsCsv} writes
 * and reads scored pairs ({@code left_id,right_id,match_probability,match_weight} plus one column per comparison,
 * safe against spreadsheet formula injection); {@link org.parcelrecon.matching.io.TruthCsv} reads true pairs.
 */
package org.parcelrecon.matching.io;
