package org.parcelrecon.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
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
import org.parcelrecon.core.citizen.IdProblemCode;
import org.parcelrecon.core.citizen.IdRepair;
import org.parcelrecon.core.landuse.LandUseCheck;
import org.parcelrecon.core.landuse.LandUseCodes;
import org.parcelrecon.core.text.TextEncoding;
import org.parcelrecon.core.text.VietnameseText;

/**
 * The injected errors occur at the configured rates (within four standard deviations of a binomial count, plus
 * 0.002) among the units each applies to, and each looks like what it claims to be.
 */
class InjectedErrorTest {
    private final Generated province = Generated.province();
    private final ErrorRates rates = Generated.SETTINGS.errorRates();

    /** Counts of one kind among its eligible units. */
    private final Map<InjectedError, int[]> observed = new EnumMap<>(InjectedError.class);

    private void count(InjectedError kind, boolean eligible, boolean happened) {
        int[] c = observed.computeIfAbsent(kind, k -> new int[2]);
        if (eligible) {
            c[0]++;
            c[1] += happened ? 1 : 0;
        } else {
            assertThat(happened).as(kind + " on a unit it does not apply to").isFalse();
        }
    }

    @Test
    void everyKindOccursAtItsRate() {
        Map<String, CSVRecord> people = Generated.byColumn(province.population, "citizen_id");
        Map<String, CSVRecord> sheets = new HashMap<>();
        for (CSVRecord s : province.truthSheets) {
            sheets.put(s.get("commune_code") + "-" + s.get("sheet"), s);
        }
        Set<String> registrations = new HashSet<>();
        Set<String> citizens = new HashSet<>();
        for (CSVRecord t : province.truthRegister) {
            Set<String> errors = new HashSet<>(Generated.split(t.get("errors")));
            boolean duplicate = !t.get("duplicate_of").isEmpty();
            count(InjectedError.DUPLICATE_ROW, !duplicate, false);
            if (duplicate) {
                observed.get(InjectedError.DUPLICATE_ROW)[1]++;
                continue;
            }
            if (registrations.add(t.get("registered_parcel_id"))) {
                String[] id = t.get("registered_parcel_id").split("-");
                CSVRecord sheet = sheets.get(id[1] + "-" + id[2]);
                count(InjectedError.COMMUNE_CODE_OLD, !sheet.get("old_commune_code").equals(id[1]),
                        errors.contains("COMMUNE_CODE_OLD"));
                count(InjectedError.AREA_OFF, true, errors.contains("AREA_OFF"));
                String use = t.get("true_land_use_code");
                count(InjectedError.LAND_USE_RETIRED, use.equals("HNK") || use.equals("LUK"), errors.contains("LAND_USE_RETIRED"));
                count(InjectedError.LAND_USE_WRONG, true, errors.contains("LAND_USE_WRONG"));
            }
            if (!t.get("user_kind").equals("PERSON")) {
                continue;
            }
            if (citizens.add(t.get("true_citizen_id"))) {
                count(InjectedError.USER_NOT_IN_POPULATION, true, t.get("in_population").equals("false"));
            }
            CSVRecord citizen = people.get(t.get("true_citizen_id"));
            if (citizen == null) {
                continue;
            }
            String name = citizen.get("full_name");
            count(InjectedError.NAME_TYPO, true, errors.contains("NAME_TYPO"));
            count(InjectedError.NAME_WITH_TITLE, true, errors.contains("NAME_WITH_TITLE"));
            count(InjectedError.NAME_NO_DIACRITICS, !Text.stripDiacritics(name).equals(name), errors.contains("NAME_NO_DIACRITICS"));
            count(InjectedError.NAME_ALL_CAPS, true, errors.contains("NAME_ALL_CAPS"));
            boolean legacyEligible = !errors.contains("NAME_NO_DIACRITICS");
            count(InjectedError.TEXT_TCVN3, legacyEligible, errors.contains("TEXT_TCVN3"));
            count(InjectedError.TEXT_VNI, legacyEligible, errors.contains("TEXT_VNI"));
            count(InjectedError.ID_OLD_CMND, !citizen.get("old_id").isEmpty(), errors.contains("ID_OLD_CMND"));
            count(InjectedError.ID_MISSING, true, errors.contains("ID_MISSING"));
            count(InjectedError.ID_SCIENTIFIC, true, errors.contains("ID_SCIENTIFIC"));
            count(InjectedError.ID_LEADING_ZERO_LOST, true, errors.contains("ID_LEADING_ZERO_LOST"));
            count(InjectedError.ID_SEPARATORS, true, errors.contains("ID_SEPARATORS"));
            count(InjectedError.BIRTH_YEAR_WRONG, true, errors.contains("BIRTH_YEAR_WRONG"));
            count(InjectedError.BIRTH_YEAR_MISSING, true, errors.contains("BIRTH_YEAR_MISSING"));
        }
        for (CSVRecord p : province.truthParcels) {
            count(InjectedError.MISSING_FROM_MAP, true, p.get("in_map_file").equals("false"));
            count(InjectedError.MISSING_FROM_REGISTER, !p.get("register_state").equals("OLD_SURVEY"),
                    p.get("register_state").equals("MISSING"));
        }
        countStaleGroups(registrations);

        assertThat(observed.keySet()).containsExactlyInAnyOrder(InjectedError.values());
        for (Map.Entry<InjectedError, int[]> e : observed.entrySet()) {
            double p = rates.rate(e.getKey());
            int n = e.getValue()[0];
            double share = (double) e.getValue()[1] / n;
            double tolerance = 4 * Math.sqrt(p * (1 - p) / n) + 0.002;
            assertThat(share).as(e.getKey() + " on " + n + " units").isCloseTo(p, org.assertj.core.api.Assertions.within(tolerance));
        }
    }

    /** A changed group (split, merge, re-parcelling, renumbering, removal) is stale when the register shows its old parcels. */
    private void countStaleGroups(Set<String> registrations) {
        Map<String, Boolean> groups = new HashMap<>();
        for (CSVRecord c : province.truthChanges) {
            String cls = c.get("change_class");
            boolean changedKeys = cls.equals("SPLIT") || cls.equals("MERGED") || cls.equals("REPARCELLED")
                    || cls.equals("REMOVED") || c.get("renumbered").equals("true");
            if (!changedKeys) {
                continue;
            }
            String group = c.get("new_parcel_ids").isEmpty() ? c.get("old_parcel_id") : c.get("new_parcel_ids");
            groups.merge(group, registrations.contains(c.get("old_parcel_id")), Boolean::logicalOr);
        }
        for (boolean stale : groups.values()) {
            count(InjectedError.KEY_OLD_SURVEY, true, stale);
        }
    }

    @Test
    void eachErrorLooksLikeWhatItClaims() {
        LandUseCodes codes = LandUseCodes.national();
        Map<InjectedError, Integer> seen = new EnumMap<>(InjectedError.class);
        for (CSVRecord e : province.truthErrors) {
            InjectedError kind = InjectedError.valueOf(e.get("error"));
            String written = e.get("written_value");
            String truth = e.get("true_value");
            seen.merge(kind, 1, Integer::sum);
            switch (kind) {
                case NAME_NO_DIACRITICS -> assertThat(written).matches("[\\p{ASCII}]*");
                case NAME_ALL_CAPS -> {
                    // written_value is the name as finally written: check rows not put in a legacy font afterwards
                    String rowErrors = province.truthRegister.get(Integer.parseInt(e.get("row_no")) - 1).get("errors");
                    if (!rowErrors.contains("TEXT_")) {
                        assertThat(written).isEqualTo(written.toUpperCase(java.util.Locale.ROOT));
                    }
                }
                case NAME_WITH_TITLE -> assertThat(VietnameseText.fold(written)).matches("(ong|ba|ho ong|ho ba) .*");
                case TEXT_TCVN3, TEXT_VNI -> {
                    TextEncoding expected = kind == InjectedError.TEXT_TCVN3 ? TextEncoding.TCVN3 : TextEncoding.VNI_WINDOWS;
                    // decoding in the claimed encoding recovers Vietnamese letters (ABC capitals may come back
                    // in lower case: TCVN3 ABC gives tone-marked capitals the lower-case codes)
                    String back = VietnameseText.decode(written, expected).text();
                    assertThat(back).isNotEqualTo(written);
                    assertThat(VietnameseText.foldUnicode(back)).matches("[\\p{ASCII}]*");
                }
                case ID_OLD_CMND -> assertThat(CitizenIds.parse(written).kind()).contains(CitizenIdKind.CMND);
                case ID_MISSING -> assertThat(written).isEmpty();
                case ID_SCIENTIFIC -> {
                    CitizenId id = CitizenIds.parse(written);
                    assertThat(id.repairs().contains(IdRepair.SCIENTIFIC_NOTATION_EXPANDED)
                            || id.hasProblem(IdProblemCode.DIGITS_LOST)).as(written).isTrue();
                    if (id.isValid()) {
                        assertThat(id.normalized()).contains(truth);
                    }
                }
                case ID_LEADING_ZERO_LOST, ID_SEPARATORS -> {
                    CitizenId id = CitizenIds.parse(written);
                    assertThat(id.normalized()).as(written).contains(truth);
                    assertThat(id.repaired()).isTrue();
                }
                case BIRTH_YEAR_WRONG -> assertThat(Math.abs(Integer.parseInt(written) - Integer.parseInt(truth)))
                        .isBetween(1, 90);
                case LAND_USE_RETIRED -> assertThat(codes.check(written)).isInstanceOf(LandUseCheck.Retired.class);
                case LAND_USE_WRONG -> assertThat(codes.checkCombined(written)).allMatch(c -> c instanceof LandUseCheck.Current);
                case AREA_OFF -> assertThat(Math.abs(Double.parseDouble(written) / Double.parseDouble(truth) - 1))
                        .isBetween(0.079, 0.351);
                default -> {
                }
            }
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrder(InjectedError.values());
    }

    @Test
    void legacyTextDecodesBackToTheTrueName() {
        int decoded = 0;
        int total = 0;
        for (CSVRecord e : province.truthErrors) {
            String rowErrors = province.truthRegister.get(Math.max(0, Integer.parseInt("0" + e.get("row_no")) - 1))
                    .get("errors");
            boolean onlyLegacy = !rowErrors.contains("NAME_");
            if (e.get("error").startsWith("TEXT_") && e.get("field").equals("user_name") && onlyLegacy) {
                total++;
                String written = e.get("written_value");
                // the automatic detector gets almost all of them; the rare misses are short look-alike names
                if (VietnameseText.decode(written).text().equals(VietnameseText.normalize(e.get("true_value")))) {
                    decoded++;
                }
            }
        }
        assertThat(total).isGreaterThan(500);
        assertThat((double) decoded / total).isGreaterThan(0.9);
    }

    @Test
    void ratesAreValidatedPerExclusiveGroup() {
        ErrorRates r = ErrorRates.none().with(InjectedError.ID_MISSING, 0.6);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.with(InjectedError.ID_SEPARATORS, 0.5))
                .hasMessageContaining("add up to");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.with(InjectedError.AREA_OFF, -0.1))
                .hasMessageContaining("AREA_OFF");
        assertThat(ErrorRates.defaults().rate(InjectedError.AREA_OFF)).isEqualTo(InjectedError.AREA_OFF.defaultRate());
        assertThat(List.of(ErrorRates.none().asMap().values().toArray())).allMatch(v -> (double) v == 0.0);
    }
}
