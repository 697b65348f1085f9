package org.parcelrecon.testkit.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parcelrecon.core.admin.AdminUnit;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.admin.Period;

/**
 * What {@link ProvinceGenerator} makes: how many parcels, from which seed, in which communes, with which rates of
 * change and error, and how distorted the old map is.
 *
 * <p>Start from {@link #defaults()} and change what matters; each {@code with...} method returns new settings:
 * <pre>{@code
 * GeneratorSettings.defaults()                          // 20,000 parcels, seed 1, the 54 communes of Quảng Ninh
 *         .withParcels(2_100_000)
 *         .withSeed(42)
 *         .withCommunes(List.of("06652", "06979"))      // current (from 1 July 2025) commune codes
 *         .withErrorRates(ErrorRates.none());
 * GeneratorSettings.defaults().withParcels(0);         // IllegalArgumentException
 * GeneratorSettings.defaults().withCommunes(List.of("06649"));  // IllegalArgumentException: 06649 is a pre-2025 code
 * }</pre>
 *
 * <p>The output depends on every setting except {@code threads}: the same settings give byte-identical files on
 * any machine and with any number of threads.
 *
 * @param parcels     how many parcels the base survey lays out, at least 1 and at most {@link #MAX_PARCELS}; the
 *                    old map has these minus the {@link ChangeKind#NEW} ones, and the new map about as many (splits
 *                    add parcels, merges and removals take them away: within ±1% with the default rates)
 * @param seed        the seed; every commune's and every sheet's random stream is split from it
 * @param communes    current commune codes (Quảng Ninh from 1 July 2025, e.g. {@code "06652"}), no repeats; the
 *                    parcels are shared among them by a weight drawn per commune (some communes are twice the size
 *                    of others), and a commune that gets no parcel is left out
 * @param changeRates how often each change happens between the two surveys
 * @param errorRates  how often each error is written into the data
 * @param maxOffsetM  the largest systematic offset of an old map sheet, in metres (default 2.5): each sheet of the
 *                    old map is shifted by a vector drawn uniformly from the disc of this radius
 * @param maxNoiseM   the largest per-vertex noise of the old map, in metres (default 0.25, at most 0.4): each
 *                    vertex moves by a vector drawn from the disc of this radius, the same for every parcel sharing
 *                    the vertex, so the old map still tiles
 * @param threads     how many threads generate sheets (default: the available processors); the output does not
 *                    depend on it
 */
public record GeneratorSettings(long parcels, long seed, List<String> communes, ChangeRates changeRates,
                                ErrorRates errorRates, double maxOffsetM, double maxNoiseM, int threads) {
    /** The most parcels one run makes: the citizen-number scheme keeps numbers unique up to here. */
    public static final long MAX_PARCELS = 10_000_000L;

    /**
     * Checks every value; the messages name it.
     *
     * @param parcels how many parcels the base survey lays out, at least 1 and at most {@link #MAX_PARCELS}; the old
     *     map has these minus the {@link ChangeKind#NEW} ones, and the new map about as many (splits add parcels,
     *     merges and removals take them away: within ±1% with the default rates)
     * @param seed the seed; every commune's and every sheet's random stream is split from it
     * @param communes current commune codes (Quảng Ninh from 1 July 2025, e.g. {@code "06652"}), no repeats; the
     *     parcels are shared among them by a weight drawn per commune (some communes are twice the size of others),
     *     and a commune that gets no parcel is left out
     * @param changeRates how often each change happens between the two surveys
     * @param errorRates how often each error is written into the data
     * @param maxOffsetM the largest systematic offset of an old map sheet, in metres (default 2.5): each sheet of the
     *     old map is shifted by a vector drawn uniformly from the disc of this radius
     * @param maxNoiseM the largest per-vertex noise of the old map, in metres (default 0.25, at most 0.4): each vertex
     *     moves by a vector drawn from the disc of this radius, the same for every parcel sharing the vertex, so the
     *     old map still tiles
     * @param threads how many threads generate sheets (default: the available processors); the output does not depend
     *     on it
     */
    public GeneratorSettings {
        if (parcels < 1 || parcels > MAX_PARCELS) {
            throw new IllegalArgumentException("parcels must be between 1 and " + MAX_PARCELS + "; got " + parcels);
        }
        communes = List.copyOf(communes);
        if (communes.isEmpty()) {
            throw new IllegalArgumentException("communes must name at least one commune");
        }
        AdministrativeUnits units = AdministrativeUnits.quangNinh();
        Set<String> seen = new HashSet<>();
        for (String code : communes) {
            boolean current = units.units(Period.FROM_2025_07_01).stream().anyMatch(u -> u.code().equals(code));
            if (!current) {
                throw new IllegalArgumentException("commune " + code + " is not a current Quảng Ninh commune code"
                        + " (from 1 July 2025, five digits, e.g. 06652); pre-2025 codes appear in the register"
                        + " through InjectedError.COMMUNE_CODE_OLD");
            }
            if (!seen.add(code)) {
                throw new IllegalArgumentException("commune " + code + " is listed twice");
            }
        }
        Objects.requireNonNull(changeRates, "changeRates");
        Objects.requireNonNull(errorRates, "errorRates");
        if (!(maxOffsetM >= 0 && maxOffsetM <= 20)) {
            throw new IllegalArgumentException("maxOffsetM must be between 0 and 20 metres; got " + maxOffsetM);
        }
        if (!(maxNoiseM >= 0 && maxNoiseM <= 0.4)) {
            throw new IllegalArgumentException("maxNoiseM must be between 0 and 0.4 metres (vertices are at least"
                    + " 1 m apart, and noise must not fold a parcel); got " + maxNoiseM);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1; got " + threads);
        }
    }

    /**
     * 20,000 parcels, seed 1, all 54 current communes of Quảng Ninh in code order, default change and error
     * rates, old map offset up to 2.5 m and noise up to 0.25 m, one thread per available processor.
     *
     * @return the settings of a 20,000-parcel province
     */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(20_000, 1, allCommunes(), ChangeRates.defaults(), ErrorRates.defaults(),
                2.5, 0.25, Runtime.getRuntime().availableProcessors());
    }

    /** {@return the current (from 1 July 2025) commune codes of Quảng Ninh, in code order: 54 codes} */
    public static List<String> allCommunes() {
        List<String> codes = new ArrayList<>();
        for (AdminUnit u : AdministrativeUnits.quangNinh().units(Period.FROM_2025_07_01)) {
            codes.add(u.code());
        }
        return List.copyOf(codes);
    }

    /**
     * {@return these settings with another parcel count}
     *
     * @param count how many map parcels the new survey has, at least 1
     */
    public GeneratorSettings withParcels(long count) {
        return new GeneratorSettings(count, seed, communes, changeRates, errorRates, maxOffsetM, maxNoiseM, threads);
    }

    /**
     * {@return these settings with another seed}
     *
     * @param newSeed the seed every random choice derives from: one seed, one set of files
     */
    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(parcels, newSeed, communes, changeRates, errorRates, maxOffsetM, maxNoiseM, threads);
    }

    /**
     * {@return these settings with other communes (current codes)}
     *
     * @param codes current (post-2025) commune codes of Quảng Ninh; parcels are spread over them in this order
     */
    public GeneratorSettings withCommunes(List<String> codes) {
        return new GeneratorSettings(parcels, seed, codes, changeRates, errorRates, maxOffsetM, maxNoiseM, threads);
    }

    /**
     * {@return these settings with other change rates}
     *
     * @param rates how often each kind of change between the surveys happens
     */
    public GeneratorSettings withChangeRates(ChangeRates rates) {
        return new GeneratorSettings(parcels, seed, communes, rates, errorRates, maxOffsetM, maxNoiseM, threads);
    }

    /**
     * {@return these settings with other error rates}
     *
     * @param rates how often each kind of error is injected into register, map and population
     */
    public GeneratorSettings withErrorRates(ErrorRates rates) {
        return new GeneratorSettings(parcels, seed, communes, changeRates, rates, maxOffsetM, maxNoiseM, threads);
    }

    /**
     * {@return these settings with another old-map distortion (offset and noise radii in metres)}
     *
     * @param offsetM the largest systematic shift of an old-map sheet, in metres
     * @param noiseM the largest random shift of an old-map vertex, in metres
     */
    public GeneratorSettings withOldMapDistortion(double offsetM, double noiseM) {
        return new GeneratorSettings(parcels, seed, communes, changeRates, errorRates, offsetM, noiseM, threads);
    }

    /**
     * {@return these settings with another thread count; the output stays the same}
     *
     * @param count how many threads generate sheets, at least 1
     */
    public GeneratorSettings withThreads(int count) {
        return new GeneratorSettings(parcels, seed, communes, changeRates, errorRates, maxOffsetM, maxNoiseM, count);
    }
}
