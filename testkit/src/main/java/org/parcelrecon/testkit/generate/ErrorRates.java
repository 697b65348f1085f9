package org.parcelrecon.testkit.generate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How often each {@link InjectedError} is written into the generated data. Immutable: {@link #with} returns a
 * new instance.
 * <pre>{@code
 * ErrorRates.defaults()                                            // see InjectedError for each default
 * ErrorRates.none()                                                // a clean register: no injected error
 * ErrorRates.none().with(InjectedError.NAME_NO_DIACRITICS, 0.5)    // only this error, on half the person rows
 * ErrorRates.defaults().with(InjectedError.ID_MISSING, 0.99)       // IllegalArgumentException: the ID kinds
 *                                                                  // share one draw and would add up to over 1
 * }</pre>
 *
 * <p>Thread-safe, being immutable.
 */
public final class ErrorRates {
    /** Kinds drawn with one die: at most one of each group per unit. */
    static final List<List<InjectedError>> EXCLUSIVE_GROUPS = List.of(
            List.of(InjectedError.TEXT_TCVN3, InjectedError.TEXT_VNI),
            List.of(InjectedError.ID_OLD_CMND, InjectedError.ID_MISSING, InjectedError.ID_SCIENTIFIC,
                    InjectedError.ID_LEADING_ZERO_LOST, InjectedError.ID_SEPARATORS),
            List.of(InjectedError.BIRTH_YEAR_WRONG, InjectedError.BIRTH_YEAR_MISSING),
            List.of(InjectedError.LAND_USE_RETIRED, InjectedError.LAND_USE_WRONG));

    private static final ErrorRates DEFAULTS = defaultRates();
    private static final ErrorRates NONE = new ErrorRates(new EnumMap<>(InjectedError.class));

    private final Map<InjectedError, Double> rates;

    private ErrorRates(EnumMap<InjectedError, Double> given) {
        EnumMap<InjectedError, Double> copy = new EnumMap<>(InjectedError.class);
        for (InjectedError kind : InjectedError.values()) {
            copy.put(kind, given.getOrDefault(kind, 0.0));
        }
        for (List<InjectedError> group : EXCLUSIVE_GROUPS) {
            double sum = 0;
            for (InjectedError kind : group) {
                sum += copy.get(kind);
            }
            if (sum > 1 + 1e-9) {
                throw new IllegalArgumentException("the rates of " + group + " add up to " + sum
                        + "; they share one draw and must add up to at most 1");
            }
        }
        this.rates = Collections.unmodifiableMap(copy);
    }

    private static ErrorRates defaultRates() {
        EnumMap<InjectedError, Double> m = new EnumMap<>(InjectedError.class);
        for (InjectedError kind : InjectedError.values()) {
            m.put(kind, kind.defaultRate());
        }
        return new ErrorRates(m);
    }

    /** {@return every kind at its {@link InjectedError#defaultRate()}} */
    public static ErrorRates defaults() {
        return DEFAULTS;
    }

    /**
     * No injected error: register, map and population agree everywhere (apart from the old map's distortion).
     *
     * @return rates that are all 0
     */
    public static ErrorRates none() {
        return NONE;
    }

    /**
     * {@return the rate of one kind}
     *
     * @param kind a kind of injected error
     */
    public double rate(InjectedError kind) {
        return rates.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * {@return these rates with one kind's rate replaced}
     *
     * @throws IllegalArgumentException if {@code rate} is not in [0, 1], or the kind's exclusive group would add
     *                                  up to more than 1
     * @param kind the kind whose rate changes
     * @param rate the share of records that get this error, 0 to 1
     */
    public ErrorRates with(InjectedError kind, double rate) {
        Objects.requireNonNull(kind, "kind");
        Rates.checkProbability(rate, kind.name());
        EnumMap<InjectedError, Double> m = new EnumMap<>(rates);
        m.put(kind, rate);
        return new ErrorRates(m);
    }

    /** {@return every kind with its rate, in {@link InjectedError} order; unmodifiable} */
    public Map<InjectedError, Double> asMap() {
        return rates;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ErrorRates other && rates.equals(other.rates);
    }

    @Override
    public int hashCode() {
        return rates.hashCode();
    }

    @Override
    public String toString() {
        return "ErrorRates" + rates;
    }
}
