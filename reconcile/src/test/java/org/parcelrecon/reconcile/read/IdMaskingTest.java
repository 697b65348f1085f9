package org.parcelrecon.reconcile.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdMaskingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'12,Nguyễn Văn An,022190012345'   | '12,Nguyễn Văn An,022*******45'",
        "'CMND 140718847 cũ'               | 'CMND 14*****47 cũ'",
        // short numbers stay readable: row numbers, areas, years, sheet and plot
        "'7,06652,12,345,152.4,1968'       | '7,06652,12,345,152.4,1968'",
        "'22190012345'                     | '***********'",
        "''                                | ''",
    })
    void masksEveryLongRunOfDigits(String text, String masked) {
        assertThat(IdMasking.maskIds(text)).isEqualTo(masked);
    }
}
