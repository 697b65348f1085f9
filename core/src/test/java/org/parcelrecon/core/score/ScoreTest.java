package org.parcelrecon.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void ofReturnsSharedEqualInstances() {
        assertThat(Score.of(90, Status.REVIEW)).isSameAs(Score.of(90, Status.REVIEW)).isEqualTo(new Score(90, Status.REVIEW));
    }

    @Test
    void rejectsValuesOutsideZeroToHundred() {
        assertThatThrownBy(() -> Score.of(101, Status.CLEAN)).hasMessageContaining("101");
        assertThatThrownBy(() -> new Score(-1, Status.CLEAN)).hasMessageContaining("-1");
    }

    @Test
    void onlyCleanIsReadyToSync() {
        assertThat(Status.CLEAN.isReadyToSync()).isTrue();
        assertThat(Status.REVIEW.isReadyToSync()).isFalse();
        assertThat(Status.CONFLICT.isReadyToSync()).isFalse();
        assertThat(Status.INCOMPLETE.isReadyToSync()).isFalse();
    }
}
