package org.parcelrecon.testkit.generate;

import org.parcelrecon.core.evidence.ChangeClass;

/**
 * The changes the generator makes between the old survey and the new one, each with its default rate.
 *
 * <p>A rate is the probability that a given base parcel <em>starts</em> a change of that kind (for {@link #NEW}:
 * that a base parcel was not surveyed the first time). The generator walks each row of parcels in a block from
 * one end to the other and draws one kind per parcel not yet taken by an earlier change; a change that needs
 * neighbours (a merge, a re-parcelling, a moved boundary) or room (a split) that is not there is dropped and the
 * parcel stays unchanged. So the observed share of a kind can fall slightly below its rate.
 *
 * <p>The defaults are assumptions, not measurements: no published statistics of change between two Vietnamese
 * cadastral surveys were found. They give 85-90% unchanged parcels, as the task that asked for this generator
 * suggests, and enough of every kind to test a change classifier on a few thousand parcels.
 *
 * <table>
 *   <caption>Kinds, the change class the truth records, and default rates</caption>
 *   <tr><th>kind</th><th>what happens</th><th>truth class</th><th>default</th></tr>
 *   <tr><td>{@link #SPLIT_2}</td><td>one parcel cut into two (tách thửa)</td><td>SPLIT</td><td>0.025</td></tr>
 *   <tr><td>{@link #SPLIT_3}</td><td>one parcel cut into three</td><td>SPLIT</td><td>0.006</td></tr>
 *   <tr><td>{@link #MERGE_2}</td><td>two neighbours joined (hợp thửa)</td><td>MERGED</td><td>0.012</td></tr>
 *   <tr><td>{@link #MERGE_3}</td><td>three neighbours joined</td><td>MERGED</td><td>0.004</td></tr>
 *   <tr><td>{@link #REPARCEL}</td><td>2-4 neighbours re-cut into 2-4 parcels whose boundaries do not line up
 *       (dồn điền đổi thửa)</td><td>REPARCELLED</td><td>0.008</td></tr>
 *   <tr><td>{@link #BOUNDARY_ADJUSTED}</td><td>the boundary between two neighbours moved by 0.5-1.5 m (urban) or
 *       1-4 m (rural); both are modified</td><td>MODIFIED</td><td>0.025</td></tr>
 *   <tr><td>{@link #RENUMBERED}</td><td>same land, new plot number</td><td>UNCHANGED, renumbered</td><td>0.015</td></tr>
 *   <tr><td>{@link #REMOVED}</td><td>the parcel became road: not on the new map</td><td>REMOVED</td><td>0.004</td></tr>
 *   <tr><td>{@link #NEW}</td><td>not surveyed the first time: only on the new map</td><td>NEW</td><td>0.008</td></tr>
 * </table>
 *
 * <p>Parcels made by a split, merge or re-parcelling get new plot numbers after the highest number of their
 * sheet, as do renumbered and new parcels; unchanged and modified parcels keep theirs.
 */
public enum ChangeKind {
    /** One parcel cut into two. */
    SPLIT_2(0.025, ChangeClass.SPLIT),
    /** One parcel cut into three. */
    SPLIT_3(0.006, ChangeClass.SPLIT),
    /** Two neighbouring parcels joined into one. */
    MERGE_2(0.012, ChangeClass.MERGED),
    /** Three neighbouring parcels joined into one. */
    MERGE_3(0.004, ChangeClass.MERGED),
    /** Two to four neighbours re-cut into two to four parcels with boundaries that do not line up. */
    REPARCEL(0.008, ChangeClass.REPARCELLED),
    /** The boundary between two neighbours moved by a few metres; both parcels are modified. */
    BOUNDARY_ADJUSTED(0.025, ChangeClass.MODIFIED),
    /** Same land, new plot number. */
    RENUMBERED(0.015, ChangeClass.UNCHANGED),
    /** The parcel became road and is not on the new map. */
    REMOVED(0.004, ChangeClass.REMOVED),
    /** The parcel was not surveyed the first time and is only on the new map. */
    NEW(0.008, ChangeClass.NEW);

    private final double defaultRate;
    private final ChangeClass changeClass;

    ChangeKind(double defaultRate, ChangeClass changeClass) {
        this.defaultRate = defaultRate;
        this.changeClass = changeClass;
    }

    /** {@return the rate {@link ChangeRates#defaults()} uses} */
    public double defaultRate() {
        return defaultRate;
    }

    /** {@return the change class the truth files record for the parcels involved} */
    public ChangeClass changeClass() {
        return changeClass;
    }
}
