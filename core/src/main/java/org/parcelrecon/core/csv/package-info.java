/**
 * Writing CSV that people open in spreadsheets: {@link org.parcelrecon.core.csv.CsvWriter}, the one writer every
 * parcelrecon output goes through (UTF-8 with a byte-order mark, RFC 4180 quoting), and
 * {@link org.parcelrecon.core.csv.SpreadsheetCells}, which keeps a cell from being run as a formula.
 */
package org.parcelrecon.core.csv;
