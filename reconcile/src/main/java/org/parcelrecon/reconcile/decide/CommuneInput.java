package org.parcelrecon.reconcile.decide;

import java.util.List;
import java.util.Objects;

/**
 * Everything one commune's decision needs from the register and the map: its register rows with where their keys
 * led, and the new map's parcels in it that no register row reached. With the province's {@link DecisionContext}
 * (links, map figures, rules) this decides the commune alone: a province is the union of its communes.
 *
 * @param communeCode   today's commune code
 * @param entries       the commune's register rows, in file order
 * @param unregistered  the commune's new-map parcels no register row reached (indices into the new map), in map order
 */
public record CommuneInput(String communeCode, List<ResolvedEntry> entries, List<Integer> unregistered) {
    /** Copies the lists. */
    public CommuneInput {
        Objects.requireNonNull(communeCode, "communeCode");
        entries = List.copyOf(entries);
        unregistered = List.copyOf(unregistered);
    }
}
