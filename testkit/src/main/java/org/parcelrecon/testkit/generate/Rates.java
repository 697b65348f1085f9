package org.parcelrecon.testkit.generate;

/** Argument checks for rates; messages name the value. */
final class Rates {
    private Rates() {
    }

    static double checkProbability(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate of " + name + " must be a probability in [0, 1]; got " + rate);
        }
        return rate;
    }
}
