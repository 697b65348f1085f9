package org.parcelrecon.reconcile.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one record's verdict differs between two runs. A side is empty when the record was not in that run.
 *
 * @param kind        what happened
 * @param communeCode the record's commune code
 * @param sheet       its sheet number
 * @param plot        its plot number
 * @param before      its verdict in the earlier run
 * @param after       its verdict in the later run
 */
public record RecordChange(Kind kind, String communeCode, String sheet, String plot, Optional<Verdict> before,
                           Optional<Verdict> after) {
    /**
     * Checks that the sides fit the kind.
     *
     * @param kind what happened
     * @param communeCode the record's commune code
     * @param sheet its sheet number
     * @param plot its plot number
     * @param before its verdict in the earlier run
     * @param after its verdict in the later run
     */
    public RecordChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(plot, "plot");
        if (before.isEmpty() != (kind == Kind.NEW) || after.isEmpty() != (kind == Kind.VANISHED)) {
            throw new IllegalArgumentException(kind + " with before " + before + " and after " + after);
        }
    }

    /** {@return the reason codes the later run gives that the earlier did not, in the later run's order} */
    public List<String> newReasons() {
        List<String> was = before.map(Verdict::reasonCodes).orElse(List.of());
        List<String> out = new ArrayList<>();
        for (String code : after.map(Verdict::reasonCodes).orElse(List.of())) {
            if (!was.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    /** What happened to a record between two runs. */
    public enum Kind {
        /** Not CLEAN before, CLEAN now. */
        BECAME_CLEAN,
        /** CLEAN before, not now. */
        REGRESSED,
        /** Another status that is not CLEAN, e.g. CONFLICT to REVIEW. */
        STATUS_MOVED,
        /** The same status (not CLEAN), other reason codes. */
        REASONS_CHANGED,
        /** Only in the later run. */
        NEW,
        /** Only in the earlier run. */
        VANISHED
    }

    /**
     * A record's verdict in one run.
     *
     * @param lines   its register lines joined with {@code |}; empty for a map parcel nobody registered
     * @param status  its status's name
     * @param score   its score
     * @param reasons its distinct reason codes joined with {@code ;}
     */
    public record Verdict(String lines, String status, int score, String reasons) {
        /**
         * Checks for nulls.
         *
         * @param lines its register lines joined with {@code |}; empty for a map parcel nobody registered
         * @param status its status's name
         * @param score its score
         * @param reasons its distinct reason codes joined with {@code ;}
         */
        public Verdict {
            Objects.requireNonNull(lines, "lines");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reasons, "reasons");
        }

        /** {@return the reason codes, in order} */
        public List<String> reasonCodes() {
            return reasons.isEmpty() ? List.of() : List.of(reasons.split(";"));
        }
    }
}
