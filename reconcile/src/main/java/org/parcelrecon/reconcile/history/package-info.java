/**
 * Run history and run-to-run diff: every reconcile run recorded in an embedded SQLite file, one transaction per run
 * ({@link org.parcelrecon.reconcile.history.RunHistory}, recording through
 * {@link org.parcelrecon.reconcile.history.Recording}, a sink beside the run's files), and two runs compared record
 * by record ({@link org.parcelrecon.reconcile.history.RunDiff}, {@link org.parcelrecon.reconcile.history.RecordChange},
 * written by {@link org.parcelrecon.reconcile.history.DiffFiles}).
 *
 * <p>The history holds no personal data: per record its key, register line numbers, status, score and reason codes;
 * per run when, which input files (name, size, SHA-256) and which rules.
 */
package org.parcelrecon.reconcile.history;
