package org.parcelrecon.core.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.testdata.SharedData;

class ProvinceTableTest {
    /** DOMAIN.md §1.1, written out by hand there: the 63 codes, not contiguous. */
    private static final String DOMAIN_CODES = "001,002,004,006,008,010,011,012,014,015,017,019,020,022,024,025,026,"
            + "027,030,031,033,034,035,036,037,038,040,042,044,045,046,048,049,051,052,054,056,058,060,062,064,066,"
            + "067,068,070,072,074,075,077,079,080,082,083,084,086,087,089,091,092,093,094,095,096";

    @Test
    void holdsExactlyTheSixtyThreeCodesOfDomainMdInOrder() {
        String codes = CitizenIds.birthProvinces().stream().map(BirthProvince::cccdPrefix)
                .collect(Collectors.joining(","));
        assertThat(codes).isEqualTo(DOMAIN_CODES);
    }

    @Test
    void mapsMergedProvincesToTheSuccessorsInDomainMd() {
        // DOMAIN.md §1.1: new code = new province <- old provinces merged (old code)
        Map<String, String> expected = new TreeMap<>(Map.of(
                "002", "08 Tuyên Quang", "008", "08 Tuyên Quang",
                "010", "15 Lào Cai", "015", "15 Lào Cai",
                "024", "24 Bắc Ninh", "027", "24 Bắc Ninh",
                "044", "44 Quảng Trị", "045", "44 Quảng Trị",
                "052", "52 Gia Lai", "064", "52 Gia Lai"));
        expected.putAll(Map.of(
                "072", "80 Tây Ninh", "080", "80 Tây Ninh",
                "082", "82 Đồng Tháp", "087", "82 Đồng Tháp",
                "089", "91 An Giang", "091", "91 An Giang",
                "022", "22 Quảng Ninh"));
        expected.forEach((prefix, successor) -> {
            BirthProvince p = CitizenIds.birthProvince(prefix).orElseThrow();
            assertThat(p.successorCode() + " " + p.successorName()).as(prefix).isEqualTo(successor);
        });
    }

    @Test
    void everySuccessorIsOneOfTheOldCodesAndThereAreThirtyFour() {
        List<BirthProvince> all = CitizenIds.birthProvinces();
        assertThat(all.stream().map(BirthProvince::successorCode).distinct().count()).isEqualTo(34);
        for (BirthProvince p : all) {
            assertThat(CitizenIds.birthProvince("0" + p.successorCode())).as(p.name()).isPresent();
        }
    }

    @Test
    void findsOnlyThreeDigitCodes() {
        assertThat(CitizenIds.birthProvince("022").map(BirthProvince::fullName)).contains("Tỉnh Quảng Ninh");
        assertThat(CitizenIds.birthProvince("001").map(BirthProvince::name)).contains("Hà Nội");
        assertThat(CitizenIds.birthProvince("22")).isEmpty();
        assertThat(CitizenIds.birthProvince("0022")).isEmpty();
        assertThat(CitizenIds.birthProvince("003")).isEmpty();
        assertThat(CitizenIds.birthProvince("0a2")).isEmpty();
        assertThat(CitizenIds.birthProvince("")).isEmpty();
    }

    @Test
    void resourceNamesItsSourcesAndMatchesTheSharedTable() throws IOException {
        String resource;
        try (InputStream in = ProvinceTable.class.getResourceAsStream(ProvinceTable.RESOURCE)) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(resource).contains("Circular 07/2016/TT-BCA", "915/CTK-CSCL");

        Path shared = SharedData.require("admin/vn_provinces_63_before_2025-07-01.csv");
        String data = resource.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        String origin = Files.readString(shared, StandardCharsets.UTF_8).lines()
                .collect(Collectors.joining("\n"));
        assertThat(data).isEqualTo(origin);
    }
}
