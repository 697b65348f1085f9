package org.parcelrecon.core.score;

import java.util.Objects;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.rule.builtin.BuiltInRules;

/**
 * Scores records: runs a {@link RuleSet} on a record's evidence and a {@link ScoreModel} on the findings.
 * <pre>{@code
 * RecordScorer scorer = RecordScorer.of(
 *         RuleSet.builder().add(BuiltInRules.all()).config(RuleConfig.load(path)).build(),
 *         ScoreModel.standard());
 * ScoredRecord result = scorer.score(evidence);   // result.status() == Status.CLEAN, ...
 * }</pre>
 * The same evidence always gives an equal result. Immutable and thread-safe.
 */
public final class RecordScorer {
    private final RuleSet rules;
    private final ScoreModel model;

    private RecordScorer(RuleSet rules, ScoreModel model) {
        this.rules = rules;
        this.model = model;
    }

    /**
     * {@return a scorer with these rules and this model}
     *
     * @param rules the rules that find problems
     * @param model how findings become a score and a status
     */
    public static RecordScorer of(RuleSet rules, ScoreModel model) {
        return new RecordScorer(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(model, "model"));
    }

    /** {@return the built-in rules with their defaults and the standard model} */
    public static RecordScorer defaults() {
        return new RecordScorer(RuleSet.builder().add(BuiltInRules.all()).build(), ScoreModel.standard());
    }

    /** {@return the rules} */
    public RuleSet rules() {
        return rules;
    }

    /** {@return the model} */
    public ScoreModel model() {
        return model;
    }

    /**
     * {@return the record's findings, score and status}
     *
     * @param evidence everything known about one register record
     */
    public ScoredRecord score(Evidence evidence) {
        var findings = rules.check(evidence);
        return new ScoredRecord(evidence.key(), findings, model.score(findings));
    }
}
