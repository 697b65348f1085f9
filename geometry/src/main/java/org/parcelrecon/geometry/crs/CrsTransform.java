package org.parcelrecon.geometry.crs;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms coordinates from one {@link Crs} to another, datum shift included (via WGS 84 with each side's
 * {@code +towgs84}).
 *
 * <pre>{@code
 * CrsTransform t = CrsTransform.between(Crs.WGS84, Crs.parse("vn2000:quang-ninh"));
 * t.apply(107.75, 21.00);     // (499804.907, 2322956.066), to the millimetre of PROJ 9.1.1
 * t.inverse().apply(499804.907229, 2322956.065825);   // (107.75, 21.00)
 * t.apply(Double.NaN, 21.0);  // (NaN, NaN): a point that cannot be transformed comes out as NaN
 * }</pre>
 *
 * <p>A point that proj4j cannot transform (out of the projection's domain, NaN input) becomes {@code (NaN, NaN)}
 * rather than an exception, so one broken vertex does not stop a map; readers and map QA report NaN coordinates.
 * Geometric degrees are x = longitude, y = latitude. Z values are kept unchanged.
 *
 * <p>Immutable and thread-safe: each call builds its own proj4j transform state. Transforming a geometry builds it
 * once per geometry, so prefer {@link #apply(Geometry)} over looping on points.
 */
public final class CrsTransform {
    private final Crs source;
    private final Crs target;

    private CrsTransform(Crs source, Crs target) {
        this.source = source;
        this.target = target;
    }

    /**
     * {@return the transform from {@code source} to {@code target} coordinates}
     *
     * @param source the CRS coordinates are in
     * @param target the CRS they go to
     */
    public static CrsTransform between(Crs source, Crs target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        return new CrsTransform(source, target);
    }

    /** {@return the CRS coordinates are read in} */
    public Crs source() {
        return source;
    }

    /** {@return the CRS coordinates are written in} */
    public Crs target() {
        return target;
    }

    /** {@return true when both sides have the same definition, so {@link #apply} returns its input unchanged} */
    public boolean isIdentity() {
        return source.equals(target);
    }

    /** {@return the transform back} */
    public CrsTransform inverse() {
        return new CrsTransform(target, source);
    }

    /**
     * {@return one point; {@code (NaN, NaN)} when it cannot be transformed}
     *
     * @param x the easting or longitude in the source CRS
     * @param y the northing or latitude in the source CRS
     */
    public Coordinate apply(double x, double y) {
        if (isIdentity()) {
            return new Coordinate(x, y);
        }
        ProjCoordinate out = new ProjCoordinate();
        transformInto(newState(), new ProjCoordinate(x, y), out);
        return new Coordinate(out.x, out.y);
    }

    /**
     * {@return a copy of {@code geometry} in the target CRS (same factory, user data kept)} Vertices that cannot be
     * transformed become NaN. The identity transform returns a copy too.
     *
     * @param geometry a geometry in the source CRS
     */
    public Geometry apply(Geometry geometry) {
        Objects.requireNonNull(geometry, "geometry");
        Geometry copy = geometry.copy();
        if (isIdentity() || copy.isEmpty()) {
            return copy;
        }
        BasicCoordinateTransform state = newState();
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                transformInto(state, in, out);
                seq.setOrdinate(i, CoordinateSequence.X, out.x);
                seq.setOrdinate(i, CoordinateSequence.Y, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    private BasicCoordinateTransform newState() {
        return new BasicCoordinateTransform(source.definition(), target.definition());
    }

    private static void transformInto(BasicCoordinateTransform state, ProjCoordinate in, ProjCoordinate out) {
        if (!Double.isFinite(in.x) || !Double.isFinite(in.y)) {
            out.x = Double.NaN;
            out.y = Double.NaN;
            return;
        }
        try {
            state.transform(in, out);
            if (!Double.isFinite(out.x) || !Double.isFinite(out.y)) {
                out.x = Double.NaN;
                out.y = Double.NaN;
            }
        } catch (Proj4jException | ArithmeticException e) {
            out.x = Double.NaN;
            out.y = Double.NaN;
        }
    }

    @Override
    public String toString() {
        return source.id() + " -> " + target.id();
    }
}
