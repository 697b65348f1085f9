package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberArrays#skip}, the index pass's coordinate skip with the JSON number grammar written out, against
 * Jackson: it accepts an array exactly when Jackson reads it as arrays and numbers (within the skip's limits of
 * depth and number length) and ends where Jackson ends it.
 */
class NumberArraysTest {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_DEPTH = 6;

    /** Where Jackson ends the array at the start of {@code text}, or -1 when the skip must give up on it. */
    private static int jacksonEnd(byte[] text) throws IOException {
        try (JsonParser p = JSON.createParser(text)) {
            int depth = 0;
            do {
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        return -1;
                    }
                } else if (t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT
                        || p.getTextLength() > JsonBytes.MAX_NUMBER_LENGTH) {
                    return -1;
                }
            } while (depth > 0);
            return Math.toIntExact(p.currentLocation().getByteOffset());
        } catch (JsonProcessingException e) {
            return -1;
        }
    }

    private static int skip(byte[] text) {
        JsonBytes in = new JsonBytes(text, 0, text.length, false);
        return NumberArrays.skip(in, 0, MAX_DEPTH);
    }

    @Test
    void acceptsExactlyTheArraysJacksonReadsAsNumbers() throws IOException {
        Random r = new Random(3);
        String[] pieces = {"0", "-0", "7", "12", "380002.667", "2399994.481", "-1.5", "1e5", "2E-3", "1.5e+2", "01",
            "1.", ".5", "+1", "1e", "-", "1.2.3", "--1", "e", "E", ".", "+", ",", "[", "]", " ", "\n", "\r\n", "\t",
            "1" + "0".repeat(JsonBytes.MAX_NUMBER_LENGTH), "x", "\"1\"", "null", "NaN"};
        int accepted = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder("[");
            if (r.nextInt(4) == 0) { // random pieces: mostly malformed
                for (int i = r.nextInt(12); i > 0; i--) {
                    s.append(pieces[r.nextInt(pieces.length)]);
                }
            } else { // a ring, now and then with one piece put in
                s.append('[');
                for (int v = 0; v < 4; v++) {
                    s.append(v > 0 ? "," : "").append('[').append(pieces[r.nextInt(8)]).append(',')
                            .append(pieces[r.nextInt(8)]).append(']');
                }
                s.append(']');
                if (r.nextBoolean()) {
                    s.insert(1 + r.nextInt(s.length() - 1), pieces[r.nextInt(pieces.length)]);
                }
            }
            s.append(r.nextBoolean() ? "]" : "");
            byte[] text = (s + " ,").getBytes(StandardCharsets.UTF_8);
            int expected = jacksonEnd(text);
            assertThat(skip(text)).as("%s", s).isEqualTo(expected);
            if (expected > 0) {
                accepted++;
            }
        }
        assertThat(accepted).as("arrays accepted").isGreaterThan(5_000);
    }

    @Test
    void digitRunsOfEveryLengthEndWhereJacksonEndsThem() throws IOException {
        // the skip reads digits four at a time while four bytes are left: every run length, every byte after it
        // and every cut of the bytes (so that the four-byte rounds meet the end at each offset) as Jackson reads them
        String[] after = {",1]", "]", "e5]", "E-2]", "x]", ".]", ".5]", " ]", "\n]", "-]", "0]"};
        int checked = 0;
        for (int whole = 1; whole <= 11; whole++) {
            for (int fraction = -1; fraction <= 11; fraction++) {
                for (String tail : after) {
                    String number = "9876543210987".substring(0, whole)
                            + (fraction < 0 ? "" : "." + "1234567890123".substring(0, fraction));
                    String array = "[[" + number + tail + "]";
                    for (int cut = 1; cut <= array.length(); cut++) {
                        byte[] text = array.substring(0, cut).getBytes(StandardCharsets.US_ASCII);
                        assertThat(skip(text)).as("%s", array.substring(0, cut)).isEqualTo(jacksonEnd(text));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void givesUpWhenTheBytesEndInsideTheArray() {
        String ring = "[[380002.667,2399994.481],[1e5,-0]]";
        for (int cut = 1; cut < ring.length(); cut++) {
            assertThat(skip(ring.substring(0, cut).getBytes(StandardCharsets.US_ASCII))).as("cut at %d", cut)
                    .isEqualTo(-1);
        }
        assertThat(skip(ring.getBytes(StandardCharsets.US_ASCII))).isEqualTo(ring.length());
    }
}
