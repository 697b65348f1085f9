package org.parcelrecon.core.evidence;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.parcelrecon.core.name.PersonNames;

/**
 * A land user (người sử dụng đất) as the register wrote it, with what linking found for them.
 * <pre>{@code
 * LandUser.builder("NGUYEN VAN AN").birthYear(1962).idNumber("022190001234")
 *         .link(UserLink.builder(citizen, 0.97).build())
 *         .build();
 * LandUser.builder("Trần Thị Hồng").build();   // no birth year, no ID, not linked
 * }</pre>
 *
 * @param name      the name as written, after legacy decoding (the raw form is in {@link RegisterRow#decodedTexts()})
 * @param birthYear the birth year as written, when there is one
 * @param idNumber  the ID number as written (CCCD, CMND or anything else), when there is one
 * @param link         the linking result; empty when linking found no citizen for this user
 * @param organization whether the name is an organisation's ({@code Công ty TNHH …}, {@code UBND xã …}), decided
 *                     once where the name was read; organisations hold land but are not in the population registry
 */
public record LandUser(String name, OptionalInt birthYear, Optional<String> idNumber, Optional<UserLink> link,
                       boolean organization) {
    /**
     * Checks that nothing is null, the name is not blank, and the year has four digits.
     *
     * @param name the name as written, after legacy decoding (the raw form is in {@link RegisterRow#decodedTexts()})
     * @param birthYear the birth year as written, when there is one
     * @param idNumber the ID number as written (CCCD, CMND or anything else), when there is one
     * @param link the linking result; empty when linking found no citizen for this user
     * @param organization whether the name is an organisation's ({@code Công ty TNHH …}, {@code UBND xã …}), decided
     *     once where the name was read; organisations hold land but are not in the population registry
     */
    public LandUser {
        Checks.notBlank(name, "name");
        Objects.requireNonNull(birthYear, "birthYear");
        if (birthYear.isPresent()) {
            Checks.birthYear(birthYear.getAsInt(), "birthYear");
        }
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(link, "link");
    }

    /**
     * A land user whose organisation flag is read from the name ({@link PersonNames#parse}).
     *
     * @param name the name as written, after legacy decoding (the raw form is in {@link RegisterRow#decodedTexts()})
     * @param birthYear the birth year as written, when there is one
     * @param idNumber the ID number as written (CCCD, CMND or anything else), when there is one
     * @param link the linking result; empty when linking found no citizen for this user
     */
    public LandUser(String name, OptionalInt birthYear, Optional<String> idNumber, Optional<UserLink> link) {
        this(name, birthYear, idNumber, link, PersonNames.parse(name).organization());
    }

    /**
     * {@return this land user with a link}
     *
     * @param userLink the citizen linking found for this land user
     */
    public LandUser withLink(UserLink userLink) {
        return new LandUser(name, birthYear, idNumber, Optional.of(userLink), organization);
    }

    /**
     * {@return a builder for a land user with this name}
     *
     * @param name the name as written, after legacy decoding (the raw form is in {@link RegisterRow#decodedTexts()})
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link LandUser}; not thread-safe. */
    public static final class Builder {
        private final String name;
        private OptionalInt birthYear = OptionalInt.empty();
        private Optional<String> idNumber = Optional.empty();
        private Optional<UserLink> link = Optional.empty();
        private Boolean organization;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the birth year as written.
         *
         * @return this builder
         * @param year the four-digit year
         */
        public Builder birthYear(int year) {
            this.birthYear = OptionalInt.of(year);
            return this;
        }

        /**
         * Sets the ID number as written.
         *
         * @return this builder
         * @param number the ID number as the register writes it
         */
        public Builder idNumber(String number) {
            this.idNumber = Optional.of(number);
            return this;
        }

        /**
         * Sets the citizen linking found.
         *
         * @return this builder
         * @param userLink the link to a citizen
         */
        public Builder link(UserLink userLink) {
            this.link = Optional.of(userLink);
            return this;
        }

        /**
         * Sets whether the name is an organisation's; when not said, it is read from the name.
         *
         * @return this builder
         * @param value true for an organisation (a company, a commune's people's committee)
         */
        public Builder organization(boolean value) {
            this.organization = value;
            return this;
        }

        /** {@return the land user} */
        public LandUser build() {
            return organization == null ? new LandUser(name, birthYear, idNumber, link)
                    : new LandUser(name, birthYear, idNumber, link, organization);
        }
    }
}
