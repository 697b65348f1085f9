/**
 * {@code report.html}: one self-contained page per run that a land officer opens from a file (no network, no
 * server): progress by commune as a chart beside a sortable table, the top reasons explained in English with the
 * Vietnamese term, a map of the flagged parcels drawn as SVG (pan, zoom, reasons on hover and click) and what
 * changed since the previous run, regressions first. {@link org.parcelrecon.reconcile.report.ReportSink} gathers it
 * as the communes stream past, bounded at province scale, and writes it from a Mustache template bundled beside it;
 * {@link org.parcelrecon.reconcile.report.ReportRun} carries the run's summary, diff and campaign counts, so the
 * page's numbers are {@code summary.csv}'s.
 */
package org.parcelrecon.reconcile.report;
