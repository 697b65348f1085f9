package org.parcelrecon.reconcile.decide;

import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.score.RecordScorer;

/**
 * What every commune's decision shares, read-only: the rules and score model, and the land users' links (linking
 * is province-wide). Implementations must be thread-safe: communes are decided in parallel.
 */
public interface DecisionContext {
    /** {@return the rules and score model} */
    RecordScorer scorer();

    /**
     * {@return the link of land user {@code user} (its place on the row) of the register row on {@code line}; empty
     * when none}
     *
     * @param line the register row's line in its file
     * @param user the land user's place on the row, from 0
     */
    Optional<UserLink> link(long line, int user);

    /**
     * {@return a context from its parts}
     *
     * @param scorer the rules and the score model
     * @param links where land users' links are looked up
     */
    static DecisionContext of(RecordScorer scorer, LinkSource links) {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(links, "links");
        return new DecisionContext() {
            @Override
            public RecordScorer scorer() {
                return scorer;
            }

            @Override
            public Optional<UserLink> link(long line, int user) {
                return links.link(line, user);
            }
        };
    }

    /** Land users' links, by line and place on the row. */
    @FunctionalInterface
    interface LinkSource {
        /**
         * {@return the link, or empty}
         *
         * @param line the register row's line in its file
         * @param user the land user's place on the row, from 0
         */
        Optional<UserLink> link(long line, int user);
    }
}
