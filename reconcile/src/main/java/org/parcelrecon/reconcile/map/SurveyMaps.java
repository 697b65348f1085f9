package org.parcelrecon.reconcile.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.geometry.compare.ChangeGroup;
import org.parcelrecon.geometry.compare.ComparisonResult;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadRepair;
import org.parcelrecon.geometry.qa.PolygonValidity;

/**
 * The cadastral map(s) of a run, indexed for the register: the new survey by (today's commune, sheet, plot), and,
 * when there is an old survey and a comparison of the two, the old survey's keys with the change group each old
 * parcel belongs to.
 *
 * <p>A map parcel's land-use code is its {@code loai_dat} attribute (also read: {@code land_use},
 * {@code land_use_code}, {@code muc_dich_su_dung}, {@code mdsd}), when the map has one.
 *
 * <p>A map parcel's commune is its {@code commune_code} attribute (also read: {@code ma_xa}, {@code ma_dvhc},
 * {@code commune}, {@code xa}), read as today's code through the 2025 crosswalk. A map without any commune attribute
 * covers one commune: its keys are then sheet and plot alone, and a register key finds its parcel whatever commune
 * it names. Sheet and plot compare without leading zeros and case ({@link ParcelFeature#sheetPlotKey()}).
 *
 * <p>How a register key is resolved ({@link #match}): on the new map under any of the row's commune candidates;
 * else on the old map, and then through the old parcel's change group to the new parcels it became (renumbered,
 * split, merged, re-cut) or to none (removed); else nowhere.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class SurveyMaps {
    /** The commune written for parcels and keys of a map that names no commune. */
    public static final String NO_COMMUNE = "-";

    private final ParcelLayer newMap;
    private final Optional<String> landUseProperty;
    private final boolean communes;
    private final Map<String, int[]> newByKey;
    private final Map<String, Integer> oldByKey;
    private final int[] groupOfOld;
    private final List<ChangeGroup> groups;
    private final Map<String, Integer> newIndexById;

    private SurveyMaps(ParcelLayer newMap, Optional<ParcelLayer> oldMap, Optional<ComparisonResult> comparison,
                       AdministrativeUnits units) {
        this.newMap = newMap;
        List<ParcelFeature> features = newMap.features();
        Optional<String> newCommuneProperty = MapAttributes.find(features, MapAttributes.COMMUNE);
        this.landUseProperty = MapAttributes.find(features, MapAttributes.LAND_USE);
        Optional<String> oldCommuneProperty = oldMap.flatMap(m -> MapAttributes.find(m.features(),
                MapAttributes.COMMUNE));
        this.communes = newCommuneProperty.isPresent() || oldCommuneProperty.isPresent();
        this.newByKey = new HashMap<>(features.size() * 2);
        this.newIndexById = new HashMap<>(features.size() * 2);
        CommuneCodes codes = new CommuneCodes(units);
        for (int i = 0; i < features.size(); i++) {
            ParcelFeature f = features.get(i);
            String commune = commune(f, newCommuneProperty, codes);
            newIndexById.putIfAbsent(f.id(), i);
            Optional<String> sp = f.sheetPlotKey();
            if (sp.isPresent()) {
                newByKey.merge(commune + "/" + sp.get(), new int[] {i}, SurveyMaps::append);
            }
        }
        if (oldMap.isPresent() && comparison.isPresent()) {
            List<ParcelFeature> old = oldMap.get().features();
            this.oldByKey = new HashMap<>(old.size() * 2);
            this.groupOfOld = new int[old.size()];
            java.util.Arrays.fill(groupOfOld, -1);
            Map<String, Integer> oldIndexById = new HashMap<>(old.size() * 2);
            for (int i = 0; i < old.size(); i++) {
                ParcelFeature f = old.get(i);
                oldIndexById.putIfAbsent(f.id(), i);
                Optional<String> sp = f.sheetPlotKey();
                if (sp.isPresent()) {
                    oldByKey.putIfAbsent(commune(f, oldCommuneProperty, codes) + "/" + sp.get(), i);
                }
            }
            this.groups = comparison.get().groups();
            for (int g = 0; g < groups.size(); g++) {
                for (ParcelFeature f : groups.get(g).oldParcels()) {
                    Integer i = oldIndexById.get(f.id());
                    if (i != null) {
                        groupOfOld[i] = g;
                    }
                }
            }
        } else {
            this.oldByKey = Map.of();
            this.groupOfOld = new int[0];
            this.groups = List.of();
        }
    }

    /**
     * {@return the new map alone: register keys that are not on it find nothing}
     *
     * @param newMap the new survey's parcels
     * @param units the province's units, to resolve the commune attribute
     */
    public static SurveyMaps of(ParcelLayer newMap, AdministrativeUnits units) {
        return new SurveyMaps(Objects.requireNonNull(newMap, "newMap"), Optional.empty(), Optional.empty(),
                Objects.requireNonNull(units, "units"));
    }

    /**
     * {@return the new map with the old survey and their comparison ({@code MapComparison.compare(oldMap, newMap,
     * ...)})}
     *
     * @param newMap the new survey's parcels
     * @param oldMap the old survey's parcels
     * @param comparison the comparison of the two
     * @param units the province's units, to resolve the commune attribute
     */
    public static SurveyMaps of(ParcelLayer newMap, ParcelLayer oldMap, ComparisonResult comparison,
                                AdministrativeUnits units) {
        return new SurveyMaps(Objects.requireNonNull(newMap, "newMap"), Optional.of(oldMap), Optional.of(comparison),
                Objects.requireNonNull(units, "units"));
    }

    /** {@return the new map} */
    public ParcelLayer newMap() {
        return newMap;
    }

    /** {@return whether the maps name communes (else every key is sheet and plot alone)} */
    public boolean hasCommunes() {
        return communes;
    }

    /**
     * {@return where a register key leads}
     *
     * @param communeCandidates today's commune codes the row may be in, best first
     * @param sheetPlot         {@code sheet/plot} without leading zeros
     */
    public MapMatch match(List<String> communeCandidates, String sheetPlot) {
        String key = sheetPlot.toUpperCase(Locale.ROOT);
        for (String c : communeCandidates) {
            int[] found = newByKey.get(communeKey(c) + "/" + key);
            if (found != null) {
                return new MapMatch(c, indices(found), Optional.empty());
            }
        }
        for (String c : communeCandidates) {
            Integer old = oldByKey.get(communeKey(c) + "/" + key);
            if (old != null && groupOfOld[old] >= 0) {
                ChangeGroup group = groups.get(groupOfOld[old]);
                List<Integer> news = new ArrayList<>(group.newParcels().size());
                for (ParcelFeature f : group.newParcels()) {
                    Integer i = newIndexById.get(f.id());
                    if (i != null) {
                        news.add(i);
                    }
                }
                return new MapMatch(c, news, Optional.of(change(group)));
            }
        }
        return new MapMatch(communeCandidates.get(0), List.of(), Optional.empty());
    }

    /**
     * {@return the figures rules see for a new-map parcel}
     *
     * @param newParcel a parcel's index on the new map
     */
    public MapParcel mapParcel(int newParcel) {
        ParcelFeature f = newMap.features().get(newParcel);
        Optional<String> invalid = PolygonValidity.problem(f.geometry());
        List<String> problems = readProblems(f);
        invalid.ifPresent(problems::add);
        // an invalid polygon's own area means nothing (a bow-tie's lobes cancel): measure it repaired
        double area = (invalid.isPresent() ? PolygonValidity.repaired(f.geometry()) : f.geometry()).getArea();
        MapParcel parcel = new MapParcel(f.id(), Double.isFinite(area) ? area : 0, f.sheet().orElse(""),
                f.plot().orElse(""), problems);
        String landUse = landUseProperty.map(p -> f.properties().get(p)).orElse(null);
        return landUse == null || landUse.isBlank() ? parcel : parcel.withLandUseCode(landUse.strip());
    }

    /** Rings the reader had to mend before the polygon could exist, in words. */
    private static List<String> readProblems(ParcelFeature f) {
        List<String> problems = new ArrayList<>(1);
        for (ReadRepair r : f.readRepairs()) {
            switch (r) {
                case RING_CLOSED -> problems.add("a ring was not closed (the reader closed it)");
                case SHORT_RING_DROPPED -> problems.add("a ring had fewer than 4 points (the reader dropped it)");
                case ID_MISSING -> { } // not the polygon's problem; the parcel's id is "#n"
            }
        }
        return problems;
    }

    private String communeKey(String commune) {
        return communes ? commune : NO_COMMUNE;
    }

    /**
     * The change of an old parcel's group, as the register sees it: the register still names the old parcel, so a
     * 1:1 group (UNCHANGED, MODIFIED) means the numbers changed; other groups say what happened to the land.
     */
    static ParcelChange change(ChangeGroup group) {
        ParcelChange.Builder b = ParcelChange.builder(group.type());
        boolean oneToOne = group.oldParcels().size() == 1 && group.newParcels().size() == 1;
        b.renumbered(oneToOne || group.renumbered());
        if (Double.isFinite(group.areaChangePct())) {
            b.areaChangePercent(group.areaChangePct());
        }
        for (ParcelFeature f : group.oldParcels()) {
            b.addOldParcelId(f.id());
        }
        return b.build();
    }

    /** Today's commune of a parcel ({@link #NO_COMMUNE} when the maps name none or the parcel has none). */
    private String commune(ParcelFeature f, Optional<String> property, CommuneCodes codes) {
        if (!communes || property.isEmpty()) {
            return NO_COMMUNE;
        }
        return codes.today(f.properties().get(property.get()));
    }

    private static List<Integer> indices(int[] found) {
        List<Integer> out = new ArrayList<>(found.length);
        for (int i : found) {
            out.add(i);
        }
        return out;
    }

    private static int[] append(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
