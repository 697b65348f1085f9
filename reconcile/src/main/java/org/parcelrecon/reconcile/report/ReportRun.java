package org.parcelrecon.reconcile.report;

import java.time.Instant;
import java.util.Objects;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.campaign.CampaignTally;
import org.parcelrecon.reconcile.history.RunDiff;

/**
 * What a report says about a finished run besides what its {@link ReportSink} saw: the run's summary (the same rows
 * {@code summary.csv} is written from, so the numbers agree), its comparison with the run before it and its campaign
 * counts.
 *
 * @param title    the page's heading, e.g. the register's file name
 * @param finished when the run finished
 * @param result   the run's result (its communes need not be kept: the summary is enough)
 * @param diff     the comparison with the previous run; {@link RunDiff#firstRun} for a run with none
 * @param campaign the campaign counts, fed the same communes as the sink
 */
public record ReportRun(String title, Instant finished, ReconcileResult result, RunDiff diff, CampaignTally campaign) {
    /**
     * Checks for nulls.
     *
     * @param title    the page's heading
     * @param finished when the run finished
     * @param result   the run's result
     * @param diff     the comparison with the previous run
     * @param campaign the campaign counts
     */
    public ReportRun {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(campaign, "campaign");
    }
}
