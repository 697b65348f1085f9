package org.parcelrecon.reconcile.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.SummaryRow;
import org.parcelrecon.reconcile.campaign.CampaignProfile;
import org.parcelrecon.reconcile.history.RecordChange;
import org.parcelrecon.reconcile.history.RunDiff;

/**
 * Renders the report page from the bundled Mustache template {@value #TEMPLATE} (markup, CSS and script are all
 * there): this class only turns the run's numbers into the template's view, whose records below are what the
 * template names. Every number of the commune table comes from the summary rows {@code summary.csv} is written from.
 */
final class HtmlReport {
    static final String TEMPLATE = "report.html.mustache";
    private static final Template PAGE = compile();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private HtmlReport() {
    }

    static void render(ReportRun run, Map<String, Long> reasons, Map<String, String> firstMessages,
                       List<CommuneMap> maps, ChangeSample changes, Writer out) throws IOException {
        ReconcileResult result = run.result();
        SummaryRow province = result.province();
        List<CommuneView> communes = new ArrayList<>();
        for (SummaryRow s : result.summary()) {
            if (s.level().equals("commune")) {
                communes.add(communeView(s, run));
            }
        }
        View view = new View(run.title(), WHEN.format(run.finished()), result.registerSource(),
                number(result.registerRowsRead()), number(result.rejectedRegisterRows()),
                communeView(province, run), communes, reasonViews(reasons, firstMessages, province.records()),
                run.campaign().profile().name(), changeView(run.diff(), changes),
                maps.stream().mapToLong(CommuneMap::flagged).sum() > 0, mapJson(maps),
                mapNote(maps));
        try {
            PAGE.execute(view, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static CommuneView communeView(SummaryRow s, ReportRun run) {
        long records = s.records();
        List<Long> placed = run.campaign().counts(s);
        long level1 = placed.get(CampaignProfile.Placement.LEVEL1.ordinal());
        RunDiff diff = run.diff();
        boolean compared = diff.before().isPresent();
        RunDiff.Counts c = diff.area(s);
        List<StatusView> bars = new ArrayList<>();
        for (Status st : Status.values()) {
            long n = s.count(st);
            bars.add(new StatusView(st.name(), st.name().toLowerCase(Locale.ROOT), n, number(n),
                    String.format(Locale.ROOT, "%.3f", records == 0 ? 0.0 : 100.0 * n / records),
                    percent(n, records)));
        }
        long cleanChange = s.count(Status.CLEAN) - c.cleanBefore();
        return new CommuneView(s.communeCode(), s.records(), number(s.records()), bars,
                String.format(Locale.ROOT, "%.4f", s.shareClean()), percent(s.count(Status.CLEAN), records),
                level1, number(level1), percent(level1, records),
                number(placed.get(CampaignProfile.Placement.GROUP2.ordinal())),
                number(placed.get(CampaignProfile.Placement.GROUP3.ordinal())),
                compared, compared ? cleanChange : 0, compared ? signed(cleanChange) : "",
                compared ? c.regressed() : 0, compared ? number(c.regressed()) : "",
                compared ? c.becameClean() : 0, compared ? number(c.becameClean()) : "");
    }

    private static List<ReasonView> reasonViews(Map<String, Long> reasons, Map<String, String> firstMessages,
                                                long records) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(reasons.entrySet());
        sorted.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey)); // the summary's order of top reasons
        List<ReasonView> out = new ArrayList<>();
        int rank = 0;
        for (Map.Entry<String, Long> e : sorted) {
            String code = e.getKey();
            String text = ReasonTexts.of(code).orElseGet(() -> "(" + code + ", a rule of this installation) e.g. "
                    + firstMessages.getOrDefault(code, ""));
            out.add(new ReasonView(++rank, code, e.getValue(), number(e.getValue()), percent(e.getValue(), records),
                    text));
        }
        return out;
    }

    private static ChangesView changeView(RunDiff diff, ChangeSample sample) {
        if (diff.before().isEmpty()) {
            return new ChangesView(false, "", List.of(), List.of(), false);
        }
        RunDiff.Counts p = diff.province();
        Map<RecordChange.Kind, Long> totals = new LinkedHashMap<>();
        totals.put(RecordChange.Kind.REGRESSED, p.regressed());
        totals.put(RecordChange.Kind.STATUS_MOVED, p.statusChanged() - p.regressed() - p.becameClean());
        totals.put(RecordChange.Kind.REASONS_CHANGED, p.reasonsChanged());
        totals.put(RecordChange.Kind.NEW, p.appeared());
        totals.put(RecordChange.Kind.VANISHED, p.vanished());
        totals.put(RecordChange.Kind.BECAME_CLEAN, p.becameClean());
        List<KindView> kinds = new ArrayList<>();
        boolean truncated = false;
        for (RecordChange.Kind k : ChangeSample.ORDER) {
            long total = totals.get(k);
            int shown = sample.kept(k);
            truncated |= shown < total;
            kinds.add(new KindView(k.name(), label(k), total, number(total), shown, number(shown)));
        }
        List<ChangeView> rows = new ArrayList<>();
        for (RecordChange c : sample.inOrder()) {
            rows.add(new ChangeView(c.kind().name(), c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    c.communeCode(), c.sheet(), c.plot(),
                    c.before().map(RecordChange.Verdict::status).orElse("\u2014"),
                    c.after().map(RecordChange.Verdict::status).orElse("\u2014"),
                    c.before().map(RecordChange.Verdict::reasons).orElse(""),
                    c.after().map(RecordChange.Verdict::reasons).orElse(""), String.join(";", c.newReasons())));
        }
        return new ChangesView(true, Long.toString(diff.before().getAsLong()), kinds, rows, truncated);
    }

    private static String label(RecordChange.Kind k) {
        return switch (k) {
            case REGRESSED -> "regressed: clean before, not now";
            case STATUS_MOVED -> "moved between review, conflict and incomplete";
            case REASONS_CHANGED -> "same status, other reasons";
            case NEW -> "new record";
            case VANISHED -> "vanished record";
            case BECAME_CLEAN -> "became clean";
        };
    }

    /**
     * The drawn parcels as one JSON document for the page's script: per commune its code, counts, box and parcels
     * ({@code [label, status, reasons index, path]}), reason lists shared through one table. {@code <} is escaped so
     * the document cannot close its script element.
     */
    private static String mapJson(List<CommuneMap> maps) throws IOException {
        StringWriter w = new StringWriter();
        Map<String, Integer> reasonIndex = new LinkedHashMap<>();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("communes");
            for (CommuneMap m : maps) {
                if (m.flagged() == 0) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("code", m.communeCode());
                g.writeNumberField("flagged", m.flagged());
                g.writeNumberField("drawn", m.drawn().size());
                g.writeArrayFieldStart("box");
                for (long v : m.box()) {
                    g.writeNumber(v);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("parcels");
                for (CommuneMap.Parcel p : m.drawn()) {
                    g.writeStartArray();
                    g.writeString(p.label());
                    g.writeString(p.status().name());
                    g.writeNumber(reasonIndex.computeIfAbsent(p.reasons(), k -> reasonIndex.size()));
                    g.writeString(p.path());
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reasons");
            for (String r : reasonIndex.keySet()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString().replace("<", "\\u003c");
    }

    /** How much of the flagged map the page draws, and where the rest is. */
    private static String mapNote(List<CommuneMap> maps) {
        long flagged = maps.stream().mapToLong(CommuneMap::flagged).sum();
        long drawn = maps.stream().mapToLong(m -> m.drawn().size()).sum();
        if (drawn == flagged) {
            return "All " + number(flagged) + " flagged parcels are drawn.";
        }
        return number(drawn) + " of " + number(flagged) + " flagged parcels are drawn: at most "
                + number(maps.get(0).limit()) + " per commune, conflicts first, then incomplete, then review."
                + " Every flagged parcel is in flagged.geojson (open it in QGIS).";
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String signed(long n) {
        return (n > 0 ? "+" : "") + number(n);
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.2f %%", whole == 0 ? 100.0 : 100.0 * part / whole);
    }

    private static Template compile() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the report template is missing from the jar: " + TEMPLATE);
            }
            return Mustache.compiler().escapeHTML(true).strictSections(true)
                    .compile(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TEMPLATE, e);
        }
    }

    /** The page. */
    record View(String title, String finished, String registerSource, String rowsRead, String rowsRejected,
                CommuneView province, List<CommuneView> communes, List<ReasonView> reasons, String profile,
                ChangesView changes, boolean hasMap, String mapJson, String mapNote) {
        boolean hasReasons() {
            return !reasons.isEmpty();
        }
    }

    /** One status of an area: its count and its share, as a bar segment. */
    record StatusView(String status, String css, long count, String countText, String width, String share) {
    }

    /** An area's row: the province's or a commune's. */
    record CommuneView(String code, long records, String recordsText, List<StatusView> statuses, String shareClean,
                       String shareCleanText, long level1, String level1Text, String shareLevel1, String group2,
                       String group3, boolean compared, long cleanChange, String cleanChangeText, long regressed,
                       String regressedText, long becameClean, String becameCleanText) {
    }

    /** A reason code's line. */
    record ReasonView(int rank, String code, long records, String recordsText, String share, String explanation) {
    }

    /** The comparison with the previous run. */
    record ChangesView(boolean compared, String before, List<KindView> kinds, List<ChangeView> rows,
                       boolean truncated) {
    }

    /** The count of one kind of change, and how many of them the table lists. */
    record KindView(String kind, String label, long total, String totalText, int shown, String shownText) {
    }

    /** One changed record. */
    record ChangeView(String kind, String label, String commune, String sheet, String plot, String statusBefore,
                      String statusAfter, String reasonsBefore, String reasonsAfter, String newReasons) {
    }
}
