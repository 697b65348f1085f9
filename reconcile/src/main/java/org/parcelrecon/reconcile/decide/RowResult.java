package org.parcelrecon.reconcile.decide;

import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.evidence.UserLink;

/**
 * One register row's part of a record's result.
 *
 * @param line             the 1-based line in the register file
 * @param rowNo            the register's own row number, empty when it has none
 * @param communeAsWritten the commune code as the row wrote it
 * @param landUser         the row's first land user's name, empty when none
 * @param link             the row's first land user's link to a citizen; empty when none
 */
public record RowResult(long line, String rowNo, String communeAsWritten, String landUser, Optional<UserLink> link) {
    /**
     * Checks for nulls.
     *
     * @param line the 1-based line in the register file
     * @param rowNo the register's own row number, empty when it has none
     * @param communeAsWritten the commune code as the row wrote it
     * @param landUser the row's first land user's name, empty when none
     * @param link the row's first land user's link to a citizen; empty when none
     */
    public RowResult {
        Objects.requireNonNull(rowNo, "rowNo");
        Objects.requireNonNull(communeAsWritten, "communeAsWritten");
        Objects.requireNonNull(landUser, "landUser");
        Objects.requireNonNull(link, "link");
    }
}
