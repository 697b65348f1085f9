package org.parcelrecon.geometry.qa;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.parcelrecon.geometry.internal.Polygons;
import org.parcelrecon.geometry.internal.QuickValidity;

/**
 * One polygon's validity, as PostGIS's {@code ST_IsValid} judges it (JTS {@link IsValidOp}), decided quickly for the
 * common parcel (a simple ring of a few dozen vertices), and the repair {@code check-map} and {@code compare-maps}
 * apply to an invalid one (it keeps the area and shape the linework encloses).
 * <pre>
 *   problem(square)  → empty
 *   problem(bow-tie) → "Self-intersection at (5.0 5.0)"
 *   repaired(bow-tie).getArea() → the two triangles' area, where the bow-tie's own getArea() says 0
 * </pre>
 * Stateless; thread-safe.
 */
public final class PolygonValidity {
    private PolygonValidity() {
    }

    /**
     * What makes the polygon invalid, in words with where (easting and northing to 0.1), or empty when it is valid.
     *
     * @param polygon a polygonal geometry
     * @return JTS's validation error as text, e.g. {@code "Self-intersection at (5.0 5.0)"}
     */
    public static Optional<String> problem(Geometry polygon) {
        Objects.requireNonNull(polygon, "polygon");
        if (polygon.isEmpty() || QuickValidity.isValid(polygon)) {
            return Optional.empty();
        }
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error == null) {
            return Optional.empty();
        }
        Coordinate at = error.getCoordinate();
        return Optional.of(at == null ? error.getMessage()
                : String.format(Locale.ROOT, "%s at (%.1f %.1f)", error.getMessage(), at.getX(), at.getY()));
    }

    /**
     * The polygon repaired as the map commands repair it (polygonised linework, faces kept by the even-odd rule);
     * a valid polygon comes back unchanged.
     *
     * @param polygon a polygonal geometry
     * @return a valid polygonal geometry
     */
    public static Geometry repaired(Geometry polygon) {
        Objects.requireNonNull(polygon, "polygon");
        return problem(polygon).isEmpty() ? polygon : Polygons.repair(polygon);
    }
}
