package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureAssemblerTest {
    @ParameterizedTest
    @CsvSource({
        // sheet and plot numbers written as JSON numbers come as "12.0": the fraction goes
        "12.0, true", "-3.00, true", "0.0, true",
        // anything else stays as written
        "12, false", "12.5, false", "12., false", ".0, false", "-.0, false", "1a.0, false", "12.0.0, false"})
    void recognisesIntegralNumbersWrittenWithAZeroFraction(String s, boolean expected) {
        assertThat(FeatureAssembler.integralWithZeroFraction(s)).isEqualTo(expected);
    }

    @Property
    void agreesWithTheRegularExpression(@ForAll @StringLength(max = 6) @CharRange(from = '-', to = '9') String s) {
        assertThat(FeatureAssembler.integralWithZeroFraction(s)).isEqualTo(s.matches("-?\\d+\\.0+"));
    }
}
