package org.parcelrecon.reconcile.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parcelrecon.reconcile.CommuneSink;
import org.parcelrecon.reconcile.SummaryRow;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.RecordResult;
import org.parcelrecon.reconcile.write.RunFiles;
import org.parcelrecon.reconcile.write.SummaryColumns;

/**
 * Counts a run's parcels by campaign placement ({@link CampaignProfile#place}) per sheet as the communes come (a
 * {@link CommuneSink}, composed with the run's files by {@link CommuneSink#both}), and gives them as
 * {@code summary.csv} columns ({@link #COLUMNS}): {@code level1 + group2 + group3 + not_level1_other = records}.
 *
 * <p>Not thread-safe while counting; a run calls its sink on one thread.
 */
public final class CampaignTally implements CommuneSink, SummaryColumns {
    /** The columns appended to {@code summary.csv}. */
    public static final List<String> COLUMNS = List.of("level1", "share_level1", "group2", "group3",
            "not_level1_other");

    private final CampaignProfile profile;
    private final Map<String, Map<String, long[]>> sheets = new TreeMap<>();

    /**
     * Counts by this profile.
     *
     * @param profile the reason codes that keep a parcel out of level 1 and those of each group
     */
    public CampaignTally(CampaignProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** {@return the profile} */
    public CampaignProfile profile() {
        return profile;
    }

    @Override
    public void accept(CommuneResult commune) {
        Map<String, long[]> bySheet = sheets.computeIfAbsent(commune.communeCode(), k -> new TreeMap<>());
        for (RecordResult r : commune.records()) {
            String codes = RunFiles.codes(r.scored().findings());
            List<String> list = codes.isEmpty() ? List.of() : List.of(codes.split(";"));
            bySheet.computeIfAbsent(r.key().sheet(), k -> new long[CampaignProfile.Placement.values().length])
                    [profile.place(list).ordinal()]++;
        }
    }

    /**
     * {@return the counts per placement, in {@link CampaignProfile.Placement} order, of an area of the summary}
     *
     * @param area a row of the summary: the province, a commune or a sheet
     */
    public List<Long> counts(SummaryRow area) {
        long[] sum = new long[CampaignProfile.Placement.values().length];
        switch (area.level()) {
            case "province" -> sheets.values().forEach(c -> c.values().forEach(s -> add(sum, s)));
            case "commune" -> sheets.getOrDefault(area.communeCode(), Map.of()).values().forEach(s -> add(sum, s));
            default -> {
                long[] s = sheets.getOrDefault(area.communeCode(), Map.of()).get(area.sheet());
                if (s != null) {
                    add(sum, s);
                }
            }
        }
        List<Long> out = new ArrayList<>(sum.length);
        for (long v : sum) {
            out.add(v);
        }
        return out;
    }

    private static void add(long[] sum, long[] s) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += s[i];
        }
    }

    @Override
    public List<String> names() {
        return COLUMNS;
    }

    @Override
    public List<String> values(SummaryRow area) {
        List<Long> c = counts(area);
        long level1 = c.get(CampaignProfile.Placement.LEVEL1.ordinal());
        return List.of(Long.toString(level1),
                String.format(Locale.ROOT, "%.4f", area.records() == 0 ? 1.0 : (double) level1 / area.records()),
                Long.toString(c.get(CampaignProfile.Placement.GROUP2.ordinal())),
                Long.toString(c.get(CampaignProfile.Placement.GROUP3.ordinal())),
                Long.toString(c.get(CampaignProfile.Placement.OTHER.ordinal())));
    }
}
