package org.parcelrecon.core.admin;

import java.util.Objects;
import java.util.Optional;

/**
 * A commune-level administrative unit of one period, e.g. Phường Hà Phong (06652) before 1 July 2025.
 *
 * <p>Instances come from {@link AdministrativeUnits}; two units are equal when all their fields are.
 * {@code code} alone does not identify a unit across periods: see {@link Period}.
 *
 * @param code         5-digit GSO code, e.g. {@code "06652"}
 * @param name         the name without its type prefix, e.g. {@code "Hà Phong"}
 * @param type         phường, xã, thị trấn or đặc khu
 * @param fullName     type and name as officially written, e.g. {@code "Phường Hà Phong"}
 * @param period       the generation the unit belongs to
 * @param districtCode the 3-digit district-level code for units before 1 July 2025, e.g. {@code "193"};
 *                     empty from 1 July 2025 (no district level) and for retired units (not recorded)
 * @param districtName the district-level unit's full name, e.g. {@code "Thành phố Hạ Long"}; present exactly
 *                     when {@code districtCode} is
 */
public record AdminUnit(String code, String name, UnitType type, String fullName, Period period,
                        Optional<String> districtCode, Optional<String> districtName) {
    /**
     * Checks that the code has five ASCII digits, both names are present, and district code and name come together.
     *
     * @param code 5-digit GSO code, e.g. {@code "06652"}
     * @param name the name without its type prefix, e.g. {@code "Hà Phong"}
     * @param type phường, xã, thị trấn or đặc khu
     * @param fullName type and name as officially written, e.g. {@code "Phường Hà Phong"}
     * @param period the generation the unit belongs to
     * @param districtCode the 3-digit district-level code for units before 1 July 2025, e.g. {@code "193"}; empty from
     *     1 July 2025 (no district level) and for retired units (not recorded)
     * @param districtName the district-level unit's full name, e.g. {@code "Thành phố Hạ Long"}; present exactly when
     *     {@code districtCode} is
     */
    public AdminUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(districtCode, "districtCode");
        Objects.requireNonNull(districtName, "districtName");
        if (!code.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("unit code must be 5 ASCII digits, got '" + code + "'");
        }
        if (name.isBlank() || fullName.isBlank()) {
            throw new IllegalArgumentException("unit " + code + " needs a name and a full name");
        }
        if (districtCode.isPresent() != districtName.isPresent()) {
            throw new IllegalArgumentException("unit " + code + ": district code and name must be both present or both empty");
        }
    }
}
