/**
 * The cadastral maps of a run as the register sees them: {@link org.parcelrecon.reconcile.map.SurveyMaps} indexes
 * the new survey by commune, sheet and plot and resolves a register key that is only on the old survey through the
 * comparison's change groups ({@link org.parcelrecon.reconcile.map.MapMatch}), adapting geometry's change groups to
 * core's {@link org.parcelrecon.core.evidence.ParcelChange}.
 */
package org.parcelrecon.reconcile.map;
