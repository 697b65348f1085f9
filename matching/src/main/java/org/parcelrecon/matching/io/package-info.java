/**
 * CSV in and out: {@link org.parcelrecon.matching.io.TableCsv} reads a table with a header row, forgivingly
 * (short rows, blank cells, unclosed quotes never lose a row); {@link org.parcelrecon.matching.io.PairsCsv} writes
 * and reads scored pairs ({@code left_id,right_id,match_probability,match_weight} plus one column per comparison,
 * safe against spreadsheet formula injection); {@link org.parcelrecon.matching.io.TruthCsv} reads true pairs.
 */
package org.parcelrecon.matching.io;
