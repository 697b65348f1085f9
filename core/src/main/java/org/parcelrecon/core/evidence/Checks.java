package org.parcelrecon.core.evidence;

import java.util.Objects;

/** Argument checks shared by the evidence records; messages name the value. */
final class Checks {
    private Checks() {
    }

    static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank; got \"" + value + "\"");
        }
        return value;
    }

    static double area(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number of square metres >= 0; got " + value);
        }
        return value;
    }

    static double probability(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1]; got " + value);
        }
        return value;
    }

    static int birthYear(int value, String name) {
        if (value < 1000 || value > 9999) {
            throw new IllegalArgumentException(name + " must be a four-digit year; got " + value);
        }
        return value;
    }
}
