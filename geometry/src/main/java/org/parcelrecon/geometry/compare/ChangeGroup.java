package org.parcelrecon.geometry.compare;

import org.parcelrecon.core.evidence.ChangeClass;
import java.util.List;
import java.util.Objects;
import org.parcelrecon.geometry.io.ParcelFeature;

/**
 * One row of a map comparison: a connected group of old and new parcels that overlap significantly, and how it
 * changed. Every parcel of both maps is in exactly one group.
 *
 * <p>Example (CSV form, see {@code ResultFiles}):
 * {@code SPLIT,12/45,12/101|12/102,true,0.987,310.2,309.8,-0.13,2.41,0.22,12/45,12/101|12/102,false,}: old
 * parcel 12/45 split in two new plot numbers, areas almost conserved, the new dividing line 2.41 m from the old
 * boundary (that is what the Hausdorff distance measures for a split). Measures that do not apply are NaN (written empty): IoU,
 * Hausdorff and centroid shift of a NEW or REMOVED parcel, the area change of a NEW one.
 *
 * @param type          the kind of change
 * @param oldParcels    the old parcels, in old-map order (empty for NEW); geometries as read (repaired when invalid),
 *                      before the offset
 * @param newParcels    the new parcels, in new-map order (empty for REMOVED)
 * @param renumbered    true when both sides have numbers and no new parcel keeps an old parcel's number (for 1:1,
 *                      simply: the numbers differ): sheet/plot compared ignoring leading zeros, or the ids when
 *                      {@link CompareOptions#idsAreNumbers()}
 * @param note          what a person should know about the group's parcels, empty when nothing: each repaired
 *                      polygon (the validity error, where, and its area as drawn and repaired), a polygon without
 *                      a usable id, a feature repeated (same id, same polygon: counted once), a repair that left no
 *                      area; e.g. {@code old 265C-25: invalid polygon repaired (Ring Self-intersection at ...)}
 * @param iou           intersection over union of the old and new parcels after removing the offset, in [0, 1]
 * @param areaOld       total area of the old parcels (m²)
 * @param areaNew       total area of the new parcels (m²)
 * @param areaChangePct (areaNew − areaOld) / areaOld, in percent
 * @param hausdorff     discrete Hausdorff distance between old (offset removed) and new boundaries (m)
 * @param centroidShift distance between the area-weighted centroids of the old (offset removed) and new parcels (m)
 * @param fastPath      true when the 1:1 pair matched vertex by vertex within tolerance and the overlay was skipped:
 *                      IoU is then estimated from the vertex displacements and Hausdorff is the largest one (an
 *                      upper bound)
 */
public record ChangeGroup(ChangeClass type, List<ParcelFeature> oldParcels, List<ParcelFeature> newParcels,
                          boolean renumbered, double iou, double areaOld, double areaNew, double areaChangePct,
                          double hausdorff, double centroidShift, boolean fastPath, String note) {
    /**
     * Copies the lists and checks that the group holds at least one parcel.
     *
     * @param type the kind of change
     * @param oldParcels the old parcels, in old-map order (empty for NEW); geometries as read (repaired when invalid),
     *     before the offset
     * @param newParcels the new parcels, in new-map order (empty for REMOVED)
     * @param renumbered true when both sides have numbers and no new parcel keeps an old parcel's number (for 1:1,
     *     simply: the numbers differ): sheet/plot compared ignoring leading zeros, or the ids when {@link
     *     CompareOptions#idsAreNumbers()}
     * @param iou intersection over union of the old and new parcels after removing the offset, in [0, 1]
     * @param areaOld total area of the old parcels (m²)
     * @param areaNew total area of the new parcels (m²)
     * @param areaChangePct (areaNew − areaOld) / areaOld, in percent
     * @param hausdorff discrete Hausdorff distance between old (offset removed) and new boundaries (m)
     * @param centroidShift distance between the area-weighted centroids of the old (offset removed) and new parcels (m)
     * @param fastPath true when the 1:1 pair matched vertex by vertex within tolerance and the overlay was skipped:
     *     IoU is then estimated from the vertex displacements and Hausdorff is the largest one (an upper bound)
     * @param note what a person should know about the group's parcels, empty when nothing: each repaired polygon (the
     *     validity error, where, and its area as drawn and repaired), a polygon without a usable id, a feature
     *     repeated (same id, same polygon: counted once), a repair that left no area; e.g. {@code old 265C-25: invalid
     *     polygon repaired (Ring Self-intersection at ...)}
     */
    public ChangeGroup {
        Objects.requireNonNull(type, "type");
        oldParcels = List.copyOf(oldParcels);
        newParcels = List.copyOf(newParcels);
        Objects.requireNonNull(note, "note");
        if (oldParcels.isEmpty() && newParcels.isEmpty()) {
            throw new IllegalArgumentException("a change group holds at least one parcel");
        }
    }

    /** {@return the old parcels' ids, in order} */
    public List<String> oldIds() {
        return oldParcels.stream().map(ParcelFeature::id).toList();
    }

    /** {@return the new parcels' ids, in order} */
    public List<String> newIds() {
        return newParcels.stream().map(ParcelFeature::id).toList();
    }
}
