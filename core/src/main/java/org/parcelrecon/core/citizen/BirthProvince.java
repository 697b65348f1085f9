package org.parcelrecon.core.citizen;

import java.util.Objects;

/**
 * A province as named by the first three digits of a 12-digit personal identification number: the province
 * (one of the 63 before 1 July 2025) where the holder's birth was registered, with the province that covers it
 * after the 2025 merger.
 *
 * <p>Example: prefix {@code 044} is {@code Quảng Bình} (full name {@code Tỉnh Quảng Bình}, GSO code {@code 44});
 * from 1 July 2025 it lies in {@code 44 Quảng Trị}. Prefix {@code 045} is {@code Quảng Trị}, which also lies in
 * {@code 44 Quảng Trị}. So the new code {@code 44} is the <em>old</em> code of a different-named province: a CCCD
 * prefix always names the old province of birth registration, never the new one, and numbers are not re-issued
 * because of the merger (DOMAIN.md §1.1). Prefix {@code 022} is {@code Quảng Ninh}, not merged, successor
 * {@code 22 Quảng Ninh}.
 *
 * <p>Sources: prefixes and names from Appendix 1 of Circular 07/2016/TT-BCA, each prefix equal to {@code "0"} +
 * the GSO province code; successors from GSO letter 915/CTK-CSCL of 25 June 2025. The table ships as the
 * resource {@code provinces.csv} beside this class, whose header names the sources in full. Successor names are
 * as that source writes them: cities carry {@code "Thành phố"}, provinces carry no {@code "Tỉnh"}.
 *
 * <p>Get instances from {@link CitizenIds#birthProvince(String)}, {@link CitizenIds#birthProvinces()} or
 * {@link CitizenId#birthProvince()}.
 *
 * @param cccdPrefix    three digits, e.g. {@code "022"}
 * @param gsoCode       the GSO two-digit province code, e.g. {@code "22"} (the prefix without its leading zero)
 * @param name          short name, e.g. {@code "Quảng Ninh"}
 * @param fullName      name with its unit type, e.g. {@code "Tỉnh Quảng Ninh"}
 * @param successorCode the GSO code of the province covering this one from 1 July 2025 (itself if not merged)
 * @param successorName the name of that province, e.g. {@code "Quảng Trị"}, {@code "Thành phố Hải Phòng"}
 */
public record BirthProvince(String cccdPrefix, String gsoCode, String name, String fullName,
                            String successorCode, String successorName) {

    /**
     * Checks the codes' shapes and that the prefix is {@code "0"} + the GSO code.
     *
     * @param cccdPrefix three digits, e.g. {@code "022"}
     * @param gsoCode the GSO two-digit province code, e.g. {@code "22"} (the prefix without its leading zero)
     * @param name short name, e.g. {@code "Quảng Ninh"}
     * @param fullName name with its unit type, e.g. {@code "Tỉnh Quảng Ninh"}
     * @param successorCode the GSO code of the province covering this one from 1 July 2025 (itself if not merged)
     * @param successorName the name of that province, e.g. {@code "Quảng Trị"}, {@code "Thành phố Hải Phòng"}
     */
    public BirthProvince {
        Objects.requireNonNull(cccdPrefix, "cccdPrefix");
        Objects.requireNonNull(gsoCode, "gsoCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(successorCode, "successorCode");
        Objects.requireNonNull(successorName, "successorName");
        if (!cccdPrefix.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("cccdPrefix must be 3 digits, got \"" + cccdPrefix + "\"");
        }
        if (!cccdPrefix.equals("0" + gsoCode)) {
            throw new IllegalArgumentException(
                    "cccdPrefix must be \"0\" + gsoCode, got \"" + cccdPrefix + "\" and \"" + gsoCode + "\"");
        }
        if (!successorCode.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("successorCode must be 2 digits, got \"" + successorCode + "\"");
        }
    }
}
