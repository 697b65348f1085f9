package org.parcelrecon.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.admin.AdminUnit;
import org.parcelrecon.core.admin.AdministrativeUnits;

/** The truth files cover every row and parcel, and agree with the data wherever no error was injected. */
class TruthFilesTest {
    private final Generated province = Generated.province();

    @Test
    void truthCoversEveryRegisterRowInOrder() {
        assertThat(province.truthRegister).hasSameSizeAs(province.register);
        for (int i = 0; i < province.register.size(); i++) {
            assertThat(province.register.get(i).get("row_no")).isEqualTo(Integer.toString(i + 1));
            assertThat(province.truthRegister.get(i).get("row_no")).isEqualTo(Integer.toString(i + 1));
        }
    }

    @Test
    void everyParcelNamedByTheTruthExists() {
        Map<String, CSVRecord> parcels = Generated.byColumn(province.truthParcels, "parcel_id");
        Set<String> oldIds = ids(province.oldMap);
        for (CSVRecord t : province.truthRegister) {
            for (String id : Generated.split(t.get("true_parcel_ids"))) {
                assertThat(parcels).containsKey(id);
            }
            String registered = t.get("registered_parcel_id");
            assertThat(registered.startsWith("NEW-") ? parcels.containsKey(registered) : oldIds.contains(registered))
                    .as(registered).isTrue();
        }
    }

    @Test
    void changesCoverEveryOldParcelOnceAndEveryNewParcelOnce() {
        Set<String> oldSeen = new HashSet<>();
        List<String> newSeen = new ArrayList<>();
        for (CSVRecord c : province.truthChanges) {
            if (!c.get("old_parcel_id").isEmpty()) {
                assertThat(oldSeen.add(c.get("old_parcel_id"))).isTrue();
            }
            List<String> news = Generated.split(c.get("new_parcel_ids"));
            // a merged or re-parcelled group lists its new parcels on each of its old parcels' lines
            if (c.get("old_parcel_id").isEmpty() || !newSeen.containsAll(news) || news.isEmpty()) {
                newSeen.addAll(news);
            }
        }
        assertThat(oldSeen).isEqualTo(ids(province.oldMap));
        assertThat(newSeen).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Generated.byColumn(province.truthParcels, "parcel_id").keySet());
    }

    @Test
    void truthParcelsDescribeTheNewMap() {
        Map<String, GeneratedMaps.Feature> map = new HashMap<>();
        province.newMap.forEach(f -> map.put(f.id(), f));
        int leftOut = 0;
        for (CSVRecord p : province.truthParcels) {
            GeneratedMaps.Feature f = map.get(p.get("parcel_id"));
            if (p.get("in_map_file").equals("false")) {
                assertThat(f).isNull();
                leftOut++;
                continue;
            }
            assertThat(f).as(p.get("parcel_id")).isNotNull();
            assertThat(Integer.toString(f.sheet())).isEqualTo(p.get("sheet"));
            assertThat(Integer.toString(f.plot())).isEqualTo(p.get("plot"));
            assertThat(f.communeCode()).isEqualTo(p.get("commune_code"));
            assertThat(f.areaM2()).isEqualTo(Double.parseDouble(p.get("area_m2")));
        }
        assertThat(map).hasSize(province.truthParcels.size() - leftOut);
    }

    @Test
    void registerAgreesWithTheTruthWhereNoErrorWasInjected() {
        check(province.register, province.truthRegister, province.truthParcels, province.population);
    }

    @Test
    void aRunWithoutErrorsIsCleanEverywhere(@TempDir Path dir) throws IOException {
        GenerationReport clean = ProvinceGenerator.of(GeneratorSettings.defaults().withParcels(3_000).withSeed(3)
                .withCommunes(List.of("06652", "06979")).withErrorRates(ErrorRates.none())).generate(dir);
        List<CSVRecord> truth = Generated.csv(clean.file(OutputFile.TRUTH_REGISTER));
        assertThat(truth).allMatch(t -> t.get("errors").isEmpty() && t.get("registered_parcel_id").startsWith("NEW-"));
        assertThat(Generated.csv(clean.file(OutputFile.TRUTH_ERRORS))).isEmpty();
        assertThat(Generated.csv(clean.file(OutputFile.TRUTH_PARCELS)))
                .allMatch(p -> p.get("register_state").equals("CURRENT") && p.get("in_map_file").equals("true"));
        check(Generated.csv(clean.file(OutputFile.REGISTER)), truth, Generated.csv(clean.file(OutputFile.TRUTH_PARCELS)),
                Generated.csv(clean.file(OutputFile.POPULATION)));
    }

    @Test
    void everyErrorDetailShowsTheValueWrittenInTheRegister() {
        Map<String, String> columnOf = Map.of("commune_code", "commune_code", "area_m2", "area_m2",
                "land_use_code", "land_use_code", "address", "address", "user_name", "user_name",
                "id_number", "id_number", "birth_year", "birth_year");
        for (CSVRecord e : province.truthErrors) {
            if (e.get("row_no").isEmpty()) {
                assertThat(e.get("error")).isIn("MISSING_FROM_REGISTER", "MISSING_FROM_MAP");
                continue;
            }
            CSVRecord row = province.register.get(Integer.parseInt(e.get("row_no")) - 1);
            CSVRecord truth = province.truthRegister.get(Integer.parseInt(e.get("row_no")) - 1);
            assertThat(truth.get("errors")).contains(e.get("error"));
            String column = columnOf.get(e.get("field"));
            if (column != null) {
                assertThat(row.get(column)).as(e.toString()).isEqualTo(e.get("written_value"));
                assertThat(e.get("true_value")).as(e.toString()).isNotEqualTo(e.get("written_value"));
            } else if (e.get("field").equals("sheet/plot")) {
                assertThat(row.get("sheet") + "/" + row.get("plot")).isEqualTo(e.get("written_value"));
            }
        }
    }

    /** Every value of every row equals the truth unless an error that changes it is listed for the row. */
    static void check(List<CSVRecord> register, List<CSVRecord> truthRegister, List<CSVRecord> truthParcels,
                      List<CSVRecord> population) {
        Map<String, CSVRecord> parcels = Generated.byColumn(truthParcels, "parcel_id");
        Map<String, CSVRecord> people = Generated.byColumn(population, "citizen_id");
        AdministrativeUnits units = AdministrativeUnits.quangNinh();
        int compared = 0;
        for (int i = 0; i < register.size(); i++) {
            CSVRecord row = register.get(i);
            CSVRecord truth = truthRegister.get(i);
            List<String> errors = Generated.split(truth.get("errors"));
            List<String> trueIds = Generated.split(truth.get("true_parcel_ids"));
            String current = truth.get("registered_parcel_id").split("-")[1];
            if (errors.contains("COMMUNE_CODE_OLD")) {
                assertThat(units.predecessors(current)).extracting(AdminUnit::code).contains(row.get("commune_code"));
            } else {
                assertThat(row.get("commune_code")).isEqualTo(current);
            }
            if (!errors.contains("KEY_OLD_SURVEY")) {
                assertThat(trueIds).hasSize(1);
                CSVRecord parcel = parcels.get(trueIds.get(0));
                assertThat(truth.get("registered_parcel_id")).isEqualTo(trueIds.get(0));
                assertThat(row.get("sheet")).isEqualTo(parcel.get("sheet"));
                assertThat(row.get("plot")).isEqualTo(parcel.get("plot"));
                if (!errors.contains("AREA_OFF")) {
                    double area = Double.parseDouble(parcel.get("area_m2"));
                    assertThat(Double.parseDouble(row.get("area_m2"))).isCloseTo(area,
                            org.assertj.core.api.Assertions.within(area * 0.005 + 0.06));
                }
                assertThat(truth.get("true_land_use_code")).isEqualTo(parcel.get("land_use_code"));
            }
            if (errors.stream().noneMatch(e -> e.startsWith("LAND_USE"))) {
                assertThat(row.get("land_use_code")).isEqualTo(truth.get("true_land_use_code"));
            }
            if (!truth.get("user_kind").equals("PERSON")) {
                assertThat(truth.get("true_citizen_id")).isEmpty();
                continue;
            }
            CSVRecord citizen = people.get(truth.get("true_citizen_id"));
            assertThat(citizen != null).as(truth.get("true_citizen_id")).isEqualTo(truth.get("in_population").equals("true"));
            if (citizen == null) {
                continue;
            }
            if (errors.stream().noneMatch(e -> e.startsWith("NAME_") || e.startsWith("TEXT_"))) {
                assertThat(row.get("user_name")).isEqualTo(citizen.get("full_name"));
            }
            if (errors.stream().noneMatch(e -> e.startsWith("ID_"))) {
                assertThat(row.get("id_number")).isEqualTo(citizen.get("citizen_id"));
            }
            if (errors.stream().noneMatch(e -> e.startsWith("BIRTH_YEAR"))) {
                assertThat(row.get("birth_year")).isEqualTo(citizen.get("birth_date").substring(0, 4));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(register.size() / 2);
    }

    private static Set<String> ids(List<GeneratedMaps.Feature> map) {
        Set<String> ids = new HashSet<>();
        map.forEach(f -> ids.add(f.id()));
        return ids;
    }
}
