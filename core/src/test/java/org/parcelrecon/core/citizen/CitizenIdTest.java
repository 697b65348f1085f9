package org.parcelrecon.core.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CitizenIdTest {
    private static final IdProblem WRONG_LENGTH = new IdProblem(IdProblemCode.WRONG_LENGTH, "5 digits");

    @Test
    void toStringShowsTheMaskedNumberOnly() {
        CitizenId id = CitizenIdsTest.parse("022 190 012 345");
        assertThat(id.toString())
                .isEqualTo("CitizenId[022*******45 CCCD valid repairs=[SEPARATORS_REMOVED]]")
                .doesNotContain("190012");
        assertThat(CitizenIdsTest.parse("2.21900E+10").toString())
                .startsWith("CitizenId[*.******+** invalid problems=[DIGITS_LOST: ");
    }

    @Test
    void masksTheNormalizedDigitsWhenThereAreAnyAndTheInputOtherwise() {
        assertThat(CitizenIdsTest.parse("22190012345").masked()).isEqualTo("022*******45");
        assertThat(CitizenIdsTest.parse("10012345").masked()).isEqualTo("01*****45");
        assertThat(CitizenIdsTest.parse("0221900123").masked()).isEqualTo("**********");
    }

    @Test
    void copiesItsLists() {
        List<IdProblem> problems = new ArrayList<>(List.of(WRONG_LENGTH));
        CitizenId id = new CitizenId("12345", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), List.of(), problems);
        problems.clear();
        assertThat(id.problems()).containsExactly(WRONG_LENGTH);
        assertThatThrownBy(() -> id.problems().add(WRONG_LENGTH)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsInconsistentParts() {
        // no kind and no reason
        assertThatThrownBy(() -> new CitizenId("x", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must say why");
        // kind without digits
        assertThatThrownBy(() -> new CitizenId("x", Optional.of(CitizenIdKind.CMND), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), List.of(), List.of()))
                .hasMessageContaining("both present");
        // digits of the wrong length for the kind; the message masks them
        assertThatThrownBy(() -> new CitizenId("x", Optional.of(CitizenIdKind.CMND), Optional.of("022190012345"),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), List.of(), List.of()))
                .hasMessageContaining("022*******45").hasMessageNotContaining("190012");
        // something decoded from a CMND
        assertThatThrownBy(() -> new CitizenId("x", Optional.of(CitizenIdKind.CMND), Optional.of("100123456"),
                Optional.empty(), Optional.of(Gender.MALE), OptionalInt.empty(), List.of(), List.of()))
                .hasMessageContaining("from a CCCD only");
        // a CCCD without its decoded year
        assertThatThrownBy(() -> new CitizenId("x", Optional.of(CitizenIdKind.CCCD), Optional.of("022190012345"),
                Optional.empty(), Optional.of(Gender.MALE), OptionalInt.empty(), List.of(), List.of()))
                .hasMessageContaining("always has");
        assertThatThrownBy(() -> new CitizenId(null, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), List.of(), List.of(WRONG_LENGTH)))
                .isInstanceOf(NullPointerException.class).hasMessage("input");
    }

    @Test
    void findsProblemsByCode() {
        CitizenId id = CitizenIdsTest.parse("099190012345");
        assertThat(id.hasProblem(IdProblemCode.UNKNOWN_PROVINCE)).isTrue();
        assertThat(id.hasProblem(IdProblemCode.WRONG_LENGTH)).isFalse();
    }
}
