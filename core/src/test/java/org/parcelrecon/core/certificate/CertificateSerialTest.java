package org.parcelrecon.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateSerialTest {
    private static final SerialProblem NO_LETTERS = new SerialProblem(SerialProblemCode.NO_LETTERS, "no letters");

    @Test
    void foldsĐToDInTheKeyOnly() {
        CertificateSerial serial = CertificateSerials.parse("bđ 123456");
        assertThat(serial.normalized()).contains("BĐ 123456");
        assertThat(serial.letters()).contains("BĐ");
        assertThat(serial.key()).contains("BD123456");
    }

    @Test
    void hasNoKeyWhenInvalid() {
        assertThat(CertificateSerials.parse("CN 71959").key()).isEmpty();
    }

    @Test
    void findsProblemsByCode() {
        CertificateSerial serial = CertificateSerials.parse("00123");
        assertThat(serial.hasProblem(SerialProblemCode.NO_LETTERS)).isTrue();
        assertThat(serial.hasProblem(SerialProblemCode.NO_DIGITS)).isFalse();
    }

    @Test
    void rejectsInconsistentParts() {
        // valid without a kind
        assertThatThrownBy(() -> new CertificateSerial("x", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class);
        // a kind beside a problem
        assertThatThrownBy(() -> new CertificateSerial("x", Optional.of(CertificateSerialKind.SERIAL_2009),
                Optional.of("CN 719597"), Optional.of("CN"), Optional.of("719597"), List.of(NO_LETTERS)))
                .isInstanceOf(IllegalArgumentException.class);
        // normalized that does not join the parts
        assertThatThrownBy(() -> new CertificateSerial("x", Optional.of(CertificateSerialKind.SERIAL_2009),
                Optional.of("CN719597"), Optional.of("CN"), Optional.of("719597"), List.of()))
                .hasMessageContaining("\"CN 719597\"");
        assertThatThrownBy(() -> new CertificateSerial(null, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(NO_LETTERS))).isInstanceOf(NullPointerException.class).hasMessage("input");
    }
}
