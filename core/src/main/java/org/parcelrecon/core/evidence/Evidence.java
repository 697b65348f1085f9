package org.parcelrecon.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known about one register record, as rules see it: its register rows, the map parcel(s)
 * its key resolved to, how that parcel changed since the old survey, and (inside the rows' land users)
 * the citizens they were linked to.
 *
 * <p>Two forms:
 * <ul>
 *   <li>a <b>register record</b>: at least one row; map parcels may be empty (the key found no parcel);</li>
 *   <li>a <b>map parcel nobody registered</b>: no rows, at least one map parcel
 *       ({@link #unregisteredParcel}).</li>
 * </ul>
 * Evidence with neither rows nor map parcels describes nothing and is rejected.
 * <pre>{@code
 * Evidence.builder(RecordKey.of("06979", "12", "345"))
 *         .addRow(RegisterRow.builder().registeredAreaM2(120.0).build())
 *         .addMapParcel(MapParcel.of("P-1", 121.4, "12", "345"))
 *         .change(ParcelChange.builder(ChangeClass.UNCHANGED).build())
 *         .build();
 * Evidence.unregisteredParcel(RecordKey.of("06979", "12", "999"), MapParcel.of("P-9", 80.0, "12", "999"));
 * Evidence.builder(key).build();   // IllegalArgumentException: no rows and no map parcel
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param key        the record's key
 * @param rows       the register rows under the key, in file order; empty for a map parcel nobody registered
 * @param mapParcels the map parcels the key resolved to, usually one; empty when none
 * @param change     the cross-period change of the map parcel; empty when there was no comparison or no parcel
 */
public record Evidence(RecordKey key, List<RegisterRow> rows, List<MapParcel> mapParcels,
                       Optional<ParcelChange> change) {
    /**
     * Checks that the evidence describes something and copies the lists.
     *
     * @param key the record's key
     * @param rows the register rows under the key, in file order; empty for a map parcel nobody registered
     * @param mapParcels the map parcels the key resolved to, usually one; empty when none
     * @param change the cross-period change of the map parcel; empty when there was no comparison or no parcel
     */
    public Evidence {
        Objects.requireNonNull(key, "key");
        rows = List.copyOf(rows);
        mapParcels = List.copyOf(mapParcels);
        Objects.requireNonNull(change, "change");
        if (rows.isEmpty() && mapParcels.isEmpty()) {
            throw new IllegalArgumentException("evidence for " + key + " has neither register rows nor map parcels");
        }
    }

    /**
     * {@return a builder for evidence under this key}
     *
     * @param key the record's key
     */
    public static Builder builder(RecordKey key) {
        return new Builder(key);
    }

    /**
     * Evidence for a map parcel that no register row names.
     *
     * @param key the record's key
     * @param parcel the map parcel no register row names
     * @return evidence with the parcel and no register rows
     */
    public static Evidence unregisteredParcel(RecordKey key, MapParcel parcel) {
        return new Evidence(key, List.of(), List.of(parcel), Optional.empty());
    }

    /** {@return whether the register has at least one row for this key} */
    public boolean isRegistered() {
        return !rows.isEmpty();
    }

    /** Builds {@link Evidence}; not thread-safe. */
    public static final class Builder {
        private final RecordKey key;
        private final List<RegisterRow> rows = new ArrayList<>(2);
        private final List<MapParcel> mapParcels = new ArrayList<>(1);
        private Optional<ParcelChange> change = Optional.empty();

        private Builder(RecordKey key) {
            this.key = Objects.requireNonNull(key, "key");
        }

        /**
         * Adds a register row.
         *
         * @return this builder
         * @param row a register row filed under this key
         */
        public Builder addRow(RegisterRow row) {
            rows.add(Objects.requireNonNull(row, "row"));
            return this;
        }

        /**
         * Adds a map parcel the key resolved to.
         *
         * @return this builder
         * @param parcel a map parcel the key resolved to
         */
        public Builder addMapParcel(MapParcel parcel) {
            mapParcels.add(Objects.requireNonNull(parcel, "parcel"));
            return this;
        }

        /**
         * Sets the cross-period change of the map parcel.
         *
         * @return this builder
         * @param parcelChange how the parcel changed between the two surveys
         */
        public Builder change(ParcelChange parcelChange) {
            this.change = Optional.of(parcelChange);
            return this;
        }

        /** {@return the evidence} */
        public Evidence build() {
            return new Evidence(key, rows, mapParcels, change);
        }
    }
}
