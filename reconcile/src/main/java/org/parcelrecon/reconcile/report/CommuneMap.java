package org.parcelrecon.reconcile.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.RecordResult;
import org.parcelrecon.reconcile.write.RunFiles;

/**
 * The flagged parcels of one commune as SVG path data, bounded: at most {@code limit} records are drawn, CONFLICT
 * before INCOMPLETE before REVIEW, each in key order; the rest are only counted. Coordinates are decimetres from the
 * first drawn parcel's first vertex, y pointing down as SVG's does; a geographic CRS is turned into approximate
 * metres around that point. Each outline is simplified to a tenth of a metre, so a detailed survey costs no more
 * bytes than the eye can see.
 *
 * <p>Not thread-safe.
 */
final class CommuneMap {
    private static final double METRES_PER_DEGREE = 111_320;
    /** Douglas-Peucker tolerance, in the map's units per metre. */
    private static final double SIMPLIFY_METRES = 0.1;
    private static final Comparator<RecordResult> DRAWN_FIRST =
            Comparator.comparingInt(r -> priority(r.status()));

    private final String communeCode;
    private final int limit;
    private final List<Parcel> drawn = new ArrayList<>();
    private long flagged;
    private boolean originSet;
    private double originX;
    private double originY;
    private double scaleX = 1;
    private double scaleY = 1;
    private long minX = Long.MAX_VALUE;
    private long minY = Long.MAX_VALUE;
    private long maxX = Long.MIN_VALUE;
    private long maxY = Long.MIN_VALUE;

    CommuneMap(String communeCode, int limit) {
        this.communeCode = communeCode;
        this.limit = limit;
    }

    /**
     * A drawn record.
     *
     * @param label   its sheet and plot, {@code 12/345}
     * @param status  its status
     * @param reasons its distinct reason codes joined with {@code ;}
     * @param path    SVG path data of its map parcels
     */
    record Parcel(String label, Status status, String reasons, String path) {
    }

    /** Counts the commune's flagged records that have map parcels and draws them while the limit allows. */
    void add(CommuneResult commune) {
        List<RecordResult> candidates = new ArrayList<>();
        for (RecordResult r : commune.records()) {
            if (r.status() != Status.CLEAN && !r.mapParcels().isEmpty()) {
                candidates.add(r);
            }
        }
        flagged += candidates.size();
        candidates.sort(DRAWN_FIRST); // stable: key order within a status
        for (RecordResult r : candidates) {
            if (drawn.size() >= limit) {
                break;
            }
            String path = path(r, commune.features(), commune.crs());
            if (!path.isEmpty()) {
                drawn.add(new Parcel(r.key().sheet() + "/" + r.key().plot(), r.status(),
                        RunFiles.codes(r.scored().findings()), path));
            }
        }
    }

    /** The records drawn at most. */
    int limit() {
        return limit;
    }

    String communeCode() {
        return communeCode;
    }

    /** The commune's flagged records with map parcels, drawn or not. */
    long flagged() {
        return flagged;
    }

    List<Parcel> drawn() {
        return drawn;
    }

    /** {@code [x, y, width, height]} of the drawn parcels, in the paths' units; zeros when none is drawn. */
    long[] box() {
        if (drawn.isEmpty()) {
            return new long[4];
        }
        return new long[] {minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY)};
    }

    private String path(RecordResult r, List<ParcelFeature> features, Optional<Crs> crs) {
        StringBuilder b = new StringBuilder();
        for (int index : r.mapParcels()) {
            Geometry g = features.get(index).geometry();
            if (g == null || g.isEmpty()) {
                continue;
            }
            if (!originSet) {
                setOrigin(g.getCoordinate(), crs);
            }
            double tolerance = SIMPLIFY_METRES / Math.max(scaleX, scaleY);
            Geometry simple = DouglasPeuckerSimplifier.simplify(g, tolerance);
            if (simple.isEmpty()) {
                simple = g;
            }
            for (int i = 0; i < simple.getNumGeometries(); i++) {
                if (simple.getGeometryN(i) instanceof Polygon p) {
                    ring(p.getExteriorRing().getCoordinates(), b);
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        ring(p.getInteriorRingN(h).getCoordinates(), b);
                    }
                }
            }
        }
        return b.toString();
    }

    private void setOrigin(Coordinate c, Optional<Crs> crs) {
        originSet = true;
        originX = c.x;
        originY = c.y;
        if (crs.isPresent() && crs.get().isGeographic()) {
            scaleY = METRES_PER_DEGREE;
            scaleX = METRES_PER_DEGREE * Math.cos(Math.toRadians(c.y));
        }
    }

    /** One ring: an absolute move, then relative lines between rounded points (no drift), closed. */
    private void ring(Coordinate[] ring, StringBuilder b) {
        long px = 0;
        long py = 0;
        int points = ring.length > 1 && ring[0].equals2D(ring[ring.length - 1]) ? ring.length - 1 : ring.length;
        for (int i = 0; i < points; i++) {
            long x = Math.round((ring[i].x - originX) * scaleX * 10);
            long y = Math.round(-(ring[i].y - originY) * scaleY * 10);
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
            if (i == 0) {
                b.append('M').append(x).append(' ').append(y);
            } else {
                b.append('l').append(x - px).append(' ').append(y - py);
            }
            px = x;
            py = y;
        }
        if (points > 0) {
            b.append('z');
        }
    }

    private static int priority(Status s) {
        return switch (s) {
            case CONFLICT -> 0;
            case INCOMPLETE -> 1;
            case REVIEW -> 2;
            case CLEAN -> 3;
        };
    }
}
