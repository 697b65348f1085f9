package org.parcelrecon.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleConfig;
import org.parcelrecon.core.rule.builtin.BuiltInRules;
import org.parcelrecon.core.score.ScoreModel;
import org.parcelrecon.geometry.compare.CompareOptions;
import org.parcelrecon.reconcile.link.LinkingSettings;

/**
 * How a run decides: the province, the register's date, the rules and their configuration, the score model, linking
 * and map comparison settings, and whether ID numbers may leave the program unmasked.
 *
 * <p>Immutable; each {@code withX} returns new settings (like Guava's {@code Splitter}), so a configured instance is
 * safe as a constant and shared between threads.
 * <pre>{@code
 * ReconcileSettings settings = ReconcileSettings.defaults()           // Quảng Ninh, built-in rules, trained linking
 *         .withRules(List.of(myRule))                                   // added to the built-in rules
 *         .withRuleConfig(RuleConfig.load(Path.of("rules.json")));
 * }</pre>
 */
public final class ReconcileSettings {
    private final AdministrativeUnits units;
    private final LocalDate registerDate;
    private final List<Rule> extraRules;
    private final boolean discoverRules;
    private final Optional<RuleConfig> ruleConfig;
    private final ScoreModel scoreModel;
    private final LinkingSettings linking;
    private final CompareOptions compare;
    private final IdDisclosure idDisclosure;
    private final int parallelism;

    private ReconcileSettings(AdministrativeUnits units, LocalDate registerDate, List<Rule> extraRules,
                              boolean discoverRules, Optional<RuleConfig> ruleConfig, ScoreModel scoreModel,
                              LinkingSettings linking, CompareOptions compare, IdDisclosure idDisclosure,
                              int parallelism) {
        this.units = units;
        this.registerDate = registerDate;
        this.extraRules = extraRules;
        this.discoverRules = discoverRules;
        this.ruleConfig = ruleConfig;
        this.scoreModel = scoreModel;
        this.linking = linking;
        this.compare = compare;
        this.idDisclosure = idDisclosure;
        this.parallelism = parallelism;
    }

    /**
     * Quảng Ninh's administrative units, a register written today, the built-in rules with their defaults (no
     * discovery), the standard score model, trained linking, the default map comparison, IDs masked, as many
     * threads as processors.
     *
     * @return the settings of a run on a Quảng Ninh register
     */
    public static ReconcileSettings defaults() {
        return new ReconcileSettings(AdministrativeUnits.quangNinh(), LocalDate.now(), List.of(), false,
                Optional.empty(), ScoreModel.standard(), LinkingSettings.defaults(), CompareOptions.DEFAULTS,
                IdDisclosure.MASKED, Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@return these settings for another province's administrative units}
     *
     * @param value the communes before and after the 2025 merger, and its crosswalk
     */
    public ReconcileSettings withUnits(AdministrativeUnits value) {
        return new ReconcileSettings(Objects.requireNonNull(value, "units"), registerDate, extraRules, discoverRules,
                ruleConfig, scoreModel, linking, compare, idDisclosure, parallelism);
    }

    /**
     * {@return these settings for a register written on another date}
     *
     * @param value the date the register was written; its commune codes are read as of it
     */
    public ReconcileSettings withRegisterDate(LocalDate value) {
        return new ReconcileSettings(units, Objects.requireNonNull(value, "registerDate"), extraRules, discoverRules,
                ruleConfig, scoreModel, linking, compare, idDisclosure, parallelism);
    }

    /**
     * Rules to run after the built-in ones (a host system's own).
     *
     * @param value the host's rules, in the order they run
     * @return these settings with those rules
     */
    public ReconcileSettings withRules(List<? extends Rule> value) {
        return new ReconcileSettings(units, registerDate, List.copyOf(value), discoverRules, ruleConfig, scoreModel,
                linking, compare, idDisclosure, parallelism);
    }

    /**
     * {@return these settings, adding or not the rules {@code ServiceLoader} finds on the class path}
     *
     * @param value true to add them after the built-in and extra rules
     */
    public ReconcileSettings withDiscoveredRules(boolean value) {
        return new ReconcileSettings(units, registerDate, extraRules, value, ruleConfig, scoreModel, linking, compare,
                idDisclosure, parallelism);
    }

    /**
     * {@return these settings with a rule configuration}
     *
     * @param value parameters, severities and rules switched off, as read from a JSON file
     */
    public ReconcileSettings withRuleConfig(RuleConfig value) {
        return new ReconcileSettings(units, registerDate, extraRules, discoverRules, Optional.of(value), scoreModel,
                linking, compare, idDisclosure, parallelism);
    }

    /**
     * {@return these settings with another score model}
     *
     * @param value how findings become a score and a status
     */
    public ReconcileSettings withScoreModel(ScoreModel value) {
        return new ReconcileSettings(units, registerDate, extraRules, discoverRules, ruleConfig,
                Objects.requireNonNull(value, "scoreModel"), linking, compare, idDisclosure, parallelism);
    }

    /**
     * {@return these settings, linking land users another way}
     *
     * @param value the linking model and thresholds
     */
    public ReconcileSettings withLinking(LinkingSettings value) {
        return new ReconcileSettings(units, registerDate, extraRules, discoverRules, ruleConfig, scoreModel,
                Objects.requireNonNull(value, "linking"), compare, idDisclosure, parallelism);
    }

    /**
     * {@return these settings, comparing the two surveys another way}
     *
     * @param value the comparison's tolerances; a run compares in its own pool whatever pool these name
     */
    public ReconcileSettings withCompareOptions(CompareOptions value) {
        return new ReconcileSettings(units, registerDate, extraRules, discoverRules, ruleConfig, scoreModel, linking,
                Objects.requireNonNull(value, "compare"), idDisclosure, parallelism);
    }

    /**
     * {@return these settings, writing ID numbers another way}
     *
     * @param value {@link IdDisclosure#FULL} to write them in full, else masked
     */
    public ReconcileSettings withIdDisclosure(IdDisclosure value) {
        return new ReconcileSettings(units, registerDate, extraRules, discoverRules, ruleConfig, scoreModel, linking,
                compare, Objects.requireNonNull(value, "idDisclosure"), parallelism);
    }

    /**
     * {@return these settings with another bound on a run's CPU}
     *
     * @param value how many threads the run's fork-join pool has, and so how many communes are decided at once; at
     *     least 1
     */
    public ReconcileSettings withParallelism(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1; got " + value);
        }
        return new ReconcileSettings(units, registerDate, extraRules, discoverRules, ruleConfig, scoreModel, linking,
                compare, idDisclosure, value);
    }

    /** {@return the province's administrative units} */
    public AdministrativeUnits units() {
        return units;
    }

    /** {@return the register's date} */
    public LocalDate registerDate() {
        return registerDate;
    }

    /** {@return the built-in rules, then the extra ones} */
    public List<Rule> rules() {
        return java.util.stream.Stream.concat(BuiltInRules.all(units).stream(), extraRules.stream()).toList();
    }

    /** {@return whether discovered rules are added} */
    public boolean discoverRules() {
        return discoverRules;
    }

    /** {@return the rule configuration, if any} */
    public Optional<RuleConfig> ruleConfig() {
        return ruleConfig;
    }

    /** {@return the score model} */
    public ScoreModel scoreModel() {
        return scoreModel;
    }

    /** {@return the linking settings} */
    public LinkingSettings linking() {
        return linking;
    }

    /** {@return the map comparison options} */
    public CompareOptions compareOptions() {
        return compare;
    }

    /** {@return whether IDs are written in full} */
    public IdDisclosure idDisclosure() {
        return idDisclosure;
    }

    /** {@return how many communes are decided at once} */
    public int parallelism() {
        return parallelism;
    }
}
