/**
 * Score and status per record: {@link org.parcelrecon.core.score.ScoreModel} (the documented model:
 * severity weights, status from the most severe finding), {@link org.parcelrecon.core.score.Score},
 * {@link org.parcelrecon.core.score.Status} (CLEAN, REVIEW, CONFLICT, INCOMPLETE), and
 * {@link org.parcelrecon.core.score.RecordScorer}, which runs rules and model on one record's evidence and
 * returns a {@link org.parcelrecon.core.score.ScoredRecord}.
 */
package org.parcelrecon.core.score;
