package org.parcelrecon.testkit.generate;

import java.util.List;

/**
 * The files {@link ProvinceGenerator} writes, all UTF-8, CSV files with a header row (RFC 4180, lines ending in
 * {@code \n}, fields quoted only when needed).
 *
 * <h2>Data (what a land office has)</h2>
 * <ul>
 *   <li>{@link #REGISTER} {@code register.csv}: one row per parcel and land user, as typed, errors included:
 *       {@code row_no,commune_code,sheet,plot,area_m2,land_use_code,address,certificate_serial,user_name,
 *       birth_year,id_number}. {@code row_no} counts rows from 1 (the register's "STT").</li>
 *   <li>{@link #POPULATION} {@code population.csv}: the population registry:
 *       {@code citizen_id,old_id,full_name,birth_date,gender,address,household_id,relation}; {@code citizen_id} is
 *       the 12-digit number, {@code old_id} the 9-digit CMND or empty, {@code birth_date} {@code yyyy-MM-dd},
 *       {@code gender} {@code Nam} or {@code Nữ}, {@code relation} to the household head ({@code Chủ hộ},
 *       {@code Vợ}, {@code Chồng}, {@code Con}, {@code Bố}, {@code Mẹ}).</li>
 *   <li>{@link #MAP_OLD} {@code map_old.geojson} and {@link #MAP_NEW} {@code map_new.geojson}: the cadastral map
 *       of the old and the new survey, a GeoJSON FeatureCollection of Polygons in VN-2000 / TM-3 107°45′
 *       (EPSG:5899) metres, named in a {@code crs} member as {@code urn:ogc:def:crs:EPSG::5899} (the 2008 GeoJSON
 *       form; RFC 7946 readers that expect WGS 84 must be told). Exterior rings are counter-clockwise, coordinates
 *       in millimetres ({@code 3} decimals). Properties: {@code id} (e.g. {@code OLD-06652-12-345},
 *       {@code NEW-06652-12-345}: survey, commune, sheet, plot), {@code so_to} (sheet), {@code so_thua} (plot),
 *       {@code commune_code} (the current code), {@code area} (m², 2 decimals), {@code loai_dat} (the land-use
 *       code, which cadastral maps carry beside sheet, plot and area).</li>
 * </ul>
 *
 * <h2>Truth (what really is)</h2>
 * <ul>
 *   <li>{@link #TRUTH_REGISTER}: per register row: {@code row_no,registered_parcel_id,true_parcel_ids,
 *       true_citizen_id,user_kind,in_population,true_land_use_code,errors,duplicate_of}.
 *       {@code registered_parcel_id} is the parcel the row describes (a {@code NEW-} parcel, or an {@code OLD-} one
 *       when the register still shows the old survey); {@code true_parcel_ids} the new-map parcel(s) it is really
 *       about, {@code ;}-separated (several after a split; none when the land became road);
 *       {@code true_citizen_id} the land user's 12-digit number (empty for an organisation); {@code user_kind}
 *       {@code PERSON} or {@code ORGANISATION}; {@code errors} the {@link InjectedError} names, {@code ;}-separated;
 *       {@code duplicate_of} the row this one copies.</li>
 *   <li>{@link #TRUTH_CHANGES}: per old-map parcel, and per new parcel that was not on the old map:
 *       {@code old_parcel_id,change_class,renumbered,new_parcel_ids,old_area_m2,new_area_m2}, with
 *       {@code change_class} a {@link org.parcelrecon.core.evidence.ChangeClass} name and {@code renumbered} true
 *       when the new parcels carry other plot numbers than the old.</li>
 *   <li>{@link #TRUTH_PARCELS}: per new-map parcel (including those left out of the map file):
 *       {@code parcel_id,commune_code,old_commune_code,sheet,plot,area_m2,land_use_code,lot_kind,in_map_file,
 *       register_state,owner}; {@code old_commune_code} the pre-2025 commune the sheet lay in;
 *       {@code register_state} {@code CURRENT}, {@code OLD_SURVEY} or {@code MISSING}; {@code owner} a household
 *       id or an organisation's name.</li>
 *   <li>{@link #TRUTH_ERRORS}: per injected error: {@code row_no,parcel_id,error,field,true_value,written_value}
 *       ({@code row_no} empty for errors that concern a parcel and no row).</li>
 *   <li>{@link #TRUTH_SHEETS}: per sheet: {@code commune_code,sheet,old_commune_code,sheet_kind,offset_e,offset_n,
 *       old_parcels,new_parcels}: the old map sheet's systematic offset in metres.</li>
 * </ul>
 */
public enum OutputFile {
    /** The land register as typed, errors included. */
    REGISTER("register.csv", List.of("row_no", "commune_code", "sheet", "plot", "area_m2", "land_use_code", "address",
            "certificate_serial", "user_name", "birth_year", "id_number")),
    /** The population registry. */
    POPULATION("population.csv", List.of("citizen_id", "old_id", "full_name", "birth_date", "gender", "address",
            "household_id", "relation")),
    /** The old survey's map, offset and noisy. */
    MAP_OLD("map_old.geojson", List.of("id", "so_to", "so_thua", "commune_code", "area", "loai_dat")),
    /** The new survey's map. */
    MAP_NEW("map_new.geojson", List.of("id", "so_to", "so_thua", "commune_code", "area", "loai_dat")),
    /** Per register row: the true parcels and citizen, and the errors injected. */
    TRUTH_REGISTER("truth_register.csv", List.of("row_no", "registered_parcel_id", "true_parcel_ids",
            "true_citizen_id", "user_kind", "in_population", "true_land_use_code", "errors", "duplicate_of")),
    /** Per old parcel (and new parcel not on the old map): the change. */
    TRUTH_CHANGES("truth_changes.csv", List.of("old_parcel_id", "change_class", "renumbered", "new_parcel_ids",
            "old_area_m2", "new_area_m2")),
    /** Per new-map parcel: key, area, land use, owner, and whether map and register have it. */
    TRUTH_PARCELS("truth_parcels.csv", List.of("parcel_id", "commune_code", "old_commune_code", "sheet", "plot",
            "area_m2", "land_use_code", "lot_kind", "in_map_file", "register_state", "owner")),
    /** Per injected error: where, and the true and written values. */
    TRUTH_ERRORS("truth_errors.csv", List.of("row_no", "parcel_id", "error", "field", "true_value", "written_value")),
    /** Per sheet: its pre-2025 commune, kind and the old map's offset. */
    TRUTH_SHEETS("truth_sheets.csv", List.of("commune_code", "sheet", "old_commune_code", "sheet_kind", "offset_e",
            "offset_n", "old_parcels", "new_parcels"));

    private final String fileName;
    private final List<String> columns;

    OutputFile(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    /** {@return the file name, e.g. {@code register.csv}} */
    public String fileName() {
        return fileName;
    }

    /** {@return the CSV header's columns, or for a map the feature properties, in order} */
    public List<String> columns() {
        return columns;
    }

    /** {@return whether the file is a GeoJSON map} */
    public boolean isMap() {
        return this == MAP_OLD || this == MAP_NEW;
    }

    /** Whether lines carry register row numbers, which the writer fills in. */
    boolean numbered() {
        return this == REGISTER || this == TRUTH_REGISTER || this == TRUTH_ERRORS;
    }
}
