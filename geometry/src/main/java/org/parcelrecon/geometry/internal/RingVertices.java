package org.parcelrecon.geometry.internal;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/** A ring's vertices copied into plain arrays for the per-parcel tests that run on every polygon of a map. */
public final class RingVertices {
    private RingVertices() {
    }

    /**
     * Copies the first {@code count} vertices of {@code s} into {@code x} and {@code y}, leaving out a vertex
     * equal to the one before it.
     *
     * @param s the ring's coordinates
     * @param count how many of its vertices to read (its size, or one less to leave out the closing vertex)
     * @param x receives the x ordinates; at least {@code count} long
     * @param y receives the y ordinates; at least {@code count} long
     * @return how many were copied, or -1 when a coordinate is not finite
     */
    public static int distinct(CoordinateSequence s, int count, double[] x, double[] y) {
        all(s, count, x, y);
        return distinct(x, y, count, x, y);
    }

    /**
     * {@link #distinct(CoordinateSequence, int, double[], double[])} of vertices already read into arrays.
     *
     * @param xs the x ordinates read
     * @param ys the y ordinates read
     * @param count how many vertices to take
     * @param x receives the x ordinates (may be {@code xs}: it is written no further than it is read)
     * @param y receives the y ordinates (may be {@code ys})
     * @return how many were copied, or -1 when a coordinate is not finite
     */
    public static int distinct(double[] xs, double[] ys, int count, double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            double vx = xs[i];
            double vy = ys[i];
            if (!Double.isFinite(vx) || !Double.isFinite(vy)) {
                return -1;
            }
            if (n == 0 || vx != x[n - 1] || vy != y[n - 1]) {
                x[n] = vx;
                y[n] = vy;
                n++;
            }
        }
        return n;
    }

    /**
     * Copies the first {@code count} vertices of {@code s} into {@code x} and {@code y}, every one: the doubles
     * {@code s.getX(i)} and {@code s.getY(i)} give, read from a packed sequence's array itself (the maps'
     * readers pack every ring) rather than by two sequence calls per vertex.
     *
     * @param s the ring's coordinates
     * @param count how many of its vertices to read
     * @param x receives the x ordinates; at least {@code count} long
     * @param y receives the y ordinates; at least {@code count} long
     */
    public static void all(CoordinateSequence s, int count, double[] x, double[] y) {
        if (s instanceof PackedCoordinateSequence.Double packed) {
            double[] raw = packed.getRawCoordinates();
            int dim = packed.getDimension(); // x and y first of each vertex's ordinates
            for (int i = 0, at = 0; i < count; i++, at += dim) {
                x[i] = raw[at];
                y[i] = raw[at + 1];
            }
        } else {
            for (int i = 0; i < count; i++) {
                x[i] = s.getX(i);
                y[i] = s.getY(i);
            }
        }
    }

    /**
     * The first {@code n} vertices of {@code s} in one array, each vertex's x then y, vertex v's at v·{@link #stride}:
     * a packed sequence's own array, read in place (its ordinates are the doubles getX and getY give; do not
     * change it), else a copy with stride 2.
     *
     * @param s the ring's coordinates
     * @param n how many of its vertices are wanted
     * @return the array holding them
     */
    public static double[] interleaved(CoordinateSequence s, int n) {
        if (s instanceof PackedCoordinateSequence.Double packed) {
            return packed.getRawCoordinates();
        }
        double[] out = new double[2 * n];
        for (int v = 0; v < n; v++) {
            out[2 * v] = s.getX(v);
            out[2 * v + 1] = s.getY(v);
        }
        return out;
    }

    /**
     * {@return how far apart two vertices' ordinates lie in {@link #interleaved}'s array of {@code s}}
     *
     * @param s the ring's coordinates
     */
    public static int stride(CoordinateSequence s) {
        return s instanceof PackedCoordinateSequence.Double packed ? packed.getDimension() : 2;
    }
}
