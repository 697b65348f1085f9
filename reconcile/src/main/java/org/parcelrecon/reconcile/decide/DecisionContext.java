package org.parcelrecon.reconcile.decide;

import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.score.RecordScorer;

/**
 * What every commune's decision shares, read-only: the rules and score model, the land users' links and the map
 * parcels' figures. Implementations must be thread-safe: communes are decided in parallel.
 */
public interface DecisionContext {
    /** The rules and score model. */
    RecordScorer scorer();

    /** The link of land user {@code user} of register entry {@code entry}; empty when it has none. */
    Optional<UserLink> link(int entry, int user);

    /** The figures of new-map parcel {@code index}. */
    MapParcel mapParcel(int index);

    /** A context from its three parts. */
    static DecisionContext of(RecordScorer scorer, LinkSource links, MapSource map) {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(map, "map");
        return new DecisionContext() {
            @Override
            public RecordScorer scorer() {
                return scorer;
            }

            @Override
            public Optional<UserLink> link(int entry, int user) {
                return links.link(entry, user);
            }

            @Override
            public MapParcel mapParcel(int index) {
                return map.mapParcel(index);
            }
        };
    }

    /** Land users' links, by entry and user. */
    @FunctionalInterface
    interface LinkSource {
        /** The link, or empty. */
        Optional<UserLink> link(int entry, int user);
    }

    /** Map parcels' figures, by index. */
    @FunctionalInterface
    interface MapSource {
        /** The figures. */
        MapParcel mapParcel(int index);
    }
}
