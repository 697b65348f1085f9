package org.parcelrecon.core.admin;

import org.parcelrecon.core.internal.BundledCsv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link AdministrativeUnits} from the CSV resources described in this package's resource README. */
final class AdministrativeUnitsLoader {
    static final String BEFORE = "quang_ninh_units_before_2025-07-01.csv";
    static final String FROM = "quang_ninh_units_from_2025-07-01.csv";
    static final String CROSSWALK = "quang_ninh_crosswalk_2025.csv";
    static final String CHANGES_2024 = "quang_ninh_changes_2024.csv";

    /** 06978 is used for Xã Ba Chẽ by one public crawl; GSO letter 1027/CTK-CSCL has 06970 (DOMAIN §2). */
    static final Map<String, String> QUANG_NINH_ALIASES = Map.of("06978", "06970");

    private AdministrativeUnitsLoader() {
    }

    static AdministrativeUnits quangNinh() {
        List<AdminUnit> units = new ArrayList<>();
        for (Map<String, String> row : BundledCsv.read(AdministrativeUnits.class, BEFORE,
                List.of("code", "name", "unit_type", "full_name", "district_code", "district_full_name"))) {
            units.add(new AdminUnit(row.get("code"), row.get("name"), type(row, BEFORE), row.get("full_name"),
                    Period.BEFORE_2025_07_01, Optional.of(row.get("district_code")),
                    Optional.of(row.get("district_full_name"))));
        }
        Map<String, AdminUnit> current = new LinkedHashMap<>();
        for (Map<String, String> row : BundledCsv.read(AdministrativeUnits.class, FROM,
                List.of("code", "name", "unit_type", "full_name"))) {
            AdminUnit unit = new AdminUnit(row.get("code"), row.get("name"), type(row, FROM), row.get("full_name"),
                    Period.FROM_2025_07_01, Optional.empty(), Optional.empty());
            units.add(unit);
            current.put(unit.code(), unit);
        }
        Map<String, List<Successor>> successors = new LinkedHashMap<>();
        for (Map<String, String> row : BundledCsv.read(AdministrativeUnits.class, CROSSWALK,
                List.of("old_code", "new_code", "portion", "old_unit_split_into", "resolution_1679_clause"))) {
            AdminUnit to = current.get(row.get("new_code"));
            if (to == null) {
                throw new IllegalStateException(CROSSWALK + ": unknown new code " + row.get("new_code"));
            }
            int splitInto = Integer.parseInt(row.get("old_unit_split_into"));
            String portion = row.get("portion");
            if (portion.equals("full") != (splitInto == 1)) {
                throw new IllegalStateException(CROSSWALK + ": portion " + portion + " but split into " + splitInto
                        + " for old code " + row.get("old_code"));
            }
            successors.computeIfAbsent(row.get("old_code"), k -> new ArrayList<>())
                    .add(new Successor(to, Integer.parseInt(row.get("resolution_1679_clause"))));
        }
        Map<String, List<AdministrativeUnits.FormerName>> formerNames = new LinkedHashMap<>();
        for (Map<String, String> row : BundledCsv.read(AdministrativeUnits.class, CHANGES_2024,
                List.of("code", "former_name", "former_unit_type", "change"))) {
            Optional<UnitType> formerType = row.get("former_unit_type").isEmpty()
                    ? Optional.empty() : Optional.of(type(row.get("former_unit_type"), CHANGES_2024));
            switch (row.get("change")) {
                case "retired" -> units.add(new AdminUnit(row.get("code"), row.get("former_name"),
                        formerType.orElseThrow(() -> new IllegalStateException(
                                CHANGES_2024 + ": retired unit " + row.get("code") + " needs a type")),
                        formerType.get().vietnameseName() + " " + row.get("former_name"),
                        Period.RETIRED_2024, Optional.empty(), Optional.empty()));
                case "renamed" -> formerNames.computeIfAbsent(row.get("code"), k -> new ArrayList<>())
                        .add(new AdministrativeUnits.FormerName(row.get("former_name"), formerType));
                default -> throw new IllegalStateException(CHANGES_2024 + ": unknown change " + row.get("change"));
            }
        }
        return AdministrativeUnits.of("Quảng Ninh", units, QUANG_NINH_ALIASES, successors, formerNames);
    }

    private static UnitType type(Map<String, String> row, String resource) {
        return type(row.get("unit_type"), resource);
    }

    private static UnitType type(String text, String resource) {
        return UnitType.fromVietnamese(text)
                .orElseThrow(() -> new IllegalStateException(resource + ": unknown unit type '" + text + "'"));
    }
}
