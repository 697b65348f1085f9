package org.parcelrecon.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdDisclosureTest {
    @ParameterizedTest
    @CsvSource({
        // 12-digit CCCD and 9-digit CMND: first 3 and last 2 digits stay
        "022123456734, 022*******34",
        "100123456, 100****56",
        // spaces stay where they are
        "'022 123 456 734', '022 *** *** *34'",
        // six characters: one masked
        "123456, 123*56",
        // five or fewer: all masked
        "12345, *****",
        "'', ''",
    })
    void masksAllButFirstThreeAndLastTwo(String id, String masked) {
        assertThat(IdDisclosure.MASKED.apply(id)).isEqualTo(masked);
    }

    @Property
    void fullDisclosureShowsTheNumberAsWritten(@ForAll String id) {
        assertThat(IdDisclosure.FULL.apply(id)).isEqualTo(id);
    }

    @Property
    void maskingKeepsLengthAndHidesTheMiddle(@ForAll @NumericChars @StringLength(min = 6, max = 20) String id) {
        String masked = IdDisclosure.MASKED.apply(id);
        assertThat(masked).hasSameSizeAs(id);
        assertThat(masked.substring(3, id.length() - 2)).matches("\\*+");
        assertThat(masked).startsWith(id.substring(0, 3)).endsWith(id.substring(id.length() - 2));
    }
}
