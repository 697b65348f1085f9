package org.parcelrecon.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.citizen.CitizenId;
import org.parcelrecon.core.citizen.CitizenIdKind;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.citizen.Gender;
import org.parcelrecon.core.name.PersonName;
import org.parcelrecon.core.name.PersonNames;

/** The population registry: numbers that agree with the people, households that make sense, real name shares. */
class PopulationTest {
    private final List<CSVRecord> people = Generated.province().population;

    @Test
    void everyNumberAgreesWithTheBirthYearAndSexOfItsHolder() {
        assertThat(people).hasSizeGreaterThan(15_000);
        for (CSVRecord p : people) {
            LocalDate birth = LocalDate.parse(p.get("birth_date"));
            CitizenId id = CitizenIds.parse(p.get("citizen_id"), birth.getYear());
            assertThat(id.isValid()).as(id + " " + id.problems()).isTrue();
            assertThat(id.repaired()).isFalse();
            assertThat(id.kind()).contains(CitizenIdKind.CCCD);
            assertThat(id.birthYear()).hasValue(birth.getYear());
            assertThat(id.gender()).contains(p.get("gender").equals("Nữ") ? Gender.FEMALE : Gender.MALE);
            assertThat(id.birthProvince()).isPresent();
            if (!p.get("old_id").isEmpty()) {
                CitizenId old = CitizenIds.parse(p.get("old_id"));
                assertThat(old.isValid()).isTrue();
                assertThat(old.kind()).contains(CitizenIdKind.CMND);
            }
        }
    }

    @Test
    void numbersAreUniqueAndMostlyFromQuangNinh() {
        Set<String> cccd = new HashSet<>();
        Set<String> cmnd = new HashSet<>();
        int quangNinh = 0;
        int withCmnd = 0;
        for (CSVRecord p : people) {
            assertThat(cccd.add(p.get("citizen_id"))).as(p.get("citizen_id")).isTrue();
            if (!p.get("old_id").isEmpty()) {
                withCmnd++;
                assertThat(cmnd.add(p.get("old_id"))).as(p.get("old_id")).isTrue();
            }
            quangNinh += p.get("citizen_id").startsWith("022") ? 1 : 0;
        }
        assertThat((double) quangNinh / people.size()).isBetween(0.85, 0.93);
        assertThat((double) withCmnd / people.size()).isBetween(0.2, 0.5);
    }

    @Test
    void householdsHaveOneHeadAndParentsOlderThanTheirChildren() {
        Map<String, CSVRecord> heads = new HashMap<>();
        Map<String, Integer> headCount = new HashMap<>();
        for (CSVRecord p : people) {
            if (p.get("relation").equals("Chủ hộ")) {
                heads.put(p.get("household_id"), p);
                headCount.merge(p.get("household_id"), 1, Integer::sum);
            }
        }
        assertThat(headCount.values()).allMatch(n -> n == 1);
        int couples = 0;
        for (CSVRecord p : people) {
            CSVRecord head = heads.get(p.get("household_id"));
            if (head == null) {
                continue; // the head is one of the citizens left out of the registry (USER_NOT_IN_POPULATION)
            }
            int year = LocalDate.parse(p.get("birth_date")).getYear();
            int headYear = LocalDate.parse(head.get("birth_date")).getYear();
            assertThat(p.get("address")).isEqualTo(head.get("address"));
            switch (p.get("relation")) {
                case "Vợ", "Chồng" -> {
                    couples++;
                    assertThat(p.get("gender")).isNotEqualTo(head.get("gender"));
                    assertThat(p.get("relation")).isEqualTo(head.get("gender").equals("Nam") ? "Vợ" : "Chồng");
                }
                case "Con" -> assertThat(year - headYear).isGreaterThanOrEqualTo(14);
                case "Bố", "Mẹ" -> assertThat(headYear - year).isGreaterThanOrEqualTo(22);
                default -> assertThat(p.get("relation")).isEqualTo("Chủ hộ");
            }
        }
        assertThat(couples).isGreaterThan(heads.size() / 2);
    }

    @Test
    void familyNamesFollowTheNationalShares() {
        Map<String, Integer> counts = new HashMap<>();
        for (CSVRecord p : people) {
            PersonName name = PersonNames.parseOne(p.get("full_name")).orElseThrow();
            assertThat(name.fullName()).isEqualTo(p.get("full_name"));
            counts.merge(name.family(), 1, Integer::sum);
        }
        int n = people.size();
        // DOMAIN.md §7: Nguyễn 38.4%, Trần 11%, Lê 9.5%, Phạm 7.1%; tolerance four standard deviations
        for (String family : List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ")) {
            double p = NameTables.familyShare(family) / 100;
            double tolerance = 4 * Math.sqrt(p * (1 - p) / n);
            assertThat((double) counts.getOrDefault(family, 0) / n).as(family).isCloseTo(p,
                    org.assertj.core.api.Assertions.within(tolerance));
        }
        assertThat(counts.keySet()).hasSizeGreaterThan(40);
    }

    @Test
    void middleNamesFollowSexAndGeneration() {
        int olderWomen = 0;
        int olderWomenThi = 0;
        int men = 0;
        int menThi = 0;
        for (CSVRecord p : people) {
            String[] words = p.get("full_name").split(" ");
            int year = LocalDate.parse(p.get("birth_date")).getYear();
            if (p.get("gender").equals("Nữ") && year < 1960) {
                olderWomen++;
                olderWomenThi += words[1].equals("Thị") ? 1 : 0;
            } else if (p.get("gender").equals("Nam")) {
                men++;
                menThi += words[1].equals("Thị") ? 1 : 0;
            }
        }
        assertThat((double) olderWomenThi / olderWomen).isBetween(0.75, 0.95);
        assertThat(menThi).isZero();
        assertThat(men).isGreaterThan(5_000);
    }
}
