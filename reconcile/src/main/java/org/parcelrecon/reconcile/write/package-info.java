/**
 * Writing a run's results: {@link org.parcelrecon.reconcile.write.RunFiles} writes records.csv, findings.csv,
 * rejected.csv, summary.csv and flagged.geojson.
 */
package org.parcelrecon.reconcile.write;
