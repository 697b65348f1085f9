package org.parcelrecon.testkit.generate;

/**
 * The kinds of error the generator writes into the register (and, for two kinds, leaves out of the map or the
 * population), each with its default rate and the unit the rate applies to. Every injected error is recorded in
 * the truth files: its kind in {@code truth_register.csv} (column {@code errors}) and the field with its true and
 * written value in {@code truth_errors.csv}.
 *
 * <h2>Units</h2>
 * <ul>
 *   <li><b>person row</b>: a register row that names a person (not an organisation), duplicates not counted;</li>
 *   <li><b>registration</b>: a parcel as the register describes it: a parcel of the new map, or, when the register
 *       still shows the old survey ({@link #KEY_OLD_SURVEY}), a parcel of the old map; all its rows (co-owners)
 *       carry the same parcel-level values;</li>
 *   <li><b>changed group</b>: the old and new parcels of one split, merge, re-parcelling, renumbering or removal;</li>
 *   <li><b>new-map parcel</b>: a parcel of the new survey.</li>
 * </ul>
 * Kinds listed together in one group below are exclusive (one draw picks at most one of them), so their rates add
 * up to at most 1; kinds in different groups are drawn independently.
 *
 * <h2>Defaults</h2>
 * The defaults are assumptions chosen to look like a register that has been typed, re-typed and imported over
 * decades (DESIGN.md: missing diacritics, legacy fonts, old IDs, renumbered parcels, 2025 merger), with every kind
 * frequent enough to be measured on 20,000 parcels. They are not measured from a real register.
 *
 * <table>
 *   <caption>Kinds, units and defaults</caption>
 *   <tr><th>kind</th><th>unit</th><th>default</th><th>what is written</th></tr>
 *   <tr><td>{@link #NAME_TYPO}</td><td>person row</td><td>0.02</td><td>one letter dropped, doubled, swapped
 *       or its tone mark lost: {@code Nguyễn Văn Hùng} → {@code Nguyễn Văn Hng}</td></tr>
 *   <tr><td>{@link #NAME_NO_DIACRITICS}</td><td>person row</td><td>0.08</td><td>{@code Nguyen Van Hung}</td></tr>
 *   <tr><td>{@link #NAME_ALL_CAPS}</td><td>person row</td><td>0.05</td><td>{@code NGUYỄN VĂN HÙNG}</td></tr>
 *   <tr><td>{@link #NAME_WITH_TITLE}</td><td>person row</td><td>0.03</td><td>{@code Ông Nguyễn Văn Hùng},
 *       {@code Hộ bà Trần Thị Lan}</td></tr>
 *   <tr><td>{@link #TEXT_TCVN3} | {@link #TEXT_VNI}</td><td>person row without {@link #NAME_NO_DIACRITICS}</td>
 *       <td>0.04 | 0.015</td><td>name and address in a legacy font, as Windows-1252 shows it:
 *       {@code NguyÔn V¨n Hïng} | {@code Nguyeãn Vaên Huøng}</td></tr>
 *   <tr><td>{@link #ID_OLD_CMND}</td><td>person row whose user has a 9-digit CMND</td><td>0.25</td>
 *       <td>the CMND instead of the 12-digit number</td></tr>
 *   <tr><td>| {@link #ID_MISSING}</td><td>person row</td><td>0.05</td><td>nothing</td></tr>
 *   <tr><td>| {@link #ID_SCIENTIFIC}</td><td>person row</td><td>0.015</td><td>{@code 2.2190012345E+10}, or
 *       rounded as a narrow spreadsheet column shows it: {@code 2.21900E+10}</td></tr>
 *   <tr><td>| {@link #ID_LEADING_ZERO_LOST}</td><td>person row</td><td>0.03</td><td>{@code 22190012345}</td></tr>
 *   <tr><td>| {@link #ID_SEPARATORS}</td><td>person row</td><td>0.02</td><td>{@code 022 190 012 345},
 *       {@code 022.190.012.345}, {@code 022-190-012345}</td></tr>
 *   <tr><td>{@link #BIRTH_YEAR_WRONG} | {@link #BIRTH_YEAR_MISSING}</td><td>person row</td><td>0.02 | 0.03</td>
 *       <td>off by 1-3 years or two digits swapped | nothing</td></tr>
 *   <tr><td>{@link #COMMUNE_CODE_OLD}</td><td>registration in a sheet whose pre-2025 commune had another code</td>
 *       <td>0.15</td><td>the code (and, in the address, the name) of the commune before the 1 July 2025 merger</td></tr>
 *   <tr><td>{@link #AREA_OFF}</td><td>registration</td><td>0.03</td><td>an area 8-35% off the map's</td></tr>
 *   <tr><td>{@link #LAND_USE_RETIRED}</td><td>registration whose true code is HNK or LUK</td><td>0.05</td>
 *       <td>the retired code BHK, NHK or LUN</td></tr>
 *   <tr><td>| {@link #LAND_USE_WRONG}</td><td>registration</td><td>0.01</td><td>another current code, e.g. ONT
 *       for ODT, LUK for LUC</td></tr>
 *   <tr><td>{@link #KEY_OLD_SURVEY}</td><td>changed group</td><td>0.30</td><td>the register still shows the old
 *       survey: old sheet and plot numbers, old areas, rows for parcels that became road</td></tr>
 *   <tr><td>{@link #DUPLICATE_ROW}</td><td>register row</td><td>0.005</td><td>the row twice</td></tr>
 *   <tr><td>{@link #MISSING_FROM_REGISTER}</td><td>new-map parcel not under {@link #KEY_OLD_SURVEY}</td>
 *       <td>0.01</td><td>no row for the parcel</td></tr>
 *   <tr><td>{@link #MISSING_FROM_MAP}</td><td>new-map parcel</td><td>0.005</td><td>the parcel left out of
 *       {@code map_new.geojson}</td></tr>
 *   <tr><td>{@link #USER_NOT_IN_POPULATION}</td><td>citizen</td><td>0.01</td><td>the citizen left out of
 *       {@code population.csv}</td></tr>
 * </table>
 */
public enum InjectedError {
    /** A letter of the land user's name dropped, doubled, swapped with its neighbour, or its tone mark lost. */
    NAME_TYPO(0.02),
    /** The land user's name without diacritics: {@code Nguyen Van Hung}. */
    NAME_NO_DIACRITICS(0.08),
    /** The land user's name in capitals: {@code NGUYỄN VĂN HÙNG}. */
    NAME_ALL_CAPS(0.05),
    /** A title before the name: {@code Ông}, {@code Bà}, {@code Hộ ông}, {@code Hộ bà}. */
    NAME_WITH_TITLE(0.03),
    /** Name and address in the TCVN3 (ABC) font encoding, as Windows-1252 shows it. */
    TEXT_TCVN3(0.04),
    /** Name and address in the VNI-Windows font encoding, as Windows-1252 shows it. */
    TEXT_VNI(0.015),
    /** The old 9-digit CMND instead of the 12-digit number; only for users who have a CMND. */
    ID_OLD_CMND(0.25),
    /** No ID number. */
    ID_MISSING(0.05),
    /** The ID number as a spreadsheet's scientific notation, sometimes rounded. */
    ID_SCIENTIFIC(0.015),
    /** The ID number's leading zero lost: 11 digits. */
    ID_LEADING_ZERO_LOST(0.03),
    /** The ID number with spaces, dots or hyphens between digit groups. */
    ID_SEPARATORS(0.02),
    /** A birth year 1-3 years off, or with two digits swapped. */
    BIRTH_YEAR_WRONG(0.02),
    /** No birth year. */
    BIRTH_YEAR_MISSING(0.03),
    /** The commune code (and name in the address) from before the 1 July 2025 merger. */
    COMMUNE_CODE_OLD(0.15),
    /** A registered area 8-35% off the map area. */
    AREA_OFF(0.03),
    /** A retired land-use code (BHK, NHK, LUN) for a parcel whose code today is HNK or LUK. */
    LAND_USE_RETIRED(0.05),
    /** Another current land-use code than the parcel's. */
    LAND_USE_WRONG(0.01),
    /** The register still shows the old survey's sheet, plot and area for parcels that changed since. */
    KEY_OLD_SURVEY(0.30),
    /** The register row written twice. */
    DUPLICATE_ROW(0.005),
    /** A parcel of the new map with no register row. */
    MISSING_FROM_REGISTER(0.01),
    /** A parcel left out of the new map file, although the register has it. */
    MISSING_FROM_MAP(0.005),
    /** A land user left out of the population file. */
    USER_NOT_IN_POPULATION(0.01);

    private final double defaultRate;

    InjectedError(double defaultRate) {
        this.defaultRate = defaultRate;
    }

    /** {@return the rate {@link ErrorRates#defaults()} uses} */
    public double defaultRate() {
        return defaultRate;
    }
}
