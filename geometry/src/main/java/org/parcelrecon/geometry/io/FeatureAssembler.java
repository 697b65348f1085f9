package org.parcelrecon.geometry.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.crs.CrsTransform;

/**
 * Turns what a format reader extracted (id member, attributes, geometry or the reason there is none) into parcels
 * and rejections, then settles the CRS and transforms. Shared by every reader so they behave alike.
 */
final class FeatureAssembler {
    private static final List<String> ID_NAMES = List.of("id", "parcelid", "mathua", "objectid", "fid", "gid");
    private static final List<String> SHEET_NAMES =
            List.of("soto", "sohieutobando", "shbando", "tobando", "sheet", "mapsheet", "to", "map", "section");
    private static final List<String> PLOT_NAMES =
            List.of("sothua", "sothututhua", "shthua", "plot", "thua", "lot", "numero");
    private static final List<String> AREA_NAMES =
            List.of("dientich", "dientichphaply", "contenance", "recordedarea", "area");

    private final String source;
    private final ReadOptions options;
    /**
     * The largest plausible absolute coordinate in a projected CRS (metres): any map of the Earth stays within
     * about 2·10<sup>7</sup>; see {@link RejectReason#IMPLAUSIBLE_COORDINATES}.
     */
    static final double MAX_PROJECTED_COORDINATE = 1e8;

    private final List<ParcelFeature> features = new ArrayList<>();
    /** The file line of each of {@link #features}, for rejections found once the CRS is known. */
    private final List<Long> featureLines = new ArrayList<>();
    private final List<RejectedFeature> rejected = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** Attribute names with their places in the candidate lists: a file repeats the same few names on every feature. */
    private final Map<String, byte[]> ranks = new HashMap<>();

    FeatureAssembler(String source, ReadOptions options) {
        this.source = source;
        this.options = options;
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void reject(int index, long line, String id, RejectReason reason, String message) {
        rejected.add(new RejectedFeature(source, index, line, Optional.ofNullable(id).filter(s -> !s.isBlank()),
                reason, message));
    }

    /**
     * One feature. {@code memberId} is an id given outside the attributes (GeoJSON feature id), may be null.
     * {@code geometry} is what the format parser built (null if it failed, with {@code failure} saying why).
     */
    void add(int index, long line, String memberId, Map<String, String> properties, Geometry geometry,
             BadGeometryException failure, List<ReadRepair> repairs) {
        lastProperties = null; // find's arrays are of this feature's map only, even if a caller reuses its map
        String id = id(memberId, properties);
        if (failure != null) {
            reject(index, line, id, failure.reason(), failure.getMessage());
            return;
        }
        if (geometry == null) {
            reject(index, line, id, RejectReason.MISSING_GEOMETRY, "the feature has no geometry");
            return;
        }
        Geometry parcel;
        try {
            parcel = LenientPolygons.checkParcel(LenientPolygons.dropShortRings(geometry, repairs));
        } catch (BadGeometryException e) {
            reject(index, line, id, e.reason(), e.getMessage());
            return;
        }
        Envelope extent = parcel.getEnvelopeInternal();
        if (!within(extent, MAX_PROJECTED_COORDINATE, MAX_PROJECTED_COORDINATE)) {
            reject(index, line, id, RejectReason.IMPLAUSIBLE_COORDINATES, String.format(Locale.ROOT,
                    "a coordinate is beyond %.0e (x %s to %s, y %s to %s): no map's coordinates are that large",
                    MAX_PROJECTED_COORDINATE, extent.getMinX(), extent.getMaxX(), extent.getMinY(),
                    extent.getMaxY()));
            return;
        }
        if (id == null) {
            // land all the same: compared by its geometry, reported by map QA
            id = "#" + (index + 1);
            repairs = new ArrayList<>(repairs);
            repairs.add(ReadRepair.ID_MISSING);
        }
        Optional<String> sheet = number(find(properties, options.sheetProperty(), SHEET_NAMES));
        Optional<String> plot = number(find(properties, options.plotProperty(), PLOT_NAMES));
        OptionalDouble area = area(find(properties, options.areaProperty(), AREA_NAMES));
        features.add(new ParcelFeature(id, parcel, sheet, plot, area, properties, index, repairs));
        featureLines.add(line);
    }

    private String id(String memberId, Map<String, String> properties) {
        if (options.idProperty().isPresent()) {
            return find(properties, options.idProperty(), List.of()).filter(v -> !placeholderId(v)).orElse(null);
        }
        if (memberId != null && nonBlank(memberId).isPresent() && !placeholderId(memberId)) {
            return memberId.strip();
        }
        Optional<String> fromAttributes = find(properties, Optional.empty(), ID_NAMES);
        if (fromAttributes.isPresent() && !placeholderId(fromAttributes.get())) {
            return fromAttributes.get();
        }
        Optional<String> sheet = number(find(properties, options.sheetProperty(), SHEET_NAMES));
        Optional<String> plot = number(find(properties, options.plotProperty(), PLOT_NAMES));
        return sheet.isPresent() && plot.isPresent() ? sheet.get() + "/" + plot.get() : null;
    }

    private static boolean within(Envelope e, double maxX, double maxY) {
        return e.getMinX() >= -maxX && e.getMaxX() <= maxX && e.getMinY() >= -maxY && e.getMaxY() <= maxY;
    }

    /**
     * Moves the parcels with a coordinate outside longitude ±180, latitude ±90 to the rejections (called when the
     * layer's CRS is geographic).
     */
    private void rejectOutsideDegrees(Crs crs) {
        List<ParcelFeature> kept = new ArrayList<>(features.size());
        List<Long> keptLines = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            ParcelFeature f = features.get(i);
            Envelope e = f.geometry().getEnvelopeInternal();
            if (within(e, 180, 90)) {
                kept.add(f);
                keptLines.add(featureLines.get(i));
            } else {
                reject(f.index(), featureLines.get(i), f.idMissing() ? null : f.id(),
                        RejectReason.IMPLAUSIBLE_COORDINATES, String.format(Locale.ROOT,
                        "a coordinate is outside longitude -180 to 180, latitude -90 to 90 of %s (x %s to %s, y %s"
                                + " to %s)", crs.id(), e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()));
            }
        }
        features.clear();
        features.addAll(kept);
        featureLines.clear();
        featureLines.addAll(keptLines);
    }

    /**
     * The value of the set attribute, or of the first candidate present with a usable value (one with a letter or a
     * digit: placeholders such as {@code "-"} or {@code "---"} count as absent).
     */
    Optional<String> find(Map<String, String> properties, Optional<String> set, List<String> candidates) {
        if (set.isPresent()) {
            String wanted = set.get();
            for (Map.Entry<String, String> e : properties.entrySet()) {
                if (e.getKey().equalsIgnoreCase(wanted)) {
                    return nonBlank(e.getValue());
                }
            }
            return Optional.empty();
        }
        int list = candidates == ID_NAMES ? 0 : candidates == SHEET_NAMES ? 1 : candidates == PLOT_NAMES ? 2
                : candidates == AREA_NAMES ? 3 : -1;
        if (list < 0) {
            return findIn(properties, candidates);
        }
        if (properties != lastProperties) {
            // each attribute's place in the four candidate lists once per feature, not once per candidate name
            int n = properties.size();
            if (lastRanks == null || lastRanks.length < n) {
                lastRanks = new byte[Math.max(n, 16)][];
                lastValues = new String[Math.max(n, 16)];
            }
            int j = 0;
            for (Map.Entry<String, String> e : properties.entrySet()) {
                lastRanks[j] = ranks.computeIfAbsent(e.getKey(), FeatureAssembler::ranks);
                lastValues[j++] = e.getValue();
            }
            lastCount = n;
            lastProperties = properties;
        }
        // the first candidate (in list order) that an attribute with a usable value has; the first such attribute
        int bestRank = Integer.MAX_VALUE;
        Optional<String> best = Optional.empty();
        for (int j = 0; j < lastCount; j++) {
            int rank = lastRanks[j][list];
            if (rank >= 0 && rank < bestRank) {
                Optional<String> v = nonBlank(lastValues[j]);
                if (v.isPresent()) {
                    bestRank = rank;
                    best = v;
                }
            }
        }
        return best;
    }

    /** {@link #find} for a list of candidates other than the four of this class. */
    private static Optional<String> findIn(Map<String, String> properties, List<String> candidates) {
        for (String candidate : candidates) {
            for (Map.Entry<String, String> e : properties.entrySet()) {
                if (normalizedName(e.getKey()).equals(candidate)) {
                    Optional<String> v = nonBlank(e.getValue());
                    if (v.isPresent()) {
                        return v;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** An attribute name's place in {@link #ID_NAMES}, {@link #SHEET_NAMES}, {@link #PLOT_NAMES}, {@link #AREA_NAMES}. */
    private static byte[] ranks(String name) {
        String normal = normalizedName(name);
        return new byte[] {(byte) ID_NAMES.indexOf(normal), (byte) SHEET_NAMES.indexOf(normal),
            (byte) PLOT_NAMES.indexOf(normal), (byte) AREA_NAMES.indexOf(normal)};
    }

    /** Words that stand for "no id" ({@code NO_ID}, {@code N/A}, ...), compared on their letters and digits. */
    private static final java.util.Set<String> ID_PLACEHOLDERS = java.util.Set.of("NOID", "NULL", "NONE", "NA", "NAN");

    /** Whether an id value is a placeholder for none ({@code "NO_ID"}, {@code "n/a"}, {@code "NULL"}). */
    static boolean placeholderId(String v) {
        if (v.length() > 8) {
            return false;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return ID_PLACEHOLDERS.contains(b.toString());
    }

    /** The attributes {@link #find} looked at last (the same map for all look-ups of one feature), as arrays. */
    private Map<String, String> lastProperties;
    private byte[][] lastRanks;
    private String[] lastValues;
    private int lastCount;

    static String normalizedName(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != ' ' && c != '-') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The trimmed value, unless it is blank or a placeholder without any letter or digit ({@code "-"}). */
    private static Optional<String> nonBlank(String v) {
        if (v == null) {
            return Optional.empty();
        }
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Optional.of(v.strip());
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** {@code "12.0"} to {@code "12"}; other text unchanged. */
    private static Optional<String> number(Optional<String> v) {
        return v.map(s -> integralWithZeroFraction(s) ? s.substring(0, s.indexOf('.')) : s);
    }

    /** Whether {@code s} matches {@code -?[0-9]+[.]0+}, e.g. {@code "12.0"} (checked by hand: it runs per feature). */
    static boolean integralWithZeroFraction(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || i >= s.length() - 1 || s.charAt(i) != '.') {
            return false;
        }
        for (int j = i + 1; j < s.length(); j++) {
            if (s.charAt(j) != '0') {
                return false;
            }
        }
        return true;
    }

    private static OptionalDouble area(Optional<String> v) {
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = FastDoubles.parse(v.get().replace(',', '.'));
            return Double.isFinite(d) && d >= 0 ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * The layer, with its CRS settled: the caller's source CRS, else {@code declared}, else (when
     * {@code degreesMeanWgs84}) WGS 84 for coordinates that look like degrees; then transformed to the target.
     */
    ParcelLayer finish(Optional<Crs> declared, String declaredText, boolean degreesMeanWgs84) {
        Optional<Crs> crs = declared;
        if (options.sourceCrs().isPresent()) {
            Crs given = options.sourceCrs().get();
            if (declared.isPresent() && !declared.get().equals(given)) {
                warn("the file declares " + declared.get().id() + " but " + given.id() + " was given: read as "
                        + given.id());
            } else if (declared.isEmpty() && declaredText != null) {
                warn("the file declares CRS '" + declaredText + "', unknown here; read as " + given.id());
            }
            crs = Optional.of(given);
        } else if (declared.isEmpty()) {
            if (declaredText != null) {
                warn("the file declares CRS '" + declaredText + "', which is not known here: coordinates left as"
                        + " read, CRS unknown (give the source CRS)");
            } else if (degreesMeanWgs84 && looksLikeDegrees()) {
                crs = Optional.of(Crs.WGS84);
                warn("no CRS declared; coordinates look like longitude/latitude: taken as WGS 84 (RFC 7946)");
            } else if (!features.isEmpty()) {
                warn("no CRS declared: coordinates left as read, CRS unknown (give the source CRS)");
            }
        }
        if (crs.isPresent() && crs.get().isGeographic()) {
            rejectOutsideDegrees(crs.get());
        }
        List<ParcelFeature> out = features;
        if (options.targetCrs().isPresent()) {
            Crs target = options.targetCrs().get();
            if (crs.isEmpty()) {
                warn("cannot transform to " + target.id() + ": the source CRS is unknown");
            } else if (!crs.get().equals(target)) {
                out = transform(CrsTransform.between(crs.get(), target));
                crs = Optional.of(target);
            } else {
                crs = Optional.of(target);
            }
        }
        rejected.sort(Comparator.comparingInt(RejectedFeature::index));
        return new ParcelLayer(source, crs, out, rejected, warnings);
    }

    private List<ParcelFeature> transform(CrsTransform t) {
        List<ParcelFeature> out = new ArrayList<>(features.size());
        for (ParcelFeature f : features) {
            Geometry g = t.apply(f.geometry());
            if (LenientPolygons.finite(g)) {
                out.add(f.withGeometry(g));
            } else {
                reject(f.index(), 0, f.id(), RejectReason.UNTRANSFORMABLE, String.format(Locale.ROOT,
                        "cannot transform from %s to %s (outside the projection's domain?)", t.source().id(),
                        t.target().id()));
            }
        }
        return out;
    }

    private boolean looksLikeDegrees() {
        if (features.isEmpty()) {
            return false;
        }
        Envelope all = new Envelope();
        for (ParcelFeature f : features) {
            all.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        return all.getMinX() >= -180 && all.getMaxX() <= 180 && all.getMinY() >= -90 && all.getMaxY() <= 90;
    }
}
