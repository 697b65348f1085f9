package org.parcelrecon.geometry.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    private long[] featureLines = new long[256];
    private final List<RejectedFeature> rejected = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** The attribute names met so far, one instance for each list of names: parcels with the same share it. */
    private final Map<List<String>, Attributes.Names> names = new HashMap<>();
    /** Where the id, sheet, plot and area are found among each of {@link #names}. */
    private final Map<Attributes.Names, Lookup> lookups = new IdentityHashMap<>();
    private Attributes.Names lastNames;
    private Lookup lastLookup;

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
        add(index, line, memberId, properties, geometry, failure, repairs, false, false);
    }

    /**
     * {@link #add(int, long, String, Map, Geometry, BadGeometryException, List)}; {@code built} says that
     * {@code geometry} came from {@link LenientPolygons#polygon} and {@link LenientPolygons#polygonal}, so it is
     * polygonal, finite and without a short ring already, and only its emptiness is left to check; {@code bounded}
     * that every coordinate is known to be within {@link #MAX_PROJECTED_COORDINATE} either side of zero, so the
     * parcel's extent need not be built to find one beyond. The parcel keeps a copy of {@code repairs}, so the
     * caller may reuse that list.
     */
    void add(int index, long line, String memberId, Map<String, String> properties, Geometry geometry,
             BadGeometryException failure, List<ReadRepair> repairs, boolean built, boolean bounded) {
        Attributes attributes = attributes(properties);
        Lookup at = lookup(attributes.names());
        String id = id(memberId, attributes, at);
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
            parcel = built ? LenientPolygons.nonEmpty(geometry)
                    : LenientPolygons.checkParcel(LenientPolygons.dropShortRings(geometry, repairs));
        } catch (BadGeometryException e) {
            reject(index, line, id, e.reason(), e.getMessage());
            return;
        }
        Envelope extent = bounded ? null : parcel.getEnvelopeInternal();
        if (!bounded && !within(extent, MAX_PROJECTED_COORDINATE, MAX_PROJECTED_COORDINATE)) {
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
        String sheet = firstNumber(attributes, at.sheet);
        String plot = firstNumber(attributes, at.plot);
        OptionalDouble area = firstArea(attributes, at.area);
        if (features.size() == featureLines.length) {
            featureLines = Arrays.copyOf(featureLines, 2 * featureLines.length);
        }
        featureLines[features.size()] = line;
        features.add(new ParcelFeature(id, parcel, Optional.ofNullable(sheet), Optional.ofNullable(plot), area,
                attributes, index, repairs.isEmpty() ? List.of() : repairs)); // List.copyOf keeps List.of()
    }

    /**
     * {@return the attributes as parcels keep them, with the names of this read's other parcels that have the same
     * names in the same order}
     *
     * @param properties the attributes as read
     */
    Attributes attributes(Map<String, String> properties) {
        return Attributes.copyOf(properties, this::names);
    }

    /**
     * {@return this read's instance of a list of attribute names}
     *
     * @param keys distinct names in order; kept when they are new
     */
    Attributes.Names names(String[] keys) {
        return names.computeIfAbsent(Arrays.asList(keys), k -> new Attributes.Names(keys));
    }

    /**
     * Where to look for the id, sheet, plot and area among a list of attribute names: for each, the places of the
     * attributes that may hold it, best first (the set attribute, else the candidates in list order, equal ones in
     * file order). The first of them with a usable value gives it.
     */
    private record Lookup(int[] id, int[] sheet, int[] plot, int[] area) {
    }

    private Lookup lookup(Attributes.Names n) {
        if (n != lastNames) {
            lastLookup = lookups.computeIfAbsent(n, k -> new Lookup(order(k, options.idProperty(), ID_NAMES),
                    order(k, options.sheetProperty(), SHEET_NAMES), order(k, options.plotProperty(), PLOT_NAMES),
                    order(k, options.areaProperty(), AREA_NAMES)));
            lastNames = n;
        }
        return lastLookup;
    }

    /**
     * The places to look at in turn: the first attribute named as {@code set} (case ignored) alone, when set; else
     * those whose normalised name is one of the candidates, by the candidate's place in the list, then by their own.
     */
    private static int[] order(Attributes.Names n, Optional<String> set, List<String> candidates) {
        if (set.isPresent()) {
            for (int i = 0; i < n.size(); i++) {
                if (n.key(i) != null && n.key(i).equalsIgnoreCase(set.get())) {
                    return new int[] {i};
                }
            }
            return new int[0];
        }
        long[] ranked = new long[n.size()];
        int count = 0;
        for (int i = 0; i < n.size(); i++) {
            int rank = n.key(i) == null ? -1 : candidates.indexOf(normalizedName(n.key(i)));
            if (rank >= 0) {
                ranked[count++] = (long) rank << 32 | i;
            }
        }
        Arrays.sort(ranked, 0, count);
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = (int) ranked[k];
        }
        return order;
    }

    /**
     * The usable value ({@link #usable}) of the first attribute in {@code order} that has one; null when none. A
     * {@link JsonNumber} always has one, its text (a digit, no space).
     */
    private static String first(Attributes attributes, int[] order) {
        for (int i : order) {
            Object v = attributes.raw(i);
            String usable = v instanceof JsonNumber n ? n.text() : usable((String) v);
            if (usable != null) {
                return usable;
            }
        }
        return null;
    }

    /**
     * {@link #number} of {@link #first}: a number written {@code 12.0} becomes {@code "12"}. A {@link JsonNumber}
     * gives its {@link JsonNumber#integral} text, the same without a test of its text.
     */
    private static String firstNumber(Attributes attributes, int[] order) {
        for (int i : order) {
            Object v = attributes.raw(i);
            if (v instanceof JsonNumber n) {
                return n.integral();
            }
            String usable = usable((String) v);
            if (usable != null) {
                return number(usable);
            }
        }
        return null;
    }

    /**
     * {@link #area} of {@link #first}. A {@link JsonNumber} gives its value without its text being made: the value
     * {@code parseDouble} gives for its text, which needs neither trimming nor a decimal comma replaced.
     */
    private static OptionalDouble firstArea(Attributes attributes, int[] order) {
        for (int i : order) {
            Object v = attributes.raw(i);
            if (v instanceof JsonNumber n) {
                return recordedArea(n.value());
            }
            String usable = usable((String) v);
            if (usable != null) {
                return area(usable);
            }
        }
        return OptionalDouble.empty();
    }

    private String id(String memberId, Attributes attributes, Lookup at) {
        if (options.idProperty().isPresent()) {
            String v = first(attributes, at.id);
            return v == null || placeholderId(v) ? null : v;
        }
        if (memberId != null && usable(memberId) != null && !placeholderId(memberId)) {
            return memberId.strip();
        }
        String fromAttributes = first(attributes, at.id);
        if (fromAttributes != null && !placeholderId(fromAttributes)) {
            return fromAttributes;
        }
        String sheet = firstNumber(attributes, at.sheet);
        String plot = firstNumber(attributes, at.plot);
        return sheet != null && plot != null ? sheet + "/" + plot : null;
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
        long[] keptLines = new long[featureLines.length];
        for (int i = 0; i < features.size(); i++) {
            ParcelFeature f = features.get(i);
            Envelope e = f.geometry().getEnvelopeInternal();
            if (within(e, 180, 90)) {
                keptLines[kept.size()] = featureLines[i];
                kept.add(f);
            } else {
                reject(f.index(), featureLines[i], f.idMissing() ? null : f.id(),
                        RejectReason.IMPLAUSIBLE_COORDINATES, String.format(Locale.ROOT,
                        "a coordinate is outside longitude -180 to 180, latitude -90 to 90 of %s (x %s to %s, y %s"
                                + " to %s)", crs.id(), e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()));
            }
        }
        features.clear();
        features.addAll(kept);
        featureLines = keptLines;
    }

    /**
     * The value of the set attribute, or of the first candidate present with a usable value (one with a letter or a
     * digit: placeholders such as {@code "-"} or {@code "---"} count as absent).
     */
    Optional<String> find(Map<String, String> properties, Optional<String> set, List<String> candidates) {
        Attributes attributes = attributes(properties);
        return Optional.ofNullable(first(attributes, order(attributes.names(), set, candidates)));
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

    /** The trimmed value, unless it is null, blank or a placeholder without any letter or digit ({@code "-"}). */
    private static String usable(String v) {
        if (v == null) {
            return null;
        }
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return v.strip();
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** {@code "12.0"} to {@code "12"}; other text (and null) unchanged. */
    private static String number(String v) {
        return v != null && integralWithZeroFraction(v) ? v.substring(0, v.indexOf('.')) : v;
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

    private static OptionalDouble area(String v) {
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            return recordedArea(FastDoubles.parse(v.replace(',', '.')));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A recorded area's value, kept when it is one (finite, not negative). */
    private static OptionalDouble recordedArea(double d) {
        return Double.isFinite(d) && d >= 0 ? OptionalDouble.of(d) : OptionalDouble.empty();
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
