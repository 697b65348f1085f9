package org.parcelrecon.core.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parcel of the cadastral map (bản đồ địa chính) as plain figures: no geometry.
 * <pre>{@code
 * new MapParcel("QN-06979-12-345", 150.3, "12", "345", List.of())
 * new MapParcel("QN-06979-12-346", 88.0, "12", "346", List.of("self-intersecting ring"))
 * MapParcel.of("QN-06979-12-345", 150.3, "12", "345").withLandUseCode("ODT")
 * }</pre>
 *
 * @param parcelId         the parcel's id in the map data
 * @param areaM2           the area computed from the polygon, in m² (in the projected VN-2000 zone); finite, not negative
 * @param sheet            the sheet number carried by the map parcel
 * @param plot             the plot number carried by the map parcel
 * @param validityProblems map-QA problems of the polygon (e.g. {@code "self-intersecting ring"}); empty when valid
 * @param landUseCode      the land-use code (loại đất) the map carries for the parcel, as written, when it has one
 */
public record MapParcel(String parcelId, double areaM2, String sheet, String plot, List<String> validityProblems,
                        Optional<String> landUseCode) {
    /**
     * Checks the fields and copies the list.
     *
     * @param parcelId the parcel's id in the map data
     * @param areaM2 the area computed from the polygon, in m² (in the projected VN-2000 zone); finite, not negative
     * @param sheet the sheet number carried by the map parcel
     * @param plot the plot number carried by the map parcel
     * @param validityProblems map-QA problems of the polygon (e.g. {@code "self-intersecting ring"}); empty when valid
     * @param landUseCode the land-use code (loại đất) the map carries for the parcel, as written, when it has one
     */
    public MapParcel {
        Checks.notBlank(parcelId, "parcelId");
        Checks.area(areaM2, "areaM2");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(plot, "plot");
        validityProblems = List.copyOf(validityProblems);
        Objects.requireNonNull(landUseCode, "landUseCode");
    }

    /**
     * A map parcel without a land-use code.
     *
     * @param parcelId the parcel's id in the map data
     * @param areaM2 the area computed from the polygon, in m² (in the projected VN-2000 zone); finite, not negative
     * @param sheet the sheet number carried by the map parcel
     * @param plot the plot number carried by the map parcel
     * @param validityProblems map-QA problems of the polygon (e.g. {@code "self-intersecting ring"}); empty when valid
     */
    public MapParcel(String parcelId, double areaM2, String sheet, String plot, List<String> validityProblems) {
        this(parcelId, areaM2, sheet, plot, validityProblems, Optional.empty());
    }

    /**
     * {@return a valid map parcel}
     *
     * @param parcelId the parcel's id in the map data
     * @param areaM2 the area computed from the polygon, in m² (in the projected VN-2000 zone); finite, not negative
     * @param sheet the sheet number carried by the map parcel
     * @param plot the plot number carried by the map parcel
     */
    public static MapParcel of(String parcelId, double areaM2, String sheet, String plot) {
        return new MapParcel(parcelId, areaM2, sheet, plot, List.of());
    }

    /**
     * {@return this parcel with the land-use code the map carries for it}
     *
     * @param code the land-use code as the map writes it
     */
    public MapParcel withLandUseCode(String code) {
        return new MapParcel(parcelId, areaM2, sheet, plot, validityProblems, Optional.of(code));
    }

    /** {@return whether map QA found nothing wrong with the polygon} */
    public boolean isValid() {
        return validityProblems.isEmpty();
    }
}
