package org.parcelrecon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserLinkTest {
    @Test
    void keepsExplanationInOrder() {
        UserLink l = EvidenceFixtures.link().build();
        assertThat(l.explanation()).extracting(ComparisonEntry::comparison).containsExactly("name", "birth_year");
        assertThat(l.runnerUpProbability()).hasValue(0.10);
    }

    @Test
    void runnerUpMayEqualButNotExceedTheBest() {
        assertThat(UserLink.builder(EvidenceFixtures.citizen(), 0.6).runnerUpProbability(0.6).build().runnerUpProbability())
                .hasValue(0.6);
        assertThatThrownBy(() -> UserLink.builder(EvidenceFixtures.citizen(), 0.6).runnerUpProbability(0.7).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.7").hasMessageContaining("0.6");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void rejectsProbabilityOutsideZeroToOne(double p) {
        assertThatThrownBy(() -> UserLink.builder(EvidenceFixtures.citizen(), p).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("matchProbability");
    }

    @Test
    void rejectsInfiniteWeight() {
        assertThatThrownBy(() -> new ComparisonEntry("name", "exact", Double.POSITIVE_INFINITY))
                .hasMessageContaining("name");
    }
}
