package org.parcelrecon.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.citizen.CitizenIds;

class IdDisclosureTest {
    @ParameterizedTest
    @CsvSource({
        // 12-digit CCCD: first 3 and last 2 digits stay
        "022123456734, 022*******34",
        // 9-digit CMND: first 2 and last 2 digits stay
        "100123456, 10*****56",
        // written with separators: only the shape stays
        "'022 123 456 734', '*** *** *** ***'",
        "'', ''",
    })
    void masksIdsTheWayEveryOtherOutputDoes(String id, String masked) {
        assertThat(IdDisclosure.MASKED.apply(id)).isEqualTo(masked);
    }

    @Property
    void maskedDisclosureIsCitizenIdMasking(@ForAll String id) {
        assertThat(IdDisclosure.MASKED.apply(id)).isEqualTo(CitizenIds.mask(id));
    }

    @Property
    void fullDisclosureShowsTheNumberAsWritten(@ForAll String id) {
        assertThat(IdDisclosure.FULL.apply(id)).isEqualTo(id);
    }
}
