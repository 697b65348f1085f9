package org.parcelrecon.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A record-linkage model: what to pair (blocking rules), how to compare (comparisons with levels), and the
 * Fellegi-Sunter parameters (the prior and each level's m and u). Settings and trained model are the same object:
 * training returns a new model with new parameters, and a model saves to and loads from JSON
 * ({@link #toJson()}, {@link #fromJson(String)}) without loss.
 *
 * <p>The match weight of a pair is {@code log2(λ / (1 - λ))} plus, for each comparison, the weight of the level
 * the pair falls in; its match probability is {@code 2^w / (1 + 2^w)}. {@code λ} is
 * {@link #probabilityTwoRandomRecordsMatch()}: the chance that two records drawn at random (one from each table,
 * or two from the one table) are the same person.
 *
 * <p>JSON form (the keys are fixed; unknown keys are refused so that typos do not pass silently):
 * <pre>
 * {
 *   "link_type": "dedupe",
 *   "unique_id_column": "unique_id",
 *   "probability_two_random_records_match": 0.004,
 *   "blocking_rules": [ {"name": "fold(first_name) &amp; year(dob)",
 *                        "keys": [{"column": "first_name", "function": "fold"}, {"column": "dob", "function": "year"}]} ],
 *   "comparisons": [ {"name": "first_name", "column": "first_name", "function": "fold",
 *                     "levels": [ {"label": "null", "type": "null"},
 *                                 {"label": "exact", "type": "exact", "tf_adjustment": true, "tf_adjustment_weight": 1.0,
 *                                  "m": 0.9, "u": 0.01, "fixed_m": false, "fixed_u": false},
 *                                 {"label": "jaro_winkler &gt;= 0.9", "type": "jaro_winkler", "threshold": 0.9, "m": 0.05, "u": 0.02},
 *                                 {"label": "else", "type": "else", "m": 0.05, "u": 0.97} ]} ]
 * }
 * </pre>
 * A model with no blocking rules compares every pair: fine for a few thousand records, not for millions.
 *
 * <p>A link model may also carry {@code "probability_match_not_among_candidates"} (written by training, absent
 * until then): the share of left records whose match is none of their candidates (not in the right table at all,
 * or missed by blocking). Scoring with one match per left record ({@link Linker#withOneMatchPerLeft()}) uses it
 * as the odds that a left record's candidates all are non-matches, so that a lone candidate with fair evidence is
 * believed: that blocking found no other namesake is evidence too. Without it, that odds is 1, as if no left
 * record had a match at all.
 *
 * @param linkType                           link two tables or deduplicate one
 * @param idColumn                           the column holding each record's identifier (written to output);
 *                                           when a table lacks it, the 1-based row number is used
 * @param probabilityTwoRandomRecordsMatch   the prior λ, in (0, 1)
 * @param blockingRules                      the union of rules that makes candidate pairs
 * @param comparisons                        the comparisons, at least one, with unique names
 * @param probabilityMatchNotAmongCandidates the share of left records whose match is none of their candidates,
 *                                           in (0, 1), or NaN when not estimated (see above)
 */
public record LinkageModel(LinkType linkType, String idColumn, double probabilityTwoRandomRecordsMatch,
                           List<BlockingRule> blockingRules, List<Comparison> comparisons,
                           double probabilityMatchNotAmongCandidates) {

    /**
     * Checks ranges and that comparison names are unique.
     *
     * @param linkType link two tables or deduplicate one
     * @param idColumn the column holding each record's identifier (written to output); when a table lacks it, the
     *     1-based row number is used
     * @param probabilityTwoRandomRecordsMatch the prior λ, in (0, 1)
     * @param blockingRules the union of rules that makes candidate pairs
     * @param comparisons the comparisons, at least one, with unique names
     * @param probabilityMatchNotAmongCandidates the share of left records whose match is none of their candidates,
     *     in (0, 1), or NaN when not estimated
     */
    public LinkageModel {
        Objects.requireNonNull(linkType, "linkType");
        Objects.requireNonNull(idColumn, "idColumn");
        blockingRules = List.copyOf(blockingRules);
        comparisons = List.copyOf(comparisons);
        if (idColumn.isBlank()) {
            throw new IllegalArgumentException("the model needs an id column name");
        }
        if (!(probabilityTwoRandomRecordsMatch > 0 && probabilityTwoRandomRecordsMatch < 1)) {
            throw new IllegalArgumentException("probability_two_random_records_match must be in (0, 1), got "
                    + probabilityTwoRandomRecordsMatch + "; for n records with about k duplicates each, use about"
                    + " k / n");
        }
        if (comparisons.isEmpty()) {
            throw new IllegalArgumentException("the model needs at least one comparison");
        }
        if (!Double.isNaN(probabilityMatchNotAmongCandidates)
                && !(probabilityMatchNotAmongCandidates > 0 && probabilityMatchNotAmongCandidates < 1)) {
            throw new IllegalArgumentException("probability_match_not_among_candidates must be in (0, 1), got "
                    + probabilityMatchNotAmongCandidates);
        }
        Set<String> names = new HashSet<>();
        for (Comparison c : comparisons) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("comparison name '" + c.name() + "' is used twice");
            }
        }
    }

    /**
     * A model whose share of left records matched by none of their candidates is not estimated.
     *
     * @param linkType link two tables or deduplicate one
     * @param idColumn the column holding each record's identifier
     * @param probabilityTwoRandomRecordsMatch the prior λ, in (0, 1)
     * @param blockingRules the union of rules that makes candidate pairs
     * @param comparisons the comparisons, at least one, with unique names
     */
    public LinkageModel(LinkType linkType, String idColumn, double probabilityTwoRandomRecordsMatch,
                        List<BlockingRule> blockingRules, List<Comparison> comparisons) {
        this(linkType, idColumn, probabilityTwoRandomRecordsMatch, blockingRules, comparisons, Double.NaN);
    }

    /** {@return a builder, for a {@link LinkType#LINK} model with id column {@code "id"} and prior 1e-4 unless set} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return this model with another prior}
     *
     * @param lambda the probability that two random records match, in (0, 1)
     */
    public LinkageModel withProbabilityTwoRandomRecordsMatch(double lambda) {
        return new LinkageModel(linkType, idColumn, lambda, blockingRules, comparisons,
                probabilityMatchNotAmongCandidates);
    }

    /**
     * {@return this model with other comparisons (e.g. with trained m and u)}
     *
     * @param newComparisons the comparisons, in scoring order
     */
    public LinkageModel withComparisons(List<Comparison> newComparisons) {
        return new LinkageModel(linkType, idColumn, probabilityTwoRandomRecordsMatch, blockingRules, newComparisons,
                probabilityMatchNotAmongCandidates);
    }

    /**
     * {@return this model with other blocking rules}
     *
     * @param newRules the blocking rules, in the order they make candidates
     */
    public LinkageModel withBlockingRules(List<BlockingRule> newRules) {
        return new LinkageModel(linkType, idColumn, probabilityTwoRandomRecordsMatch, newRules, comparisons,
                probabilityMatchNotAmongCandidates);
    }

    /**
     * {@return this model with another link type}
     *
     * @param newType link two tables or deduplicate one
     */
    public LinkageModel withLinkType(LinkType newType) {
        return new LinkageModel(newType, idColumn, probabilityTwoRandomRecordsMatch, blockingRules, comparisons,
                probabilityMatchNotAmongCandidates);
    }

    /**
     * {@return this model with another share of left records matched by none of their candidates}
     *
     * @param q in (0, 1), or NaN for none (one match per left record then takes the odds of no match as 1)
     */
    public LinkageModel withProbabilityMatchNotAmongCandidates(double q) {
        return new LinkageModel(linkType, idColumn, probabilityTwoRandomRecordsMatch, blockingRules, comparisons, q);
    }

    /** {@return the prior as a match weight, {@code log2(λ / (1 - λ))}} */
    public double priorWeight() {
        double l = probabilityTwoRandomRecordsMatch;
        return Math.log(l / (1 - l)) / Math.log(2);
    }

    /**
     * {@return the comparison with this name}
     *
     * @param name the comparison's name
     */
    public java.util.Optional<Comparison> comparison(String name) {
        return comparisons.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** {@return the model as pretty-printed JSON (see the class comment for the form)} */
    public String toJson() {
        return ModelJson.write(this);
    }

    /**
     * {@return a model from JSON}
     *
     * @throws IllegalArgumentException if the JSON is malformed or breaks a rule; the message gives the path,
     *                                  e.g. {@code comparisons[1].levels[2].threshold}
     * @param json the model as {@link #toJson()} writes it
     */
    public static LinkageModel fromJson(String json) {
        return ModelJson.read(json);
    }

    /**
     * Writes {@link #toJson()} to a UTF-8 file.
     *
     * @param file the file to write, replaced if it exists
     * @throws IOException if the file cannot be written
     */
    public void save(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    /**
     * Reads a model from a UTF-8 JSON file.
     *
     * @throws IllegalArgumentException if the content is not a valid model; the message names the file
     * @param file the model's JSON file
     * @return the model
     * @throws IOException if the file cannot be read
     */
    public static LinkageModel load(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Builds a model step by step. Not thread-safe. */
    public static final class Builder {
        private LinkType linkType = LinkType.LINK;
        private String idColumn = "id";
        private double lambda = 1e-4;
        private final List<BlockingRule> rules = new ArrayList<>();
        private final List<Comparison> comparisons = new ArrayList<>();

        private Builder() {
        }

        /**
         * Link two tables (the default).
         *
         * @return this builder
         */
        public Builder link() {
            this.linkType = LinkType.LINK;
            return this;
        }

        /**
         * Deduplicate one table.
         *
         * @return this builder
         */
        public Builder dedupe() {
            this.linkType = LinkType.DEDUPE;
            return this;
        }

        /**
         * Sets the id column (default {@code "id"}).
         *
         * @return this builder
         * @param column the name of the column that identifies a row
         */
        public Builder idColumn(String column) {
            this.idColumn = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the prior λ (default 1e-4); training re-estimates it.
         *
         * @return this builder
         * @param lambda the probability that two random records match, in (0, 1)
         */
        public Builder probabilityTwoRandomRecordsMatch(double lambda) {
            this.lambda = lambda;
            return this;
        }

        /**
         * Adds a blocking rule on these keys.
         *
         * @return this builder
         * @param keys the keys two records must share to be a candidate pair
         */
        public Builder blockOn(KeyRef... keys) {
            rules.add(BlockingRule.on(keys));
            return this;
        }

        /**
         * Adds a blocking rule.
         *
         * @return this builder
         * @param rule the rule
         */
        public Builder blockingRule(BlockingRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Adds a comparison.
         *
         * @return this builder
         * @param comparison the next comparison in scoring order
         */
        public Builder comparison(Comparison comparison) {
            comparisons.add(Objects.requireNonNull(comparison, "comparison"));
            return this;
        }

        /** {@return the model} */
        public LinkageModel build() {
            return new LinkageModel(linkType, idColumn, lambda, rules, comparisons);
        }
    }
}
