package org.parcelrecon.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One row of the land register (sổ địa chính) under a record's key, with its fields as written.
 *
 * <p>The register has one row per parcel and land user, so a parcel with two co-users usually has
 * two rows that agree on area, land-use code and certificate; rows that disagree describe different
 * parcels under one key (see the {@code DUPLICATE_KEY} rule).
 * <pre>{@code
 * RegisterRow.builder()
 *         .sourceLine(17)
 *         .registeredAreaM2(120.0)
 *         .landUseCode("ODT")
 *         .certificateSerial("CN 719597")
 *         .addLandUser(LandUser.builder("Nguyễn Văn An").birthYear(1962).build())
 *         .build();
 * RegisterRow.builder().build();   // a row with every field blank: allowed, rules report what is missing
 * }</pre>
 *
 * @param sourceLine        the 1-based line (or row number) in the register file, when known
 * @param registeredAreaM2  the registered area (diện tích) in m², when written; finite and not negative
 * @param landUseCode       the land-use code (mục đích sử dụng) as written, e.g. {@code "ODT"}, when written
 * @param certificateSerial the certificate serial (số phát hành GCN) as written, when written
 * @param landUsers         the land users named on this row, in the order written
 * @param decodedTexts      the fields of this row that were converted from a legacy encoding
 * @param unreadableCells   the cells of this row the reader could not read (their fields are left unknown)
 */
public record RegisterRow(OptionalLong sourceLine, OptionalDouble registeredAreaM2, Optional<String> landUseCode,
                          Optional<String> certificateSerial, List<LandUser> landUsers,
                          List<LegacyText> decodedTexts, List<UnreadableCell> unreadableCells) {
    /**
     * Checks that nothing is null and the area is a finite, non-negative number; copies the lists.
     *
     * @param sourceLine the 1-based line (or row number) in the register file, when known
     * @param registeredAreaM2 the registered area (diện tích) in m², when written; finite and not negative
     * @param landUseCode the land-use code (mục đích sử dụng) as written, e.g. {@code "ODT"}, when written
     * @param certificateSerial the certificate serial (số phát hành GCN) as written, when written
     * @param landUsers the land users named on this row, in the order written
     * @param decodedTexts the fields of this row that were converted from a legacy encoding
     * @param unreadableCells the cells of this row the reader could not read (their fields are left unknown)
     */
    public RegisterRow {
        Objects.requireNonNull(sourceLine, "sourceLine");
        Objects.requireNonNull(registeredAreaM2, "registeredAreaM2");
        if (registeredAreaM2.isPresent()) {
            Checks.area(registeredAreaM2.getAsDouble(), "registeredAreaM2");
        }
        Objects.requireNonNull(landUseCode, "landUseCode");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        landUsers = List.copyOf(landUsers);
        decodedTexts = List.copyOf(decodedTexts);
        unreadableCells = List.copyOf(unreadableCells);
    }

    /** {@return a builder for a row with every field unknown} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RegisterRow}; not thread-safe. */
    public static final class Builder {
        private OptionalLong sourceLine = OptionalLong.empty();
        private OptionalDouble registeredAreaM2 = OptionalDouble.empty();
        private Optional<String> landUseCode = Optional.empty();
        private Optional<String> certificateSerial = Optional.empty();
        private final List<LandUser> landUsers = new ArrayList<>();
        private final List<LegacyText> decodedTexts = new ArrayList<>();
        private final List<UnreadableCell> unreadableCells = new ArrayList<>(0);

        private Builder() {
        }

        /**
         * Sets the 1-based line in the register file.
         *
         * @return this builder
         * @param line the line number, from 1
         */
        public Builder sourceLine(long line) {
            this.sourceLine = OptionalLong.of(line);
            return this;
        }

        /**
         * Sets the registered area in m².
         *
         * @return this builder
         * @param area the area, finite and not negative
         */
        public Builder registeredAreaM2(double area) {
            this.registeredAreaM2 = OptionalDouble.of(area);
            return this;
        }

        /**
         * Sets the land-use code as written.
         *
         * @return this builder
         * @param code the code, e.g. {@code "ONT+CLN"}
         */
        public Builder landUseCode(String code) {
            this.landUseCode = Optional.of(code);
            return this;
        }

        /**
         * Sets the certificate serial as written.
         *
         * @return this builder
         * @param serial the serial, e.g. {@code "BĐ 123456"}
         */
        public Builder certificateSerial(String serial) {
            this.certificateSerial = Optional.of(serial);
            return this;
        }

        /**
         * Adds a land user.
         *
         * @return this builder
         * @param user one of the row's land users, in the order written
         */
        public Builder addLandUser(LandUser user) {
            landUsers.add(Objects.requireNonNull(user, "user"));
            return this;
        }

        /**
         * Adds a field that was converted from a legacy encoding.
         *
         * @return this builder
         * @param text the field as written and as decoded
         */
        public Builder addDecodedText(LegacyText text) {
            decodedTexts.add(Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Adds a cell the reader could not read.
         *
         * @return this builder
         * @param cell the column, value and reason
         */
        public Builder addUnreadableCell(UnreadableCell cell) {
            unreadableCells.add(Objects.requireNonNull(cell, "cell"));
            return this;
        }

        /** {@return the row} */
        public RegisterRow build() {
            return new RegisterRow(sourceLine, registeredAreaM2, landUseCode, certificateSerial, landUsers, decodedTexts,
                    unreadableCells);
        }
    }
}
