package org.parcelrecon.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.RecordResult;

/**
 * Progress by area, as a land office reports it: the province first, then each commune followed by its sheets, in
 * commune and sheet order. Built incrementally, commune by commune ({@link #add}), so a province run need not keep
 * its records.
 *
 * <p>Not thread-safe while being built; {@link #rows()} returns an immutable snapshot.
 */
public final class Summary {
    private final Tally province = new Tally();
    private final Map<String, Tally> communes = new TreeMap<>();
    private final Map<String, Map<String, Tally>> sheets = new HashMap<>();

    /**
     * Counts a commune's records.
     *
     * @param commune one commune's verdicts
     */
    public void add(CommuneResult commune) {
        Tally c = communes.computeIfAbsent(commune.communeCode(), k -> new Tally());
        Map<String, Tally> bySheet = sheets.computeIfAbsent(commune.communeCode(), k -> new TreeMap<>(Summary::bySheet));
        for (RecordResult r : commune.records()) {
            Tally s = bySheet.computeIfAbsent(r.key().sheet(), k -> new Tally());
            province.add(r);
            c.add(r);
            s.add(r);
        }
    }

    /** {@return the rows: province, then each commune and its sheets} */
    public List<SummaryRow> rows() {
        List<SummaryRow> out = new ArrayList<>();
        out.add(province.row("province", "", ""));
        for (Map.Entry<String, Tally> c : communes.entrySet()) {
            out.add(c.getValue().row("commune", c.getKey(), ""));
            for (Map.Entry<String, Tally> s : sheets.get(c.getKey()).entrySet()) {
                out.add(s.getValue().row("sheet", c.getKey(), s.getKey()));
            }
        }
        return List.copyOf(out);
    }

    /** {@return the province's row} */
    public SummaryRow province() {
        return province.row("province", "", "");
    }

    private static int bySheet(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty() && a.length() < 10;
        boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty() && b.length() < 10;
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
    }

    private static final class Tally {
        long records;
        long rows;
        final long[] status = new long[Status.values().length];
        final Map<String, Long> reasons = new LinkedHashMap<>();

        void add(RecordResult r) {
            records++;
            rows += r.rows().size();
            status[r.status().ordinal()]++;
            List<Finding> findings = r.scored().findings();
            for (int i = 0; i < findings.size(); i++) {
                String code = findings.get(i).code().value();
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = findings.get(j).code().value().equals(code);
                }
                if (!seen) {
                    reasons.merge(code, 1L, Long::sum);
                }
            }
        }

        SummaryRow row(String level, String commune, String sheet) {
            List<Long> counts = new ArrayList<>(status.length);
            for (long s : status) {
                counts.add(s);
            }
            List<SummaryRow.ReasonCount> top = reasons.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .limit(3).map(e -> new SummaryRow.ReasonCount(e.getKey(), e.getValue())).toList();
            return new SummaryRow(level, commune, sheet, records, rows, counts, top);
        }
    }
}
