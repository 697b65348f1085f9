package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FastDoublesTest {
    /** The readers' Jackson configuration: what the fast path must agree with bit for bit. */
    private static final JsonMapper JACKSON = JsonMapper.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private static double jackson(String number) throws IOException {
        try (JsonParser p = JACKSON.createParser("[" + number + "]")) {
            p.nextToken();
            JsonToken t = p.nextToken();
            assertThat(t.isNumeric()).as(number).isTrue();
            return p.getDoubleValue();
        }
    }

    private static double fast(String number) {
        byte[] b = (" " + number + " ").getBytes(StandardCharsets.US_ASCII);
        JsonBytes in = new JsonBytes(b, 1, b.length, false);
        int end = in.number();
        assertThat(end).as(number).isEqualTo(b.length - 1);
        return FastDoubles.parse(b, 1, end, in.fractional);
    }

    private static void same(String number) throws IOException {
        assertThat(Double.doubleToRawLongBits(fast(number))).as(number)
                .isEqualTo(Double.doubleToRawLongBits(jackson(number)));
    }

    @Test
    void edgeCasesDecodeAsJacksonDecodesThem() throws IOException {
        for (String s : List.of("0", "-0", "0.0", "-0.0", "0e5", "-0e-5", "1", "-1", "9007199254740992",
                "9007199254740993", "999999999999999999", "-999999999999999999", "1000000000000000000",
                "12345678901234567890123", "1e22", "1e23", "1.7976931348623157e308", "1e309", "-1e400", "4.9e-324",
                "2e-324", "1e-400", "0.1", "0.3", "2399994.481", "380002.667000", "380002.6670000000000000001",
                "123456789012345.6", "1234567890123456.7", "9007199254740993.0", "0.000000000000000000000000001",
                "1E5", "1e+5", "1.5E-3", "100.000", "5e-22", "5e-23", "123456789012345678e-5", "2.2250738585072014E-308",
                "2.2250738585072011e-308", "0.30000000000000004", "3.0000000000000004e-1")) {
            same(s);
        }
    }

    @Test
    void randomNumbersDecodeAsJacksonAndParseDoubleDecodeThem() throws IOException {
        Random r = new Random(19);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            numbers.add(randomNumber(r));
        }
        for (int i = 0; i < 5_000; i++) {
            double d = r.nextBoolean() ? r.nextDouble() * Math.pow(10, r.nextInt(40) - 20)
                    : Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(d)) {
                numbers.add(Double.toString(d).replace("E", r.nextBoolean() ? "e" : "E"));
            }
        }
        for (String s : numbers) {
            same(s);
            if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
                assertThat(Double.doubleToRawLongBits(fast(s))).as(s)
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
            }
        }
    }

    @Test
    void textDecodesAsParseDoubleDecodesIt() {
        Random r = new Random(23);
        List<String> texts = new ArrayList<>(List.of("-0", "0", "-0.0", "007", "1.", ".5", "+1", " 5", "1e3", "1,5",
                "NaN", "-", "12.50", "9007199254740993", "123456789012345678", "1234567890123456789"));
        for (int i = 0; i < 20_000; i++) {
            texts.add(randomNumber(r));
        }
        for (String s : texts) {
            double expected;
            try {
                expected = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> FastDoubles.parse(s))
                        .isInstanceOf(NumberFormatException.class);
                continue;
            }
            assertThat(Double.doubleToRawLongBits(FastDoubles.parse(s))).as(s)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    /** A JSON number of random shape: sign, up to 22 integer and fraction digits, an exponent or not. */
    private static String randomNumber(Random r) {
        StringBuilder s = new StringBuilder();
        if (r.nextBoolean()) {
            s.append('-');
        }
        int intDigits = 1 + r.nextInt(r.nextBoolean() ? 8 : 22);
        s.append(r.nextInt(5) == 0 ? '0' : (char) ('1' + r.nextInt(9)));
        if (s.charAt(s.length() - 1) != '0') {
            for (int i = 1; i < intDigits; i++) {
                s.append((char) ('0' + r.nextInt(10)));
            }
        }
        if (r.nextInt(4) != 0) {
            s.append('.');
            int fraction = 1 + r.nextInt(r.nextBoolean() ? 6 : 22);
            for (int i = 0; i < fraction; i++) {
                s.append((char) ('0' + (r.nextInt(6) == 0 ? 0 : r.nextInt(10))));
            }
        }
        if (r.nextInt(5) == 0) {
            s.append(r.nextBoolean() ? 'e' : 'E');
            int k = r.nextInt(3);
            s.append(k == 0 ? "" : k == 1 ? "+" : "-");
            s.append(r.nextInt(r.nextBoolean() ? 30 : 330));
        }
        return s.toString();
    }
}
