package org.parcelrecon.testkit.generate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How often each {@link ChangeKind} happens between the old survey and the new one. Immutable: {@link #with}
 * returns a new instance.
 * <pre>{@code
 * ChangeRates.defaults()                                  // 85-90% of parcels unchanged
 * ChangeRates.defaults().with(ChangeKind.SPLIT_2, 0.10)   // many more splits
 * ChangeRates.none()                                      // both maps show the same parcels
 * ChangeRates.defaults().with(ChangeKind.SPLIT_2, 1.5)    // IllegalArgumentException: not a probability
 * }</pre>
 * The rates of all kinds but {@link ChangeKind#NEW} are drawn from one die per parcel, so they must add up to at
 * most 1.
 *
 * <p>Thread-safe, being immutable.
 */
public final class ChangeRates {
    private static final ChangeRates DEFAULTS = defaultRates();
    private static final ChangeRates NONE = new ChangeRates(new EnumMap<>(ChangeKind.class));

    private final Map<ChangeKind, Double> rates;

    private ChangeRates(EnumMap<ChangeKind, Double> rates) {
        EnumMap<ChangeKind, Double> copy = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            copy.put(kind, rates.getOrDefault(kind, 0.0));
        }
        double sum = 0;
        for (ChangeKind kind : ChangeKind.values()) {
            if (kind != ChangeKind.NEW) {
                sum += copy.get(kind);
            }
        }
        if (sum > 1 + 1e-9) {
            throw new IllegalArgumentException("the change rates other than NEW add up to " + sum
                    + "; they share one draw per parcel and must add up to at most 1");
        }
        this.rates = Collections.unmodifiableMap(copy);
    }

    private static ChangeRates defaultRates() {
        EnumMap<ChangeKind, Double> m = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            m.put(kind, kind.defaultRate());
        }
        return new ChangeRates(m);
    }

    /** {@return every kind at its {@link ChangeKind#defaultRate()}} */
    public static ChangeRates defaults() {
        return DEFAULTS;
    }

    /**
     * No change at all: the old map differs from the new one only by its offset and noise.
     *
     * @return rates that are all 0
     */
    public static ChangeRates none() {
        return NONE;
    }

    /**
     * {@return the rate of one kind}
     *
     * @param kind a kind of change between the surveys
     */
    public double rate(ChangeKind kind) {
        return rates.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * {@return these rates with one kind's rate replaced}
     *
     * @throws IllegalArgumentException if {@code rate} is not in [0, 1] or the kinds other than NEW would add up
     *                                  to more than 1
     * @param kind the kind whose rate changes
     * @param rate the share of old parcels that change this way, 0 to 1
     */
    public ChangeRates with(ChangeKind kind, double rate) {
        Objects.requireNonNull(kind, "kind");
        Rates.checkProbability(rate, kind.name());
        EnumMap<ChangeKind, Double> m = new EnumMap<>(rates);
        m.put(kind, rate);
        return new ChangeRates(m);
    }

    /** {@return every kind with its rate, in {@link ChangeKind} order; unmodifiable} */
    public Map<ChangeKind, Double> asMap() {
        return rates;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChangeRates other && rates.equals(other.rates);
    }

    @Override
    public int hashCode() {
        return rates.hashCode();
    }

    @Override
    public String toString() {
        return "ChangeRates" + rates;
    }
}
