package org.parcelrecon.core.parcel;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of reading a parcel key from text: {@link Parsed} with the key, or {@link Rejected} with the reason.
 * A text that does not hold exactly one key is rejected, never guessed at.
 *
 * <p>Both variants are immutable records.
 */
public sealed interface ParcelKeyParse {

    /** {@return the key if the text held one, else empty} */
    Optional<ParcelKey> parsedKey();

    /**
     * The text held exactly one key.
     *
     * @param key the key
     */
    record Parsed(ParcelKey key) implements ParcelKeyParse {
        /**
         * Checks that the key is not null.
         *
         * @param key the key
         */
        public Parsed {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public Optional<ParcelKey> parsedKey() {
            return Optional.of(key);
        }
    }

    /**
     * The text held no key, or more than one, or a number that cannot be a sheet or plot.
     *
     * @param input  the text as given
     * @param reason why, in English, e.g. {@code "no plot number found"},
     *               {@code "two plot numbers found: 12 and 13"}, {@code "sheet number 0 is not valid"}
     */
    record Rejected(String input, String reason) implements ParcelKeyParse {
        /**
         * Checks that neither part is null.
         *
         * @param input the text as given
         * @param reason why, in English, e.g. {@code "no plot number found"}, {@code "two plot numbers found: 12 and
         *     13"}, {@code "sheet number 0 is not valid"}
         */
        public Rejected {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<ParcelKey> parsedKey() {
            return Optional.empty();
        }
    }
}
