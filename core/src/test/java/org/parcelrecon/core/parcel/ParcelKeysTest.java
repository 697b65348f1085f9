package org.parcelrecon.core.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcelrecon.core.parcel.ParcelKeyParse.Parsed;
import org.parcelrecon.core.parcel.ParcelKeyParse.Rejected;
import org.parcelrecon.core.text.VietnameseText;

class ParcelKeysTest {

    private static void assertParses(ParcelKeyParse result, String canonical) {
        assertThat(result).as("parse result").isInstanceOf(Parsed.class);
        assertThat(((Parsed) result).key()).hasToString(canonical);
    }

    private static void assertRejects(ParcelKeyParse result, String input, String reason) {
        assertThat(result).as("parse result").isInstanceOf(Rejected.class);
        assertThat(((Rejected) result).reason()).contains(reason);
        assertThat(((Rejected) result).input()).isEqualTo(input);
        assertThat(result.parsedKey()).isEmpty();
    }

    // ---- keyword forms: sheet and plot ----

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // short keywords, with diacritics, without, any case
        "tờ 12 thửa 345                                     | 12/345",
        "Tờ 12, thửa 345                                    | 12/345",
        "to 12 thua 345                                     | 12/345",
        "TỜ 12 THỬA 345                                     | 12/345",
        "thửa 345 tờ 12                                     | 12/345",
        // long keywords, either order, with 'số'
        "Thửa đất số 345, tờ bản đồ số 12                   | 12/345",
        "Tờ bản đồ số 12, thửa đất số 345                   | 12/345",
        "TO BAN DO SO 12 THUA DAT SO 345                    | 12/345",
        "Tờ số 12 thửa số 345                               | 12/345",
        "số tờ 12, số thửa 345                              | 12/345",
        "Số thửa đất: 345 - Số tờ bản đồ: 12                | 12/345",
        // abbreviations and leading zeros
        "TBĐ số 05 - thửa 0078                              | 5/78",
        "tbd 5 thua 78                                      | 5/78",
        "tờ BĐ 12 thửa 345                                  | 12/345",
        // colons, semicolons, brackets, glued keywords
        "tờ bản đồ: 12; số thửa: 345                        | 12/345",
        "thửa 345 (tờ 12)                                   | 12/345",
        "tờ12thửa345                                        | 12/345",
        "tờ # 12, thửa = 345.                               | 12/345",
        // full-width digits, decomposed Unicode, odd blanks
        "tờ １２ thửa ３４５                                  | 12/345",
        "'  tờ   12 \t thửa\u00a0345  '                      | 12/345",
        // other numbers in the text are ignored when no keyword names them
        "Thửa đất số 345, tờ bản đồ số 12, diện tích 150 m2 | 12/345",
        // the same value twice is not a conflict
        "tờ 12 thửa 345, tờ 012                             | 12/345",
        // largest accepted numbers
        "tờ 999999 thửa 000999999                           | 999999/999999",
    })
    void parsesKeywordForms(String text, String canonical) {
        assertParses(ParcelKeys.parse(text), canonical);
    }

    @Test
    void parsesDecomposedUnicode() {
        // "tờ" and "thửa" in NFD: o + horn + grave, u + horn + hook
        assertParses(ParcelKeys.parse("to\u031b\u0300 12 thu\u031b\u0309a 345"), "12/345");
    }

    // ---- keyword forms with a commune code ----

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // a 5-digit code after xã / phường / thị trấn / đặc khu / mã xã
        "thửa 345 tờ 12 xã 06652                      | 06652:12/345",
        "Tờ 12, thửa 345, phường 06652                | 06652:12/345",
        "mã xã: 06652; tờ bản đồ số 12; thửa 345      | 06652:12/345",
        "thua 345 to 12 xa 06652                      | 06652:12/345",
        "Thửa đất số 345, tờ bản đồ số 12, thị trấn 06838 | 06838:12/345",
        "đặc khu 06994 tờ 3 thửa 7                    | 06994:3/7",
        "MÃ ĐƠN VỊ HÀNH CHÍNH 06652 TỜ 12 THỬA 345    | 06652:12/345",
        // a commune given by name, or a numbered ward, gives no code
        "Thửa đất số 345, tờ bản đồ số 12, xã Hà Tu   | 12/345",
        "tờ 12 thửa 345 phường 3                      | 12/345",
        "tờ 12 thửa 345 phường Móng Cái 1             | 12/345",
    })
    void parsesKeywordFormsWithACommuneCode(String text, String canonical) {
        assertParses(ParcelKeys.parse(text), canonical);
    }

    // ---- rejections: no key, two keys, impossible numbers, look-alike words ----

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // nothing to read
        "''                               | empty text",
        "'   '                            | empty text",
        "tờ 12                            | no plot number found",
        "thửa 345                         | no sheet number found",
        "12 345                           | no plot number found",
        "12/345                           | no plot number found",
        "Nguyễn Văn An                    | no plot number found",
        // a keyword without its number
        "thửa cũ 345 tờ 12                | no plot number found: 'thửa' is not followed by a number",
        "tờ bản đồ thửa 345               | no sheet number found: 'tờ bản đồ' is not followed by a number",
        // two values for one keyword, or a list
        "tờ 5 thửa 12 thửa 13             | two plot numbers found: 12 and 13",
        "thửa 12, 13 tờ 5                 | two plot numbers found: 12 and 13",
        "thửa 12 và 13 tờ 5               | two plot numbers found: 12 and 13",
        "thửa 12 đến 15 tờ 5              | two plot numbers found: 12 and 15",
        "thửa 12-15 tờ 5                  | two plot numbers found: 12 and 15",
        "tờ 12 345                        | two sheet numbers found: 12 and 345",
        "thua 345 to 12, to 5             | two sheet numbers found: 12 and 5",
        "tờ 12 thửa 345 xã 06652 phường 06655 | two commune codes found: 06652 and 06655",
        // numbers that cannot be sheet or plot
        "tờ 0 thửa 5                      | sheet number 0 is not valid",
        "tờ 12 thửa 000                   | plot number 0 is not valid",
        "tờ 12 thửa 1234567               | plot number 1234567 is too large (at most 999999)",
        "tờ 12 thửa 345a                  | plot number '345a' has letters attached",
        "tờ 12a thửa 345                  | sheet number '12a' has letters attached",
        "tờ 12.5 thửa 345                 | sheet number '12.5' is not a whole number",
        "tờ 12 thửa 345m2                 | plot number '345m2' has letters attached",
        // a commune keyword with a number that is neither a code nor a ward number
        "tờ 12 thửa 345 xã 6652           | '6652' after 'xã' is not a 5-digit commune code",
        // look-alike words with other diacritics are not keywords
        "tổ 5 thửa 345                    | no sheet number found",
        "tờ 12 thừa 345                   | no plot number found",
        "tờ 12 thưa 345                   | no plot number found",
    })
    void rejectsTextThatDoesNotHoldExactlyOneKey(String text, String reason) {
        assertRejects(ParcelKeys.parse(text), text, reason);
    }

    // ---- legacy encodings: decoded by core.text ----

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // TCVN3 (ABC) bytes shown as Windows-1252; produced with glibc iconv TCVN5712-1, which agrees with the
        // TCVN3 table for every lower-case letter (DOMAIN §6)
        "tê 12 thöa 345                        | 12/345",
        "thöa ®Êt sè 345, tê b¶n ®å sè 12      | 12/345",
        "tê b¶n ®å: 12; sè thöa: 345           | 12/345",
        "tê sè 12 thöa sè 345 x· 06652         | 06652:12/345",
        // VNI-Windows bytes shown as Windows-1252 (o+ø = ờ, ö+û = ử, ñ = đ, a+ù = á, o+à = ồ; DOMAIN §6 pattern)
        "Thöûa ñaát soá 345, tôø baûn ñoà soá 12 | 12/345",
    })
    void parsesLegacyEncodedForms(String text, String canonical) {
        assertParses(ParcelKeys.parse(text), canonical);
    }

    // ---- compact forms, only on request ----

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // sheet/plot
        "12/345          | 12/345",
        "' 012 / 0345 '  | 12/345",
        "１２/３４５       | 12/345",
        "１２／３４５      | 12/345",
        // commune, sheet, plot
        "06652-12-345    | 06652:12/345",
        "06652/12/345    | 06652:12/345",
        "06652:12/345    | 06652:12/345",
        "06652 - 12 / 345 | 06652:12/345",
        // keyword forms still work
        "tờ 12 thửa 345  | 12/345",
    })
    void parsesCompactFormsWhenAsked(String text, String canonical) {
        assertParses(ParcelKeys.parseCompact(text), canonical);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "12-345          | two numbers must be written sheet/plot",
        "12:345          | two numbers must be written sheet/plot",
        "12/05/2020      | three numbers need a 5-digit commune code first",
        "1/2/3/4         | 4 numbers",
        "0/5             | sheet number 0 is not valid",
        "06652-12-0      | plot number 0 is not valid",
        "12/1234567      | plot number 1234567 is too large",
        "12/345a         | no plot number found",
    })
    void rejectsCompactFormsThatAreNotKeys(String text, String reason) {
        assertRejects(ParcelKeys.parseCompact(text), text, reason);
    }

    // ---- canonical form: exactly what toString writes ----

    @ParameterizedTest
    @ValueSource(strings = {"12/345", "06652:12/345", "1/1", "999999/999999", "00000:1/1"})
    void parsesTheCanonicalForm(String text) {
        assertParses(ParcelKeys.parseCanonical(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "012/345", "12/0345", " 12/345", "12 / 345", "6652:12/345", "06652-12-345",
        "0/5", "1234567/1", "tờ 12 thửa 345", "12/345/", "１２/３４５", "06652:12"})
    void rejectsAnythingButTheCanonicalForm(String text) {
        assertRejects(ParcelKeys.parseCanonical(text), text, "is not a canonical parcel key");
    }

    @Test
    void blamesTheCallerForNulls() {
        assertThatThrownBy(() -> ParcelKeys.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> ParcelKeys.parseCompact(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ParcelKeys.parseCanonical(null)).isInstanceOf(NullPointerException.class);
    }

    // ---- laws ----

    /** Templates of the keyword forms; {1} sheet, {2} plot, {3} commune code (placeholders that case changes and folding leave alone). */
    private static final List<String> TEMPLATES = List.of(
            "tờ {1} thửa {2}",
            "Tờ {1}, thửa {2}",
            "Thửa đất số {2}, tờ bản đồ số {1}",
            "Tờ bản đồ số {1}, thửa đất số {2}",
            "TBĐ số {1} - thửa {2}",
            "tờ bản đồ: {1}; số thửa: {2}",
            "Tờ số {1} thửa số {2}",
            "số thửa {2}, số tờ {1}",
            "tờ BĐ {1} thửa {2}");

    private static final List<String> COMMUNE_TEMPLATES = List.of(
            "thửa {2} tờ {1} xã {3}",
            "Tờ {1}, thửa {2}, phường {3}",
            "mã xã: {3}; tờ bản đồ số {1}; thửa đất số {2}",
            "Thửa đất số {2}, tờ bản đồ số {1}, thị trấn {3}");

    /** How a generated key is written: which template, and which of the register's habits apply. */
    record Style(int template, boolean diacritics, int caseMode, int extraSpaces, int sheetZeros, int plotZeros,
                 boolean fullWidth, long seed) {
    }

    @Provide
    Arbitrary<ParcelKey> keys() {
        Arbitrary<Integer> numbers = Arbitraries.oneOf(Arbitraries.integers().between(1, 999),
                Arbitraries.integers().between(1, ParcelKey.MAX_NUMBER));
        Arbitrary<Optional<String>> communes = Arbitraries.strings().withCharRange('0', '9').ofLength(5).optional();
        return Combinators.combine(numbers, numbers, communes).as(ParcelKey::new);
    }

    @Provide
    Arbitrary<Style> styles() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 99),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false),
                Arbitraries.longs()).as(Style::new);
    }

    static String write(ParcelKey key, Style style) {
        List<String> templates = key.communeCode().isPresent() ? COMMUNE_TEMPLATES : TEMPLATES;
        String text = templates.get(style.template() % templates.size());
        if (!style.diacritics()) {
            text = VietnameseText.fold(text);
        }
        Random random = new Random(style.seed());
        text = switch (style.caseMode()) {
            case 0 -> text.toLowerCase(Locale.ROOT);
            case 1 -> text.toUpperCase(Locale.ROOT);
            case 2 -> text;
            default -> {
                StringBuilder b = new StringBuilder();
                text.chars().forEach(c -> b.append(random.nextBoolean()
                        ? Character.toUpperCase((char) c) : Character.toLowerCase((char) c)));
                yield b.toString();
            }
        };
        text = text.replace(" ", " ".repeat(1 + style.extraSpaces()));
        if (style.extraSpaces() > 0) {
            text = "\t" + text + "  ";
        }
        text = text.replace("{1}", digits("0".repeat(style.sheetZeros()) + key.sheet(), style.fullWidth()))
                .replace("{2}", digits("0".repeat(style.plotZeros()) + key.plot(), style.fullWidth()))
                .replace("{3}", digits(key.communeCode().orElse(""), style.fullWidth()));
        return text;
    }

    private static String digits(String ascii, boolean fullWidth) {
        if (!fullWidth) {
            return ascii;
        }
        StringBuilder b = new StringBuilder();
        ascii.chars().forEach(c -> b.append((char) ('０' + (c - '0'))));
        return b.toString();
    }

    @Property(tries = 2000)
    void parsesBackEveryKeyWrittenInAnyTemplateForm(@ForAll("keys") ParcelKey key, @ForAll("styles") Style style) {
        String text = write(key, style);
        assertThat(ParcelKeys.parse(text)).as(text).isEqualTo(new Parsed(key));
        assertThat(ParcelKeys.parseCompact(text)).as(text).isEqualTo(new Parsed(key));
    }

    @Property
    void roundTripsTheCanonicalForm(@ForAll("keys") ParcelKey key) {
        assertThat(ParcelKeys.parseCanonical(key.toString())).isEqualTo(new Parsed(key));
        assertThat(ParcelKeys.parseCompact(key.toString())).isEqualTo(new Parsed(key));
    }

    @Property
    void neverThrowsAndOnlyReturnsKeysThatRoundTrip(@ForAll String text) {
        for (ParcelKeyParse result : List.of(ParcelKeys.parse(text), ParcelKeys.parseCompact(text),
                ParcelKeys.parseCanonical(text))) {
            result.parsedKey().ifPresent(k ->
                    assertThat(ParcelKeys.parseCanonical(k.toString())).isEqualTo(new Parsed(k)));
            if (result instanceof Rejected r) {
                assertThat(r.input()).isEqualTo(text);
                assertThat(r.reason()).isNotBlank();
            }
        }
    }
}
