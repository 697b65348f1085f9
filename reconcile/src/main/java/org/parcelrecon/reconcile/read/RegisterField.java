package org.parcelrecon.reconcile.read;

import java.util.List;

/**
 * The fields parcelrecon reads from a land register export, each with the header names it recognises without a
 * mapping. Header names are compared after folding: diacritics, case, spaces, underscores and punctuation ignored,
 * so {@code "Số tờ"}, {@code "so_to"}, {@code "SoTo"} and {@code "SO TO"} are all {@link #SHEET}.
 *
 * <table>
 *   <caption>Recognised register headers (folded forms)</caption>
 *   <tr><th>field</th><th>headers</th></tr>
 *   <tr><td>ROW_NO</td><td>row_no, row_id, stt, so_thu_tu</td></tr>
 *   <tr><td>COMMUNE</td><td>commune_code, commune, ma_xa, ma_dvhc, ma_don_vi_hanh_chinh, xa</td></tr>
 *   <tr><td>PARCEL</td><td>parcel, thua_dat, so_hieu_thua (a whole key as text: "Tờ 12 thửa 345")</td></tr>
 *   <tr><td>SHEET</td><td>sheet, so_to, to, so_to_ban_do, to_ban_do, so_hieu_to_ban_do</td></tr>
 *   <tr><td>PLOT</td><td>plot, so_thua, thua, so_thu_tu_thua</td></tr>
 *   <tr><td>AREA</td><td>area_m2, area, dien_tich, dien_tich_m2</td></tr>
 *   <tr><td>LAND_USE</td><td>land_use_code, land_use, muc_dich_su_dung, ma_muc_dich, loai_dat, mdsd</td></tr>
 *   <tr><td>ADDRESS</td><td>address, dia_chi, dia_chi_thua_dat</td></tr>
 *   <tr><td>CERTIFICATE</td><td>certificate_serial, certificate, so_phat_hanh, so_seri, so_serial, so_gcn, gcn</td></tr>
 *   <tr><td>USER_NAME</td><td>user_name, land_user, chu_su_dung, nguoi_su_dung, ten_chu, ho_ten, ho_va_ten, full_name</td></tr>
 *   <tr><td>BIRTH</td><td>birth_year, nam_sinh, birth_date, ngay_sinh, dob</td></tr>
 *   <tr><td>CITIZEN_ID</td><td>id_number, citizen_id, so_cccd, cccd, so_cmnd, cmnd, so_giay_to, so_dinh_danh</td></tr>
 * </table>
 * A register needs {@link #SHEET} and {@link #PLOT}, or {@link #PARCEL}; every other field may be absent (its
 * rules then report what is missing).
 */
public enum RegisterField {
    /** The register's own row number (kept in the output so a person can find the row). */
    ROW_NO("row_no", "row_id", "stt", "so_thu_tu"),
    /** The commune code (mã xã) as written, before or after the 2025 merger. */
    COMMUNE("commune_code", "commune", "ma_xa", "ma_dvhc", "ma_don_vi_hanh_chinh", "xa"),
    /** A whole parcel key as text, when sheet and plot are not separate columns. */
    PARCEL("parcel", "thua_dat", "so_hieu_thua"),
    /** The map sheet number (số tờ). */
    SHEET("sheet", "so_to", "to", "so_to_ban_do", "to_ban_do", "so_hieu_to_ban_do"),
    /** The plot number (số thửa). */
    PLOT("plot", "so_thua", "thua", "so_thu_tu_thua"),
    /** The registered area in m² (diện tích), in English or Vietnamese number format. */
    AREA("area_m2", "area", "dien_tich", "dien_tich_m2"),
    /** The land-use code (mục đích sử dụng). */
    LAND_USE("land_use_code", "land_use", "muc_dich_su_dung", "ma_muc_dich", "loai_dat", "mdsd"),
    /** The parcel's address (địa chỉ). */
    ADDRESS("address", "dia_chi", "dia_chi_thua_dat"),
    /** The certificate serial (số phát hành GCN). */
    CERTIFICATE("certificate_serial", "certificate", "so_phat_hanh", "so_seri", "so_serial", "so_gcn", "gcn"),
    /** The land user's name cell (chủ sử dụng), possibly several people and titles. */
    USER_NAME("user_name", "land_user", "chu_su_dung", "nguoi_su_dung", "ten_chu", "ho_ten", "ho_va_ten",
            "full_name"),
    /** The first land user's birth year or date (năm sinh, ngày sinh). */
    BIRTH("birth_year", "nam_sinh", "birth_date", "ngay_sinh", "dob"),
    /** The first land user's ID number (CCCD, or an old CMND). */
    CITIZEN_ID("id_number", "citizen_id", "so_cccd", "cccd", "so_cmnd", "cmnd", "so_giay_to", "so_dinh_danh");

    private final List<String> headers;

    RegisterField(String... headers) {
        this.headers = List.of(headers);
    }

    /** {@return the header names recognised for this field, in their folded form} */
    public List<String> headers() {
        return headers;
    }
}
