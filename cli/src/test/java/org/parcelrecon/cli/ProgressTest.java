package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter text = new StringWriter();
    private long now;
    private final Progress progress = new Progress(new PrintWriter(text), "link", () -> now);

    private List<String> lines() {
        return text.toString().lines().toList();
    }

    @Test
    void aPhaseLineSaysWhatWasDoneAndHowLongSinceThePreviousPhaseEnded() {
        now = 1_500_000_000L;
        progress.done("read a.csv: 10 rows");
        now = 4_000_000_000L;
        progress.done("keys and blocking");
        assertThat(lines()).containsExactly("link: read a.csv: 10 rows (1.5 s)", "link: keys and blocking (2.5 s)");
    }

    @Test
    void aLongPhaseReportsEachTenthOnceAndEndsAtHundredPercent() {
        IntConsumer scored = progress.tenths("scoring", 2_000_000, "left rows");
        // batches that cross no tenth, one, and several at once
        for (int done : new int[] {100_000, 150_000, 200_000, 210_000, 700_000, 2_000_000}) {
            now += 1_000_000_000L;
            scored.accept(done);
        }
        assertThat(lines()).containsExactly(
                "link: scoring 10% of 2,000,000 left rows (3.0 s)",
                "link: scoring 30% of 2,000,000 left rows (5.0 s)",
                "link: scoring 100% of 2,000,000 left rows (6.0 s)");
    }

    @Test
    void theNextPhaseIsTimedFromTheEndOfTheLongOne() {
        IntConsumer scored = progress.tenths("scoring", 5, "left rows");
        now = 2_000_000_000L;
        scored.accept(5);
        now = 2_500_000_000L;
        progress.done("written");
        assertThat(lines()).containsExactly("link: scoring 100% of 5 left rows (2.0 s)", "link: written (0.5 s)");
    }

    @Test
    void anEmptyPhaseIsDoneAtOnce() {
        progress.tenths("scoring", 0, "left rows").accept(0);
        assertThat(lines()).containsExactly("link: scoring 100% of 0 left rows (0.0 s)");
    }

    @Test
    void aNegativeTotalIsACallersMistake() {
        assertThatThrownBy(() -> progress.tenths("scoring", -1, "rows"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
