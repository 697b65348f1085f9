package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizeCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> objects(CliRun run) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.outLines()) {
            nodes.add(json.readTree(line));
        }
        return nodes;
    }

    @Test
    void printsOneObjectPerArgumentInOrder() throws Exception {
        CliRun run = CliRun.of("normalize", "name", "ÔNG NGUYỄN VĂN AN", "Hộ bà Trần Thị Bình");
        assertThat(run.exitCode()).isZero();
        List<JsonNode> out = objects(run);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("input").asText()).isEqualTo("ÔNG NGUYỄN VĂN AN");
        assertThat(out.get(0).get("family").asText()).isEqualTo("Nguyễn");
        assertThat(out.get(0).get("given").asText()).isEqualTo("An");
        assertThat(out.get(1).get("normalized").asText()).isEqualTo("Trần Thị Bình");
    }

    @Test
    void readsStdinLinesWhenNoValueIsGiven() throws Exception {
        CliRun run = CliRun.withStdin("Đặng   Thị Hồng\nplain\n", "normalize", "text");
        List<JsonNode> out = objects(run);
        assertThat(out).extracting(n -> n.get("folded").asText()).containsExactly("dang thi hong", "plain");
        assertThat(out).allSatisfy(n -> assertThat(n.get("valid").asBoolean()).isTrue());
    }

    @Test
    void aCellWithTwoPeopleListsBoth() throws Exception {
        JsonNode node = objects(CliRun.of("normalize", "name", "Ông Lê Văn Cường và bà Phạm Thị Dung")).get(0);
        assertThat(node.get("names")).hasSize(2);
        assertThat(node.get("names").get(1).get("folded").asText()).isEqualTo("pham thi dung");
    }

    @Test
    void aMalformedLineIsReportedAndTheRunGoesOn() throws Exception {
        CliRun run = CliRun.withStdin("Hộ ông\nLê Văn Cường\n", "normalize", "name");
        assertThat(run.exitCode()).isZero();
        List<JsonNode> out = objects(run);
        assertThat(out.get(0).get("valid").asBoolean()).isFalse();
        assertThat(out.get(0).get("error").asText()).contains("no name");
        assertThat(out.get(1).get("valid").asBoolean()).isTrue();
    }

    @Test
    void anUnknownKindIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.of("normalize", "colour", "x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown KIND 'colour'").contains("parcel-key");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void citizenIdsAreMaskedUnlessAskedAndRepairsAreNamed() throws Exception {
        JsonNode masked = objects(CliRun.of("normalize", "citizen-id", "022 190 012 345")).get(0);
        assertThat(masked.get("valid").asBoolean()).isTrue();
        assertThat(masked.get("kind").asText()).isEqualTo("CCCD");
        assertThat(masked.get("normalized").asText()).isEqualTo("022*******45");
        assertThat(masked.get("input").asText()).doesNotContain("190 012");
        assertThat(masked.get("provinceCode").asText()).isEqualTo("022");
        assertThat(masked.get("gender").asText()).isEqualTo("female");
        assertThat(masked.get("birthYear").asInt()).isEqualTo(1990);

        JsonNode shown = objects(CliRun.of("normalize", "--show-ids", "citizen-id", "2.2190012345E+10")).get(0);
        assertThat(shown.get("normalized").asText()).isEqualTo("022190012345");
        assertThat(shown.get("repairs").toString()).contains("SCIENTIFIC_NOTATION_EXPANDED");
    }

    @Test
    void aCitizenIdThatLostDigitsIsInvalidWithItsProblem() throws Exception {
        JsonNode node = objects(CliRun.of("normalize", "citizen-id", "2.21900E+10")).get(0);
        assertThat(node.get("valid").asBoolean()).isFalse();
        assertThat(node.get("problems").get(0).get("code").asText()).isEqualTo("DIGITS_LOST");
    }

    @Test
    void parcelKeysInRegisterFormsParseAndTextWithoutAKeyIsRejectedWithAReason() throws Exception {
        List<JsonNode> out = objects(CliRun.of("normalize", "parcel-key", "Thửa đất số 345, tờ bản đồ số 12",
                "TBĐ số 05 - thửa 0078", "nhà văn hóa"));
        assertThat(out.get(0).get("sheet").asInt()).isEqualTo(12);
        assertThat(out.get(0).get("plot").asInt()).isEqualTo(345);
        assertThat(out.get(0).get("commune").isNull()).isTrue();
        assertThat(out.get(1).get("plot").asInt()).isEqualTo(78);
        assertThat(out.get(2).get("valid").asBoolean()).isFalse();
        assertThat(out.get(2).get("error").asText()).isNotBlank();
    }

    @Test
    void compactParcelKeysNeedTheFlag() throws Exception {
        assertThat(objects(CliRun.of("normalize", "parcel-key", "12/345")).get(0).get("valid").asBoolean()).isFalse();
        JsonNode compact = objects(CliRun.of("normalize", "--compact", "parcel-key", "12/345")).get(0);
        assertThat(compact.get("key").asText()).isEqualTo("12/345");
    }

    @Test
    void readsStandardInputInAVietnameseCodePage() throws Exception {
        // issue 18: such bytes became U+FFFD and were called valid
        byte[] tcvn3 = org.parcelrecon.core.text.VietnameseText.encodeLegacy("Nguyễn Văn An\nTrần Thị Bình\n",
                org.parcelrecon.core.text.TextEncoding.TCVN3).getBytes(java.nio.charset.Charset.forName("windows-1252"));
        CliRun run = CliRun.withStdinBytes(tcvn3, "normalize", "name");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"normalized\":\"Nguyễn Văn An\"").contains("\"normalized\":\"Trần Thị Bình\"")
                .doesNotContain("\uFFFD");
        CliRun named = CliRun.withStdinBytes(tcvn3, "normalize", "--encoding", "tcvn3", "name");
        assertThat(named.out()).isEqualTo(run.out());
        CliRun unknown = CliRun.withStdinBytes(tcvn3, "normalize", "--encoding", "latin9", "name");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("use auto, utf-8, utf-16, windows-1258, tcvn3 or vni");
    }
}
