package org.parcelrecon.core.landuse;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on a land-use code found in a record, from {@link LandUseCodes#check(String)}.
 *
 * <table>
 *   <caption>Variants</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>{@code "ONT"}, {@code " odt "}, {@code "CNT"}</td><td>{@link Current}</td></tr>
 *   <tr><td>{@code "BHK"}</td><td>{@link Retired}, suggestion HNK (not a guess; row confidence MEDIUM)</td></tr>
 *   <tr><td>{@code "LUN"}</td><td>{@link Retired}, suggestion LUK (row confidence LOW: a best mapping)</td></tr>
 *   <tr><td>{@code "DDT"}</td><td>{@link Retired}, suggestion DDD marked as a guess</td></tr>
 *   <tr><td>{@code "SKK"}</td><td>{@link Retired}, no suggestion (row confidence LOW: 2024 status not established)</td></tr>
 *   <tr><td>{@code "XYZ"}, {@code ""}, {@code "ONT1"}</td><td>{@link Unknown} with the reason</td></tr>
 * </table>
 *
 * <p>All variants are immutable records.
 */
public sealed interface LandUseCheck {
    /** {@return the text as given} */
    String input();

    /**
     * A code in the list in force from 1 Aug 2024.
     *
     * @param input the text as given
     * @param code  the code's row
     */
    record Current(String input, LandUseCode code) implements LandUseCheck {
        /**
         * Checks that the code is a current one.
         *
         * @param input the text as given
         * @param code the code's row
         */
        public Current {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(code, "code");
            if (!code.isCurrent()) {
                throw new IllegalArgumentException(code.code() + " is not a current code");
            }
        }
    }

    /**
     * A code from the pre-2024 list that is not in the 2024 list as reproduced. {@code code().confidence()} says
     * how sure that is: LOW means the retirement itself (or the suggested mapping) is not established.
     *
     * @param input the text as given
     * @param code  the old code's row
     */
    record Retired(String input, LandUseCode code) implements LandUseCheck {
        /**
         * Checks that the code is a retired one.
         *
         * @param input the text as given
         * @param code the old code's row
         */
        public Retired {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(code, "code");
            if (code.isCurrent()) {
                throw new IllegalArgumentException(code.code() + " is a current code");
            }
        }

        /**
         * {@return the 2024 code to use instead, if the table suggests one; {@link LandUseCode.Mapping#guess()} marks a
         * suggestion the table itself calls a guess}
         */
        public Optional<LandUseCode.Mapping> suggestion() {
            return code.mapsTo();
        }
    }

    /**
     * Not a land-use code, or a code in neither list.
     *
     * @param input  the text as given
     * @param reason why, in English
     */
    record Unknown(String input, String reason) implements LandUseCheck {
        /**
         * Checks that neither part is null.
         *
         * @param input the text as given
         * @param reason why, in English
         */
        public Unknown {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
