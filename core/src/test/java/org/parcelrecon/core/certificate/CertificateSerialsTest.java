package org.parcelrecon.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateSerialsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # 2009-2024 form: 2 letters + 6 digits, written every way people write it
            CN 719597       | SERIAL_2009 | CN 719597
            BS 123456       | SERIAL_2009 | BS 123456
            cn719597        | SERIAL_2009 | CN 719597
            bd-123456       | SERIAL_2009 | BD 123456
            BĐ 123456       | SERIAL_2009 | BĐ 123456
            bđ.123456       | SERIAL_2009 | BĐ 123456
            "  Cn  -  719597 " | SERIAL_2009 | CN 719597
            AB 000001       | SERIAL_2009 | AB 000001
            # a Unicode en dash as separator
            BD\u2013123456  | SERIAL_2009 | BD 123456
            # form from 1 Aug 2024: 2 letters + 8 digits, leading zero kept
            AA 09273289     | SERIAL_2024 | AA 09273289
            aa09273289      | SERIAL_2024 | AA 09273289
            CS 12345678     | SERIAL_2024 | CS 12345678
            # book numbers: CS, CH, BC, VP + 4-5 digits
            CH 00120        | BOOK_NUMBER | CH 00120
            CS 01234        | BOOK_NUMBER | CS 01234
            cs01234         | BOOK_NUMBER | CS 01234
            VP 0123         | BOOK_NUMBER | VP 0123
            BC-00999        | BOOK_NUMBER | BC 00999
            # book prefix + 6 digits: serial or book number, the string cannot tell
            CS 012345       | SERIAL_2009_OR_BOOK_NUMBER | CS 012345
            ch 719597       | SERIAL_2009_OR_BOOK_NUMBER | CH 719597
            """)
    void acceptsTheKnownForms(String raw, CertificateSerialKind kind, String normalized) {
        CertificateSerial serial = CertificateSerials.parse(raw);

        assertThat(serial.problems()).isEmpty();
        assertThat(serial.isValid()).isTrue();
        assertThat(serial.kind()).contains(kind);
        assertThat(serial.normalized()).contains(normalized);
        assertThat(serial.letters()).contains(normalized.substring(0, 2));
        assertThat(serial.digits()).contains(normalized.substring(3));
        assertThat(serial.input()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # nothing there
            ""              | EMPTY
            "   "           | EMPTY
            # only one part: a bare book number, a bare serial, letters alone
            00123           | NO_LETTERS
            719597          | NO_LETTERS
            CN              | NO_DIGITS
            # prefix of 1 or 3 letters
            C 719597        | WRONG_LETTER_COUNT
            CNA 719597      | WRONG_LETTER_COUNT
            # digit counts that fit no form for the prefix
            CN 71959        | WRONG_DIGIT_COUNT
            CN 7195970      | WRONG_DIGIT_COUNT
            CN 0123         | WRONG_DIGIT_COUNT
            AA 092732890    | WRONG_DIGIT_COUNT
            CH 012          | WRONG_DIGIT_COUNT
            CH 0012345      | WRONG_DIGIT_COUNT
            # characters and orders not understood: '/', labels, trailing dot, split groups, digits first
            CH 00120/2015   | UNEXPECTED_CHARACTERS
            Số: CN 719597   | UNEXPECTED_CHARACTERS
            Seri CN 719597  | UNEXPECTED_CHARACTERS
            CN 719597.      | UNEXPECTED_CHARACTERS
            CN 719 597      | UNEXPECTED_CHARACTERS
            C N 719597      | UNEXPECTED_CHARACTERS
            719597 CN       | UNEXPECTED_CHARACTERS
            719597CN        | UNEXPECTED_CHARACTERS
            -CN 719597      | UNEXPECTED_CHARACTERS
            # letters other than A-Z and Đ are not known to occur
            BĂ 123456       | UNEXPECTED_CHARACTERS
            CÔ 123456       | UNEXPECTED_CHARACTERS
            """)
    void refusesWithAStableCode(String raw, SerialProblemCode code) {
        CertificateSerial serial = CertificateSerials.parse(raw == null ? "" : raw);

        assertThat(serial.isValid()).isFalse();
        assertThat(serial.kind()).isEmpty();
        assertThat(serial.normalized()).isEmpty();
        assertThat(serial.problems()).extracting(SerialProblem::code).containsExactly(code);
        assertThat(serial.problems().get(0).message()).isNotBlank();
    }

    @Test
    void keepsThePartsItFoundWhenACountIsWrong() {
        CertificateSerial serial = CertificateSerials.parse("cn 71959");
        assertThat(serial.letters()).contains("CN");
        assertThat(serial.digits()).contains("71959");
        assertThat(serial.problems().get(0).message())
                .isEqualTo("5 digits after \"CN\"; a serial has 6 digits (2009-2024 form) or 8 (form from 1 Aug 2024);"
                        + " 4-5 digits fit only the book-number prefixes CS, CH, BC, VP");

        CertificateSerial bare = CertificateSerials.parse("00123");
        assertThat(bare.letters()).isEmpty();
        assertThat(bare.digits()).contains("00123");
    }

    @Test
    void reportsEveryProblemOfALonePrefix() {
        assertThat(CertificateSerials.parse("CNA").problems()).extracting(SerialProblem::code)
                .containsExactly(SerialProblemCode.WRONG_LETTER_COUNT, SerialProblemCode.NO_DIGITS);
    }

    @Test
    void throwsOnNullNamingIt() {
        assertThatThrownBy(() -> CertificateSerials.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("raw");
    }

    // ---------------------------------------------------------------- laws

    @Property
    void parsingTheNormalizedFormIsIdempotent(@ForAll("validSerials") String serial) {
        CertificateSerial first = CertificateSerials.parse(serial);
        CertificateSerial again = CertificateSerials.parse(first.normalized().orElseThrow());

        assertThat(again.normalized()).isEqualTo(first.normalized());
        assertThat(again.kind()).isEqualTo(first.kind());
        assertThat(again.key()).isEqualTo(first.key());
    }

    @Property
    void caseAndSeparatorsNeverChangeTheResult(@ForAll("validSerials") String serial,
                                               @ForAll("separators") String separator,
                                               @ForAll boolean lowerCase) {
        String letters = serial.substring(0, 2);
        String digits = serial.substring(3);
        String written = (lowerCase ? letters.toLowerCase(Locale.ROOT) : letters) + separator + digits;

        CertificateSerial plain = CertificateSerials.parse(serial);
        CertificateSerial variant = CertificateSerials.parse(written);

        assertThat(variant.normalized()).isEqualTo(plain.normalized());
        assertThat(variant.kind()).isEqualTo(plain.kind());
    }

    @Property
    void dAndĐShareAKeyButNotANormalizedForm(@ForAll("digitRuns") String digits) {
        CertificateSerial withĐ = CertificateSerials.parse("BĐ " + digits);
        CertificateSerial withD = CertificateSerials.parse("BD " + digits);

        assertThat(withĐ.key()).isPresent().isEqualTo(withD.key());
        assertThat(withĐ.normalized()).isNotEqualTo(withD.normalized());
    }

    @Property
    void anyInputGivesAConsistentResult(@ForAll String raw) {
        CertificateSerial serial = CertificateSerials.parse(raw);
        assertThat(serial.isValid()).isEqualTo(serial.problems().isEmpty());
        assertThat(serial.kind().isPresent()).isEqualTo(serial.isValid());
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<String> validSerials() {
        Arbitrary<Character> letter = Arbitraries.chars().range('A', 'Z').with('Đ');
        Arbitrary<String> anyLetters = Combinators.combine(letter, letter).as((a, b) -> "" + a + b);
        Arbitrary<String> serials = Combinators.combine(anyLetters, Arbitraries.of(6, 8))
                .flatAs((l, n) -> Arbitraries.strings().numeric().ofLength(n).map(d -> l + " " + d));
        Arbitrary<String> books = Combinators.combine(Arbitraries.of("CS", "CH", "BC", "VP"),
                        Arbitraries.integers().between(4, 6))
                .flatAs((l, n) -> Arbitraries.strings().numeric().ofLength(n).map(d -> l + " " + d));
        return Arbitraries.oneOf(serials, books);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", ".", " - ", "  ", "\u2013", ". ");
    }

    @Provide
    Arbitrary<String> digitRuns() {
        return Arbitraries.integers().between(6, 8).filter(n -> n != 7)
                .flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
    }
}
