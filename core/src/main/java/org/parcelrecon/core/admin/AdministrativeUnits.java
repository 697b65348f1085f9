package org.parcelrecon.core.admin;

import java.text.Normalizer;
import java.time.LocalDate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcelrecon.core.text.VietnameseText;

/**
 * The commune-level administrative units of a province in each period, and the 2025 crosswalk between them.
 *
 * <p>For Quảng Ninh ({@link #quangNinh()}): 171 units before 1 July 2025, 54 from that day
 * (Resolution 1679/NQ-UBTVQH15 of 16 Jun 2025; codes from GSO letter 1027/CTK-CSCL), and 6 units retired in
 * 2024. The bundled data and its sources are described in the {@code README.md} beside the CSV resources.
 *
 * <h2>Codes are only meaningful with a date</h2>
 *
 * Every one of the 54 new codes is also the code of one of its old members, and in 21 cases that member had a
 * different name: {@code 06652} was Phường Hà Phong until 30 June 2025 and is Phường Hà Tu from 1 July 2025
 * (old Phường Hà Tu was {@code 06664}). So:
 *
 * <ul>
 *   <li>{@link #resolve(String, LocalDate)} reads a code as of a date: before 1 July 2025 as a pre-2025 code,
 *       from then as a current code. A code that has only one reading gets that reading whatever the date
 *       (e.g. old-only {@code 06649} written in 2026 is still {@link CommuneResolution.Full}); the variant
 *       returned tells which reading was used.</li>
 *   <li>{@link #resolve(String)} (no date) returns {@link CommuneResolution.DependsOnDate} with both readings
 *       for a code that is both old and current.</li>
 * </ul>
 *
 * <h2>Accepted code forms</h2>
 *
 * Up to 5 digits after trimming: a code that lost its leading zero in a spreadsheet is padded
 * ({@code "6652"} → {@code "06652"}); extra leading zeros are dropped ({@code "006652"} → {@code "06652"});
 * full-width digits are read ({@code "０６６５２"}); a spreadsheet float's {@code ".0"} is dropped
 * ({@code "6652.0"}). Anything else is {@link CommuneResolution.Unknown}.
 *
 * <h2>Worked examples (Quảng Ninh)</h2>
 *
 * <table>
 *   <caption>resolve</caption>
 *   <tr><th>call</th><th>result</th></tr>
 *   <tr><td>{@code resolve("06652", 2024-05-01)}</td><td>Full: old P. Hà Phong → P. Hà Tu 06652 (cl. 39)</td></tr>
 *   <tr><td>{@code resolve("06652", 2025-08-01)}</td><td>Current: P. Hà Tu</td></tr>
 *   <tr><td>{@code resolve("06652")}</td><td>DependsOnDate(Full(Hà Phong → Hà Tu), Current(Hà Tu))</td></tr>
 *   <tr><td>{@code resolve("6655")}</td><td>Partial: P. Hà Khẩu → Tuần Châu (cl. 36), Việt Hưng (cl. 37)</td></tr>
 *   <tr><td>{@code resolve("06978")}</td><td>Current: Xã Ba Chẽ 06970, {@code viaAlias()} true</td></tr>
 *   <tr><td>{@code resolve("06682")}</td><td>Retired: P. Yết Kiêu (2024), no successor</td></tr>
 *   <tr><td>{@code resolve("12345")}, {@code resolve("06a52")}</td><td>Unknown, with the reason</td></tr>
 * </table>
 *
 * <h2>Ba Chẽ</h2>
 *
 * New Xã Ba Chẽ is 06970 in GSO letter 1027/CTK-CSCL; another public list uses 06978 (never an old code). The
 * preferred code is 06970; {@code 06978} is accepted as an alias by {@link #current(String)} and
 * {@link #resolve(String)} ({@link CommuneResolution.Current#viaAlias()}).
 *
 * <h2>Names</h2>
 *
 * {@link #byName(String)} compares folded names (no diacritics, any case, any tone placement), with or without
 * the type prefix (Phường/P., Xã/X., Thị trấn/TT, Đặc khu), and knows the two 2024 former names (Lương Mông,
 * Cộng Hòa) and the retired units' names. Names repeat across periods and districts, so it returns a list.
 *
 * <p>Instances are immutable and thread-safe; {@link #quangNinh()} loads the bundled tables once.
 */
public final class AdministrativeUnits {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern SPREADSHEET_FLOAT = Pattern.compile("([0-9]+)\\.0+");
    private static final Pattern TYPE_PREFIX = Pattern.compile(
            "^(?:(phuong|xa|thi tran|dac khu)\\s+|(p|x|tt)\\.\\s*|(tt)\\s+)(.+)$");

    private final String provinceName;
    private final Map<String, AdminUnit> before;
    private final Map<String, AdminUnit> current;
    private final Map<String, AdminUnit> retired;
    private final Map<String, String> currentAliases;
    // Multimaps: key to an unmodifiable list, in insertion order; read through values(map, key).
    private final Map<String, List<Successor>> successors;
    private final Map<String, List<AdminUnit>> predecessors;
    private final Map<String, List<NameEntry>> byFoldedName;

    /** A unit as it can be named: under its own name and type, or under a former name and type. */
    private record NameEntry(AdminUnit unit, UnitType typeAsNamed) {
    }

    private AdministrativeUnits(String provinceName, Map<String, AdminUnit> before, Map<String, AdminUnit> current,
                                Map<String, AdminUnit> retired, Map<String, String> currentAliases,
                                Map<String, List<Successor>> successors,
                                Map<String, List<NameEntry>> byFoldedName) {
        this.provinceName = provinceName;
        this.before = frozenMap(before);
        this.current = frozenMap(current);
        this.retired = frozenMap(retired);
        this.currentAliases = frozenMap(currentAliases);
        this.successors = successors;
        this.byFoldedName = byFoldedName;
        Map<String, List<AdminUnit>> preds = new LinkedHashMap<>();
        for (AdminUnit old : this.before.values()) {
            for (Successor s : values(successors, old.code())) {
                put(preds, s.unit().code(), old);
            }
        }
        this.predecessors = frozenMultimap(preds);
    }

    /**
     * Quảng Ninh (province code 22): 171 units before 1 July 2025, 54 from that day, 6 retired in 2024.
     * Loaded from the bundled resources on first use; the same instance every time.
     *
     * @return the shared table of Quảng Ninh's units and their 2025 crosswalk
     */
    public static AdministrativeUnits quangNinh() {
        return QuangNinhHolder.INSTANCE;
    }

    /**
     * Another province's units, read from a folder of tables laid out as the bundled Quảng Ninh ones (this
     * package's resource README): {@code units_before_2025-07-01.csv} (code, name, unit_type, full_name,
     * district_code, district_full_name), {@code units_from_2025-07-01.csv} (code, name, unit_type, full_name),
     * {@code crosswalk_2025.csv} (old_code, new_code, portion full/partial, old_unit_split_into, and optionally
     * resolution_clause), and optionally {@code changes_2024.csv} (code, former_name, former_unit_type, change
     * retired/renamed) and {@code aliases.csv} (code, means: a code some sources use for a current unit). Each file
     * may carry a prefix ({@code quang_ninh_units_before_2025-07-01.csv}), so a copy of the bundled tables loads.
     *
     * @param provinceName the province's name, used in messages
     * @param folder       the folder of tables (UTF-8, header row)
     * @return the units; immutable and thread-safe
     * @throws IOException              when the folder or a table cannot be read
     * @throws IllegalArgumentException when a table is missing or malformed (naming the file and line) or the tables
     *                                  do not fit together (an old unit without successor, a code twice)
     */
    public static AdministrativeUnits load(String provinceName, Path folder) throws IOException {
        return AdministrativeUnitsLoader.load(provinceName, folder);
    }

    private static final class QuangNinhHolder {
        static final AdministrativeUnits INSTANCE = AdministrativeUnitsLoader.quangNinh();
    }

    /**
     * Factory for the loader; validates that codes are unique per period, aliases point to current units, every
     * old unit has a successor and every new unit a predecessor. Throws {@link IllegalStateException} otherwise.
     */
    static AdministrativeUnits of(String provinceName, List<AdminUnit> units, Map<String, String> currentAliases,
                                  Map<String, List<Successor>> successorsByOldCode,
                                  Map<String, List<FormerName>> formerNames) {
        Map<String, AdminUnit> before = new TreeMap<>();
        Map<String, AdminUnit> current = new TreeMap<>();
        Map<String, AdminUnit> retired = new TreeMap<>();
        for (AdminUnit u : units) {
            Map<String, AdminUnit> target = switch (u.period()) {
                case BEFORE_2025_07_01 -> before;
                case FROM_2025_07_01 -> current;
                case RETIRED_2024 -> retired;
            };
            if (target.put(u.code(), u) != null) {
                throw new IllegalStateException(provinceName + ": code " + u.code() + " twice in period " + u.period());
            }
        }
        for (Map.Entry<String, String> alias : currentAliases.entrySet()) {
            if (!current.containsKey(alias.getValue()) || current.containsKey(alias.getKey())) {
                throw new IllegalStateException(provinceName + ": bad alias " + alias);
            }
        }
        Map<String, List<Successor>> succ = new LinkedHashMap<>();
        for (AdminUnit old : before.values()) {
            List<Successor> list = successorsByOldCode.getOrDefault(old.code(), List.of());
            if (list.isEmpty()) {
                throw new IllegalStateException(provinceName + ": old unit " + old.code() + " has no successor");
            }
            List<Successor> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingInt(Successor::clause).thenComparing(s -> s.unit().code()));
            succ.computeIfAbsent(old.code(), k -> new ArrayList<>()).addAll(sorted);
        }
        for (String oldCode : successorsByOldCode.keySet()) {
            if (!before.containsKey(oldCode)) {
                throw new IllegalStateException(provinceName + ": crosswalk names unknown old code " + oldCode);
            }
        }
        Map<String, List<Successor>> successors = frozenMultimap(succ);
        Set<String> reached = new LinkedHashSet<>();
        successors.values().forEach(list -> list.forEach(s -> reached.add(s.unit().code())));
        if (!reached.containsAll(current.keySet())) {
            throw new IllegalStateException(provinceName + ": some new units have no predecessor");
        }

        List<AdminUnit> ordered = new ArrayList<>();
        ordered.addAll(retired.values());
        ordered.addAll(before.values());
        ordered.addAll(current.values());
        Map<String, List<NameEntry>> names = new LinkedHashMap<>();
        for (AdminUnit u : ordered) {
            put(names, foldName(u.name()), new NameEntry(u, u.type()));
            List<FormerName> formers = u.period() == Period.BEFORE_2025_07_01
                    ? formerNames.getOrDefault(u.code(), List.of()) : List.of();
            for (FormerName former : formers) {
                put(names, foldName(former.name()), new NameEntry(u, former.type().orElse(u.type())));
            }
        }
        return new AdministrativeUnits(provinceName, before, current, retired, currentAliases, successors,
                frozenMultimap(names));
    }

    private static <V> void put(Map<String, List<V>> multimap, String key, V value) {
        multimap.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** The values under a key of a multimap, or an empty list. */
    private static <V> List<V> values(Map<String, List<V>> multimap, String key) {
        return multimap.getOrDefault(key, List.of());
    }

    private static <K, V> Map<K, V> frozenMap(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static <V> Map<String, List<V>> frozenMultimap(Map<String, List<V>> multimap) {
        Map<String, List<V>> copy = new LinkedHashMap<>();
        multimap.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** A name a unit from before 1 July 2025 was known by earlier (renamed in 2024), keyed in {@link #of} by code. */
    record FormerName(String name, Optional<UnitType> type) {
    }

    /**
     * {@return all units of one period, in code order: 171 for {@link Period#BEFORE_2025_07_01}, 54 for
     * {@link Period#FROM_2025_07_01}, 6 for {@link Period#RETIRED_2024} (Quảng Ninh)}
     *
     * @param period which of the three lists: before the merger, from it, or retired in 2024
     */
    public List<AdminUnit> units(Period period) {
        Objects.requireNonNull(period, "period");
        return switch (period) {
            case BEFORE_2025_07_01 -> List.copyOf(before.values());
            case FROM_2025_07_01 -> List.copyOf(current.values());
            case RETIRED_2024 -> List.copyOf(retired.values());
        };
    }

    /**
     * {@return the unit that had this code before 1 July 2025 (one of the 171; not the 2024-retired ones)}
     * {@code before("6652")} → Phường Hà Phong.
     *
     * @param code a commune-level code as registers write it, with or without the leading zero
     */
    public Optional<AdminUnit> before(String code) {
        return normalizeCode(code).map(before::get);
    }

    /**
     * {@return the unit that has this code from 1 July 2025, accepting the alias 06978 for Ba Chẽ 06970}
     * {@code current("06652")} → Phường Hà Tu; {@code current("06649")} → empty (an old-only code).
     *
     * @param code a commune-level code as registers write it, with or without the leading zero
     */
    public Optional<AdminUnit> current(String code) {
        return normalizeCode(code).map(c -> current.get(currentAliases.getOrDefault(c, c)));
    }

    /**
     * {@return the units from before 1 July 2025 that went (wholly or partly) into the current unit with this code, in
     * code order} {@code predecessors("06652")} → P. Hà Phong 06652, P. Hà Tu 06664. Empty for a code that is
     * not current.
     *
     * @param currentCode the code of a unit in force from 1 July 2025
     */
    public List<AdminUnit> predecessors(String currentCode) {
        return current(currentCode).map(u -> values(predecessors, u.code())).orElse(List.of());
    }

    /**
     * {@return what a code means without knowing when it was written: for a code that is both a pre-2025 code and a
     * current code, {@link CommuneResolution.DependsOnDate} with both readings; otherwise the only reading}
     *
     * @param code a commune-level code as written in a register or on a map
     */
    public CommuneResolution resolve(String code) {
        Objects.requireNonNull(code, "code");
        Optional<String> normalized = normalizeCode(code);
        if (normalized.isEmpty()) {
            return malformed(code);
        }
        Optional<CommuneResolution.OldCode> asOld = oldReading(normalized.get());
        Optional<CommuneResolution.Current> asCurrent = currentReading(normalized.get());
        if (asOld.isPresent() && asCurrent.isPresent()) {
            return new CommuneResolution.DependsOnDate(asOld.get(), asCurrent.get());
        }
        return only(code, normalized.get(), asOld, asCurrent);
    }

    /**
     * {@return what a code written on {@code asOf} means: before {@link Period#MERGER_DATE} a code that has both
     * readings is read as a pre-2025 code, from that day as a current code} A code with one reading gets it
     * whatever the date. Never returns {@link CommuneResolution.DependsOnDate}.
     *
     * @param code a commune-level code as written in a register or on a map
     * @param asOf the date the code was written (a register's date), which decides between two readings
     */
    public CommuneResolution resolve(String code, LocalDate asOf) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(asOf, "asOf");
        Optional<String> normalized = normalizeCode(code);
        if (normalized.isEmpty()) {
            return malformed(code);
        }
        Optional<CommuneResolution.OldCode> asOld = oldReading(normalized.get());
        Optional<CommuneResolution.Current> asCurrent = currentReading(normalized.get());
        if (asOld.isPresent() && asCurrent.isPresent()) {
            return asOf.isBefore(Period.MERGER_DATE) ? asOld.get() : asCurrent.get();
        }
        return only(code, normalized.get(), asOld, asCurrent);
    }

    private CommuneResolution only(String written, String code, Optional<CommuneResolution.OldCode> asOld,
                                   Optional<CommuneResolution.Current> asCurrent) {
        if (asOld.isPresent()) {
            return asOld.get();
        }
        if (asCurrent.isPresent()) {
            return asCurrent.get();
        }
        return new CommuneResolution.Unknown(written,
                "no " + provinceName + " unit has code " + code + ", before or after 1 Jul 2025");
    }

    private static CommuneResolution malformed(String written) {
        return new CommuneResolution.Unknown(written,
                "'" + written + "' is not a commune code: expected up to 5 digits");
    }

    private Optional<CommuneResolution.OldCode> oldReading(String code) {
        AdminUnit old = before.get(code);
        if (old != null) {
            List<Successor> list = values(successors, code);
            return Optional.of(list.size() == 1
                    ? new CommuneResolution.Full(old, list.get(0))
                    : new CommuneResolution.Partial(old, list));
        }
        AdminUnit gone = retired.get(code);
        return gone == null ? Optional.empty() : Optional.of(new CommuneResolution.Retired(gone));
    }

    private Optional<CommuneResolution.Current> currentReading(String code) {
        AdminUnit unit = current.get(currentAliases.getOrDefault(code, code));
        return unit == null ? Optional.empty() : Optional.of(new CommuneResolution.Current(code, unit));
    }

    /**
     * Units of any period whose name (or 2024 former name) matches, ordered retired, before, current, then by
     * code. The type prefix narrows the result when some match has that type, and is ignored otherwise (registers
     * often carry the wrong type, e.g. "Xã Thủy An" for a unit that became a phường).
     *
     * <table>
     *   <caption>Examples</caption>
     *   <tr><th>name</th><th>result</th></tr>
     *   <tr><td>{@code "Hà Tu"}, {@code "ha tu"}</td><td>old P. Hà Tu 06664, new P. Hà Tu 06652</td></tr>
     *   <tr><td>{@code "Thị trấn Đầm Hà"}, {@code "TT Đầm Hà"}</td><td>old TT Đầm Hà 06895</td></tr>
     *   <tr><td>{@code "Đầm Hà"}</td><td>old TT 06895, old Xã 06916, new Xã 06895</td></tr>
     *   <tr><td>{@code "Phường Hải Hoà"}</td><td>old P. Hải Hoà 06742 (Móng Cái)</td></tr>
     *   <tr><td>{@code "Lương Mông"}</td><td>old Xã Lương Minh 06985 (renamed in 2024)</td></tr>
     *   <tr><td>{@code "Hà Nội"}, {@code ""}</td><td>empty</td></tr>
     * </table>
     *
     * @param name a unit's name as written, with or without its type prefix ({@code "Xã"}, {@code "P."}), diacritics
     *     optional
     * @return the matching units; empty when no unit of any period has that name
     */
    public List<AdminUnit> byName(String name) {
        Objects.requireNonNull(name, "name");
        String folded = foldName(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        Matcher m = TYPE_PREFIX.matcher(folded);
        if (m.matches()) {
            List<NameEntry> entries = values(byFoldedName, m.group(4));
            if (!entries.isEmpty()) {
                UnitType type = prefixType(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
                List<NameEntry> typed = entries.stream().filter(e -> e.typeAsNamed() == type).toList();
                return units(typed.isEmpty() ? entries : typed);
            }
        }
        return units(values(byFoldedName, folded));
    }

    private static List<AdminUnit> units(List<NameEntry> entries) {
        Set<AdminUnit> distinct = new LinkedHashSet<>();
        entries.forEach(e -> distinct.add(e.unit()));
        return distinct.stream()
                .sorted(Comparator.comparing(AdminUnit::period).thenComparing(AdminUnit::code))
                .toList();
    }

    private static UnitType prefixType(String prefix) {
        return switch (prefix) {
            case "phuong", "p" -> UnitType.PHUONG;
            case "xa", "x" -> UnitType.XA;
            case "thi tran", "tt" -> UnitType.THI_TRAN;
            case "dac khu" -> UnitType.DAC_KHU;
            default -> throw new IllegalStateException("unhandled prefix " + prefix);
        };
    }

    static String foldName(String name) {
        String folded = VietnameseText.fold(Normalizer.normalize(name, Normalizer.Form.NFKC));
        return folded.replaceAll("^[\\s.,;:]+|[\\s.,;:]+$", "");
    }

    /**
     * The 5-digit form of a code as written, or empty if it is not one: trims, reads full-width digits, drops a
     * spreadsheet's {@code ".0"}, drops extra leading zeros and restores lost ones.
     */
    static Optional<String> normalizeCode(String written) {
        Objects.requireNonNull(written, "code");
        String s = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        Matcher f = SPREADSHEET_FLOAT.matcher(s);
        if (f.matches()) {
            s = f.group(1);
        }
        if (!DIGITS.matcher(s).matches()) {
            return Optional.empty();
        }
        int firstNonZero = 0;
        while (firstNonZero < s.length() - 1 && s.charAt(firstNonZero) == '0') {
            firstNonZero++;
        }
        String significant = s.substring(firstNonZero);
        if (significant.length() > 5) {
            return Optional.empty();
        }
        return Optional.of("0".repeat(5 - significant.length()) + significant);
    }
}
