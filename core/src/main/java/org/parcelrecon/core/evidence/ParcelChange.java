package org.parcelrecon.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a record's map parcel changed between the old survey and the new one.
 * <pre>{@code
 * ParcelChange.builder(ChangeClass.SPLIT).areaChangePercent(-48.0).addOldParcelId("QN-2012-12-200").build()
 * ParcelChange.builder(ChangeClass.UNCHANGED).renumbered(true).addOldParcelId("QN-2012-11-57").build()
 * }</pre>
 *
 * @param changeClass       the kind of change
 * @param renumbered        whether the parcel's sheet or plot number changed
 * @param areaChangePercent the area change from old to new, in percent of the old area (negative: smaller), when known
 * @param oldParcelIds      the ids of the old-survey parcel(s) this parcel came from, in the comparison's order
 */
public record ParcelChange(ChangeClass changeClass, boolean renumbered, OptionalDouble areaChangePercent,
                           List<String> oldParcelIds) {
    /**
     * Checks the fields and copies the list.
     *
     * @param changeClass the kind of change
     * @param renumbered whether the parcel's sheet or plot number changed
     * @param areaChangePercent the area change from old to new, in percent of the old area (negative: smaller), when
     *     known
     * @param oldParcelIds the ids of the old-survey parcel(s) this parcel came from, in the comparison's order
     */
    public ParcelChange {
        Objects.requireNonNull(changeClass, "changeClass");
        Objects.requireNonNull(areaChangePercent, "areaChangePercent");
        if (areaChangePercent.isPresent() && !Double.isFinite(areaChangePercent.getAsDouble())) {
            throw new IllegalArgumentException("areaChangePercent must be finite; got " + areaChangePercent.getAsDouble());
        }
        oldParcelIds = List.copyOf(oldParcelIds);
    }

    /**
     * {@return a builder for a change of this class, not renumbered, without area change or old ids}
     *
     * @param changeClass the kind of change
     */
    public static Builder builder(ChangeClass changeClass) {
        return new Builder(changeClass);
    }

    /** Builds a {@link ParcelChange}; not thread-safe. */
    public static final class Builder {
        private final ChangeClass changeClass;
        private boolean renumbered;
        private OptionalDouble areaChangePercent = OptionalDouble.empty();
        private final List<String> oldParcelIds = new ArrayList<>();

        private Builder(ChangeClass changeClass) {
            this.changeClass = Objects.requireNonNull(changeClass, "changeClass");
        }

        /**
         * Sets whether the sheet or plot number changed.
         *
         * @return this builder
         * @param value true when the parcel's sheet or plot number differs between the surveys
         */
        public Builder renumbered(boolean value) {
            this.renumbered = value;
            return this;
        }

        /**
         * Sets the area change in percent of the old area.
         *
         * @return this builder
         * @param percent the new area minus the old, in percent of the old
         */
        public Builder areaChangePercent(double percent) {
            this.areaChangePercent = OptionalDouble.of(percent);
            return this;
        }

        /**
         * Adds the id of an old-survey parcel.
         *
         * @return this builder
         * @param id the old parcel's id on the old map
         */
        public Builder addOldParcelId(String id) {
            oldParcelIds.add(Objects.requireNonNull(id, "id"));
            return this;
        }

        /** {@return the change} */
        public ParcelChange build() {
            return new ParcelChange(changeClass, renumbered, areaChangePercent, oldParcelIds);
        }
    }
}
