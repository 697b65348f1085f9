package org.parcelrecon.reconcile.read;

import java.util.List;

/**
 * The fields parcelrecon reads from a population registry export, with the header names it recognises without a
 * mapping (compared folded, as for {@link RegisterField}).
 * <table>
 *   <caption>Recognised population headers (folded forms)</caption>
 *   <tr><th>field</th><th>headers</th></tr>
 *   <tr><td>CITIZEN_ID</td><td>citizen_id, so_cccd, cccd, so_dinh_danh, id_number</td></tr>
 *   <tr><td>OLD_ID</td><td>old_id, so_cmnd, cmnd, cmnd_cu</td></tr>
 *   <tr><td>FULL_NAME</td><td>full_name, ho_ten, ho_va_ten, name</td></tr>
 *   <tr><td>BIRTH</td><td>birth_date, ngay_sinh, dob, birth_year, nam_sinh</td></tr>
 *   <tr><td>ADDRESS</td><td>address, dia_chi, noi_thuong_tru, commune, commune_code, ma_xa</td></tr>
 * </table>
 * A population needs {@link #CITIZEN_ID} and {@link #FULL_NAME}.
 */
public enum PopulationField {
    /** The 12-digit citizen ID (CCCD / số định danh cá nhân). */
    CITIZEN_ID("citizen_id", "so_cccd", "cccd", "so_dinh_danh", "id_number"),
    /** The old 9-digit ID (CMND), when the registry keeps it. */
    OLD_ID("old_id", "so_cmnd", "cmnd", "cmnd_cu"),
    /** The full name, family name first. */
    FULL_NAME("full_name", "ho_ten", "ho_va_ten", "name"),
    /** The date (or year) of birth. */
    BIRTH("birth_date", "ngay_sinh", "dob", "birth_year", "nam_sinh"),
    /** The address of residence, or a commune code or name. */
    ADDRESS("address", "dia_chi", "noi_thuong_tru", "commune", "commune_code", "ma_xa");

    private final List<String> headers;

    PopulationField(String... headers) {
        this.headers = List.of(headers);
    }

    /** {@return the header names recognised for this field, in their folded form} */
    public List<String> headers() {
        return headers;
    }
}
