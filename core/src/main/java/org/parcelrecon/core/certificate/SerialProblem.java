package org.parcelrecon.core.certificate;

import java.util.Objects;

/**
 * One reason a certificate serial is not valid: a stable {@link SerialProblemCode} and a message for people.
 *
 * @param code    the stable code to key on
 * @param message an English explanation, e.g. {@code "5 digits after CN; a serial has 6 (2009-2024 form) or 8
 *                (form from 1 Aug 2024)"}
 */
public record SerialProblem(SerialProblemCode code, String message) {
    /**
     * Checks that neither part is null.
     *
     * @param code the stable code to key on
     * @param message an English explanation, e.g. {@code "5 digits after CN; a serial has 6 (2009-2024 form) or 8
     *     (form from 1 Aug 2024)"}
     */
    public SerialProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
