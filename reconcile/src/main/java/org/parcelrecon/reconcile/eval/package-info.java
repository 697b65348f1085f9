/**
 * Scoring a run against ground truth: {@link org.parcelrecon.reconcile.eval.GeneratedTruthCheck} compares the
 * verdicts on a generated province with what the generator injected.
 */
package org.parcelrecon.reconcile.eval;
