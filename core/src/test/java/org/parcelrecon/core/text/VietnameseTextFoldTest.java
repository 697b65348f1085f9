package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class VietnameseTextFoldTest {
    @Test
    void foldsDiacriticsAndDToAscii() {
        assertThat(VietnameseText.fold("  Đặng   Thị  Hồng ")).isEqualTo("dang thi hong");
    }

    @Property
    void foldingIsIdempotent(@ForAll String s) {
        String once = VietnameseText.fold(s);
        assertThat(VietnameseText.fold(once)).isEqualTo(once);
    }
}
