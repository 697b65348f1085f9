package org.parcelrecon.testkit.generate;

/**
 * The kind of land a block of parcels is, which sets parcel sizes, land-use codes and owners.
 *
 * <table>
 *   <caption>Sizes (front width × depth, m) and typical codes</caption>
 *   <tr><th>kind</th><th>width</th><th>depth</th><th>area</th><th>codes</th></tr>
 *   <tr><td>URBAN</td><td>4.5-10</td><td>15-24</td><td>70-240 m²</td><td>ODT, TMD</td></tr>
 *   <tr><td>VILLAGE</td><td>14-24</td><td>22-32</td><td>300-770 m²</td><td>ONT, ONT+CLN, CLN</td></tr>
 *   <tr><td>FIELD</td><td>12-55</td><td>30-85</td><td>360-4700 m²</td><td>LUC, LUK, HNK, CLN, NTS, RSX</td></tr>
 * </table>
 */
enum LotKind {
    URBAN(4.5, 10, 15, 24, 60, 110, 1.0, 3.0, 3.0, 0.5, 1.5),
    VILLAGE(14, 24, 22, 32, 120, 220, 2.0, 8.0, 7.0, 1.0, 3.0),
    FIELD(12, 55, 30, 85, 150, 300, 3.0, 8.0, 6.0, 1.0, 4.0);

    final double minWidth;
    final double maxWidth;
    final double minDepth;
    final double maxDepth;
    final double minLength;
    final double maxLength;
    /** Largest difference, in m, between a cut's position on the front and on the middle line. */
    final double cutSlant;
    /** Smallest width of a base parcel on the middle line. */
    final double minMiddleWidth;
    /** Smallest width of a parcel made by a split, a re-parcelling or a moved boundary. */
    final double minChangedWidth;
    final double minBoundaryShift;
    final double maxBoundaryShift;

    LotKind(double minWidth, double maxWidth, double minDepth, double maxDepth, double minLength, double maxLength,
            double cutSlant, double minMiddleWidth, double minChangedWidth, double minBoundaryShift,
            double maxBoundaryShift) {
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.minDepth = minDepth;
        this.maxDepth = maxDepth;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.cutSlant = cutSlant;
        this.minMiddleWidth = minMiddleWidth;
        this.minChangedWidth = minChangedWidth;
        this.minBoundaryShift = minBoundaryShift;
        this.maxBoundaryShift = maxBoundaryShift;
    }
}
