/**
 * The per-commune decision: {@link org.parcelrecon.reconcile.decide.CommuneStep} turns a
 * {@link org.parcelrecon.reconcile.decide.CommuneInput} and the shared read-only
 * {@link org.parcelrecon.reconcile.decide.DecisionContext} into an immutable
 * {@link org.parcelrecon.reconcile.decide.CommuneResult}: one {@link org.parcelrecon.reconcile.decide.RecordResult}
 * per parcel key, with its findings, score and status.
 */
package org.parcelrecon.reconcile.decide;
