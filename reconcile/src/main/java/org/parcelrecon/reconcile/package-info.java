/**
 * The whole reconciliation run: {@link org.parcelrecon.reconcile.Reconciler} takes a
 * {@link org.parcelrecon.reconcile.ReconcileInput} (register, map(s), population) and
 * {@link org.parcelrecon.reconcile.ReconcileSettings} and returns a {@link org.parcelrecon.reconcile.ReconcileResult}:
 * a verdict per parcel, by commune, with a {@link org.parcelrecon.reconcile.Summary} by area. Sub-packages hold the
 * steps: {@code read} (the tables as they arrive), {@code link} (land users to citizens), {@code map} (register keys on
 * the surveys), {@code decide} (the pure per-commune step) and {@code write} (the output files); beside the run,
 * {@code history} (runs recorded and compared), {@code campaign} (the campaign's level 1 and groups) and
 * {@code report} (report.html), each fed by a {@link org.parcelrecon.reconcile.CommuneSink} composed with the
 * files'.
 */
package org.parcelrecon.reconcile;
