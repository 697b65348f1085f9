package org.parcelrecon.core.name;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Name cells of the land register ("Ông Nguyễn Văn An và vợ Trần Thị Bình", legacy-encoded text, garbage): whatever
 * the cell, parsing gives a {@link NameCell} and never throws.
 */
class PersonNamesFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void everyCellGivesANameCell(byte[] input) {
        String cell = new String(input, StandardCharsets.UTF_8);
        NameCell parsed = PersonNames.parse(cell);
        assertThat(parsed.input()).isEqualTo(cell);
        assertThat(parsed.names()).doesNotContainNull();
        PersonNames.parseOne(cell);
    }
}
