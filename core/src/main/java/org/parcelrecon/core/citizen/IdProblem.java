package org.parcelrecon.core.citizen;

import java.util.Objects;

/**
 * One reason a citizen identifier is not valid: a stable {@link IdProblemCode} and a message for people.
 *
 * <p>Messages never contain the identifier itself (at most a 3-digit province code or a 4-digit year), so they
 * can go into reports and logs as they are (Decree 13/2023/ND-CP on personal data).
 *
 * @param code    the stable code to key on
 * @param message an English explanation, e.g. {@code "province code 099 is not one of the 63 codes"}
 */
public record IdProblem(IdProblemCode code, String message) {
    /**
     * Checks that neither part is null.
     *
     * @param code the stable code to key on
     * @param message an English explanation, e.g. {@code "province code 099 is not one of the 63 codes"}
     */
    public IdProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
