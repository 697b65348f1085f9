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

    @ParameterizedTest
    @CsvSource({
        // keys written like ID numbers are masked
        "022123456734, 022*******34",
        "100123456, 10*****56",
        "'022.123.456.734', '***.***.***.***'",
        // an ID that lost its leading zero in a spreadsheet: 11 digits
        "22123456734, ***********",
        // other keys are left as they are
        "row:17, row:17",
        "12345, 12345",
        "'CCCD 022123456734', 'CCCD 022123456734'",
        "'', ''",
    })
    void masksKeysWrittenLikeIdNumbersOnly(String key, String shown) {
        assertThat(IdDisclosure.MASKED.applyToKey(key)).isEqualTo(shown);
        assertThat(IdDisclosure.FULL.applyToKey(key)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Trần Gia Chi (CCCD 022190012345)       | Trần Gia Chi (CCCD 022*******45)",
        "1,Nguyễn Văn An,1962,022 190 012 345    | 1,Nguyễn Văn An,1962,*** *** *** ***",
        "CMND 100123456; cũ 22190012345         | CMND 10*****56; cũ ***********",
        "năm 1962 022190012345                  | năm 1962 022*******45",
        // runs shorter than 9 or longer than 12 digits are not ID numbers
        "tờ 12, thửa 345, năm 1962              | tờ 12, thửa 345, năm 1962",
        "0221900123451234                       | 0221900123451234",
    })
    void masksEveryIdNumberWithinText(String text, String shown) {
        assertThat(IdDisclosure.MASKED.applyWithin(text)).isEqualTo(shown);
        assertThat(IdDisclosure.FULL.applyWithin(text)).isEqualTo(text);
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
