package org.parcelrecon.reconcile.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parcelrecon.reconcile.history.RecordChange;
import org.parcelrecon.reconcile.history.RunHistory;

/**
 * The first changes of each kind, as a diff hands them over in key order: at most {@code limit} per kind, so a
 * province's two million changes cost the report no more than a page; the counts come from the diff itself.
 * Listed regressions first ({@link #ORDER}).
 *
 * <p>Not thread-safe.
 */
final class ChangeSample implements RunHistory.ChangeSink {
    /** The order in which the report lists the kinds: what got worse first, what got better last. */
    static final List<RecordChange.Kind> ORDER = List.of(RecordChange.Kind.REGRESSED, RecordChange.Kind.STATUS_MOVED,
            RecordChange.Kind.REASONS_CHANGED, RecordChange.Kind.NEW, RecordChange.Kind.VANISHED,
            RecordChange.Kind.BECAME_CLEAN);

    private final int limit;
    private final Map<RecordChange.Kind, List<RecordChange>> kept = new EnumMap<>(RecordChange.Kind.class);

    ChangeSample(int limit) {
        this.limit = limit;
    }

    @Override
    public void accept(RecordChange change) {
        List<RecordChange> list = kept.computeIfAbsent(change.kind(), k -> new ArrayList<>());
        if (list.size() < limit) {
            list.add(change);
        }
    }

    /** The kept changes, kinds in {@link #ORDER}, each kind in key order. */
    List<RecordChange> inOrder() {
        List<RecordChange> out = new ArrayList<>();
        for (RecordChange.Kind k : ORDER) {
            out.addAll(kept.getOrDefault(k, List.of()));
        }
        return out;
    }

    /** The changes kept of one kind. */
    int kept(RecordChange.Kind kind) {
        return kept.getOrDefault(kind, List.of()).size();
    }
}
