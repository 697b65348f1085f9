package org.parcelrecon.matching;

import java.util.Locale;
import java.util.Optional;

/** Whether a model links two tables or finds duplicates within one. */
public enum LinkType {
    /** Pairs one record of the left table with one of the right: land users against the population registry. */
    LINK,
    /** Pairs two different records of one table (each unordered pair once): the same land user across parcels. */
    DEDUPE;

    /** {@return the name used in model JSON: {@code "link"} or {@code "dedupe"}} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the type with this JSON name, if any}
     *
     * @param name the name models write: {@code "link"} or {@code "dedupe"}
     */
    public static Optional<LinkType> fromJsonName(String name) {
        for (LinkType t : values()) {
            if (t.jsonName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
