package org.parcelrecon.core.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.stream.Stream;
import org.parcelrecon.core.internal.BundledCsv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link AdministrativeUnits} from the CSV tables described in this package's resource README: the bundled
 * Quảng Ninh resources, or the same tables of another province in a folder ({@link #load(String, Path)}).
 */
final class AdministrativeUnitsLoader {
    static final String BEFORE = "quang_ninh_units_before_2025-07-01.csv";
    static final String FROM = "quang_ninh_units_from_2025-07-01.csv";
    static final String CROSSWALK = "quang_ninh_crosswalk_2025.csv";
    static final String CHANGES_2024 = "quang_ninh_changes_2024.csv";

    /** 06978 is used for Xã Ba Chẽ by one public crawl; GSO letter 1027/CTK-CSCL has 06970 (DOMAIN §2). */
    static final Map<String, String> QUANG_NINH_ALIASES = Map.of("06978", "06970");

    /** The table files of a province folder, each found as {@code NAME} or {@code PREFIX_NAME}. */
    static final String FOLDER_BEFORE = "units_before_2025-07-01.csv";
    static final String FOLDER_FROM = "units_from_2025-07-01.csv";
    static final String FOLDER_CROSSWALK = "crosswalk_2025.csv";
    static final String FOLDER_CHANGES_2024 = "changes_2024.csv";
    static final String FOLDER_ALIASES = "aliases.csv";

    private static final List<String> CLAUSE_COLUMNS = List.of("resolution_clause", "resolution_1679_clause");

    /** Where the tables come from: a table's rows by name, or nothing when an optional table is absent. */
    private interface Tables {
        Optional<List<Map<String, String>>> read(String name, List<String> requiredColumns, boolean optional)
                throws IOException;
    }

    private AdministrativeUnitsLoader() {
    }

    static AdministrativeUnits quangNinh() {
        try {
            return bundled();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading the bundled administrative units", e);
        }
    }

    private static AdministrativeUnits bundled() throws IOException {
        return build("Quảng Ninh", (name, required, optional) -> {
            String resource = switch (name) {
                case FOLDER_BEFORE -> BEFORE;
                case FOLDER_FROM -> FROM;
                case FOLDER_CROSSWALK -> CROSSWALK;
                case FOLDER_CHANGES_2024 -> CHANGES_2024;
                default -> null;
            };
            return resource == null ? Optional.empty()
                    : Optional.of(BundledCsv.read(AdministrativeUnits.class, resource, required));
        }, QUANG_NINH_ALIASES);
    }

    /**
     * Reads a province's tables from a folder. A missing required table, a malformed row or tables that do not
     * fit together is an {@link IllegalArgumentException} naming the file (and line).
     */
    static AdministrativeUnits load(String provinceName, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a folder of administrative-unit tables");
        }
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path p : (Iterable<Path>) listing::iterator) {
                files.put(p.getFileName().toString(), p);
            }
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        Tables tables = (name, required, optional) -> {
            Optional<Path> file = tableFile(folder, files, name);
            if (file.isEmpty()) {
                if (optional) {
                    return Optional.empty();
                }
                throw new IllegalArgumentException(folder + ": no " + name + " (or PREFIX_" + name + ")");
            }
            try (BufferedReader reader = Files.newBufferedReader(file.get())) {
                return Optional.of(BundledCsv.read(reader, file.get().toString(), required,
                        IllegalArgumentException::new));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException(file.get() + ": not UTF-8 text; save the table as UTF-8", e);
            }
        };
        tables.read(FOLDER_ALIASES, List.of("code", "means"), true).ifPresent(rows -> rows.forEach(
                row -> aliases.put(row.get("code"), row.get("means"))));
        try {
            return build(provinceName, tables, aliases);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(folder + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> tableFile(Path folder, Map<String, Path> files, String name) {
        if (files.containsKey(name)) {
            return Optional.of(files.get(name));
        }
        List<String> prefixed = files.keySet().stream().filter(f -> f.endsWith("_" + name)).sorted().toList();
        if (prefixed.size() > 1) {
            throw new IllegalArgumentException(folder + ": " + prefixed.size() + " files could be " + name + ": "
                    + prefixed);
        }
        return prefixed.stream().findFirst().map(files::get);
    }

    private static List<Map<String, String>> required(Tables tables, String name, List<String> columns)
            throws IOException {
        return tables.read(name, columns, false).orElseThrow(() -> new IllegalStateException(name + " unreadable"));
    }

    private static AdministrativeUnits build(String provinceName, Tables tables, Map<String, String> aliases)
            throws IOException {
        List<AdminUnit> units = new ArrayList<>();
        for (Map<String, String> row : required(tables, FOLDER_BEFORE,
                List.of("code", "name", "unit_type", "full_name", "district_code", "district_full_name"))) {
            units.add(new AdminUnit(row.get("code"), row.get("name"), type(row, FOLDER_BEFORE), row.get("full_name"),
                    Period.BEFORE_2025_07_01, Optional.of(row.get("district_code")),
                    Optional.of(row.get("district_full_name"))));
        }
        Map<String, AdminUnit> current = new LinkedHashMap<>();
        for (Map<String, String> row : required(tables, FOLDER_FROM, List.of("code", "name", "unit_type", "full_name"))) {
            AdminUnit unit = new AdminUnit(row.get("code"), row.get("name"), type(row, FOLDER_FROM), row.get("full_name"),
                    Period.FROM_2025_07_01, Optional.empty(), Optional.empty());
            units.add(unit);
            current.put(unit.code(), unit);
        }
        Map<String, List<Successor>> successors = new LinkedHashMap<>();
        for (Map<String, String> row : required(tables, FOLDER_CROSSWALK,
                List.of("old_code", "new_code", "portion", "old_unit_split_into"))) {
            AdminUnit to = current.get(row.get("new_code"));
            if (to == null) {
                throw new IllegalStateException(FOLDER_CROSSWALK + ": unknown new code " + row.get("new_code"));
            }
            int splitInto;
            try {
                splitInto = Integer.parseInt(row.get("old_unit_split_into"));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(FOLDER_CROSSWALK + ": old_unit_split_into '" + row.get("old_unit_split_into")
                        + "' of old code " + row.get("old_code") + " is not a number", e);
            }
            String portion = row.get("portion");
            if (portion.equals("full") != (splitInto == 1)) {
                throw new IllegalStateException(FOLDER_CROSSWALK + ": portion " + portion + " but split into " + splitInto
                        + " for old code " + row.get("old_code"));
            }
            successors.computeIfAbsent(row.get("old_code"), k -> new ArrayList<>())
                    .add(new Successor(to, clause(row)));
        }
        Map<String, List<AdministrativeUnits.FormerName>> formerNames = new LinkedHashMap<>();
        for (Map<String, String> row : tables.read(FOLDER_CHANGES_2024,
                List.of("code", "former_name", "former_unit_type", "change"), true).orElse(List.of())) {
            Optional<UnitType> formerType = row.get("former_unit_type").isEmpty()
                    ? Optional.empty() : Optional.of(type(row.get("former_unit_type"), FOLDER_CHANGES_2024));
            switch (row.get("change")) {
                case "retired" -> units.add(new AdminUnit(row.get("code"), row.get("former_name"),
                        formerType.orElseThrow(() -> new IllegalStateException(
                                FOLDER_CHANGES_2024 + ": retired unit " + row.get("code") + " needs a type")),
                        formerType.get().vietnameseName() + " " + row.get("former_name"),
                        Period.RETIRED_2024, Optional.empty(), Optional.empty()));
                case "renamed" -> formerNames.computeIfAbsent(row.get("code"), k -> new ArrayList<>())
                        .add(new AdministrativeUnits.FormerName(row.get("former_name"), formerType));
                default -> throw new IllegalStateException(FOLDER_CHANGES_2024 + ": unknown change " + row.get("change"));
            }
        }
        return AdministrativeUnits.of(provinceName, units, aliases, successors, formerNames);
    }

    /** The clause of the merger resolution that names the successor; a table without the column has clause 1. */
    private static int clause(Map<String, String> row) {
        for (String column : CLAUSE_COLUMNS) {
            String value = row.get(column);
            if (value != null && !value.isEmpty()) {
                try {
                    return Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(FOLDER_CROSSWALK + ": clause '" + value + "' of old code "
                            + row.get("old_code") + " is not a number", e);
                }
            }
        }
        return 1;
    }

    private static UnitType type(Map<String, String> row, String resource) {
        return type(row.get("unit_type"), resource);
    }

    private static UnitType type(String text, String resource) {
        return UnitType.fromVietnamese(text)
                .orElseThrow(() -> new IllegalStateException(resource + ": unknown unit type '" + text + "'"));
    }
}
