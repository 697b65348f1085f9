package org.parcelrecon.geometry.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads one GeoJSON feature straight from its bytes into a {@link FeatureAssembler}: the fast path of
 * {@link GeoJsonCommuneIndex#read}. Positions go into one growing {@code double} array per ring (numbers decoded by
 * {@link FastDoubles}, bit for bit as Jackson decodes them), attributes into {@link Attributes} equal to the map
 * the Jackson-based {@link GeoJsonParcelReader} fills, and the polygon is built by the same {@link LenientPolygons}
 * calls, so a feature read here gives the same parcel, rejection and repairs as one read there. Names the last
 * feature had (its attribute names, {@code "properties"}, {@code "Polygon"}...) are recognised by their bytes
 * ({@link JsonBytes#plain}), so a map that repeats them is read without decoding or looking up a name; and a
 * feature that starts as the last one did, up to its attributes and again from them to its coordinates, is read
 * over those stretches by comparing them with the last one's bytes ({@link #head}).
 *
 * <p>It reads the common shape only: an object whose {@code id}, {@code properties} and {@code geometry} members
 * appear at most once each, scalar attribute values, and a geometry that is null or a {@code Polygon} or
 * {@code MultiPolygon} object with its {@code type} before its {@code coordinates}, each position an array of at
 * least two numbers. For anything else (a GeometryCollection, a point, a bad position, an attribute holding an
 * object, malformed JSON...) {@link #read} returns false without touching the assembler, and the caller hands that
 * feature to the Jackson-based reader.
 */
final class GeoJsonFeatureParser {
    /** A feature's members this parser reads, recognised by their bytes ({@link JsonBytes#oneOf}). */
    private static final Attributes.Names FEATURE_MEMBERS =
            new Attributes.Names(new String[] {"type", "properties", "geometry", "id"});
    private static final Attributes.Names FEATURE_TYPE = new Attributes.Names(new String[] {"Feature"});
    /** A geometry's members that decide how it is read. */
    private static final Attributes.Names GEOMETRY_MEMBERS =
            new Attributes.Names(new String[] {"type", "coordinates", "geometries"});
    private static final String POLYGON = "Polygon";
    /** The geometry types read here. */
    private static final Attributes.Names POLYGONAL = new Attributes.Names(new String[] {POLYGON, "MultiPolygon"});
    private final GeometryFactory factory;
    private final UnaryOperator<String> shared;
    private final JsonBytes in = new JsonBytes(new byte[0], 0, 0, false);
    /**
     * The repairs of the feature being read, reused: {@link FeatureAssembler#add} keeps a copy (the parcel's
     * {@code List.copyOf}), nearly always of none.
     */
    private final List<ReadRepair> repairs = new ArrayList<>();
    /** The ring being read, as x,y pairs; grown as needed and reused. */
    private double[] ring = new double[256];

    /**
     * @param factory builds the polygons
     * @param shared  gives one string for equal short attribute values (the reader's cache)
     */
    GeoJsonFeatureParser(GeometryFactory factory, UnaryOperator<String> shared) {
        this.factory = factory;
        this.shared = shared;
    }

    /**
     * Reads the feature in {@code b[from, to)} and adds it to {@code out}; returns false, adding nothing, when it is
     * not of the common shape (see the class comment).
     */
    boolean read(byte[] b, int from, int to, int index, long line, FeatureAssembler out) {
        in.buf = b;
        in.pos = from;
        in.end = to;
        String memberId = null;
        Attributes properties = Attributes.EMPTY;
        boolean sawId = false;
        boolean sawProperties = false;
        boolean sawGeometry = false;
        String type = null;
        List<List<double[]>> polygons = null;
        bounded = true;
        int headEnd = -1; // where a head (see #head) to learn ends, and a middle
        int middleFrom = -1;
        int middleTo = -1;
        try {
            int c;
            int at = literal(head, headLength, b, from, to);
            boolean viaHead = at > 0;
            if (viaHead) { // the last feature's head: "type" and the opening of "properties", byte for byte
                in.pos = at - 1; // at the properties' opening brace, the head's last byte
                sawProperties = true;
                properties = properties(out);
                at = literal(middle, middleLength, b, in.pos, to);
                if (at > 0) { // and a middle: "geometry" up to its coordinates
                    in.pos = at;
                    sawGeometry = true;
                    type = middleType;
                    polygons = coordinates(POLYGON.equals(type));
                    geometryEnd();
                } else {
                    middleFrom = in.pos;
                }
                c = afterMember();
            } else {
                in.expect('{');
                c = in.next();
            }
            int members = 0;
            while (c != '}') {
                if (c != '"') {
                    return false;
                }
                int member = in.oneOf(FEATURE_MEMBERS);
                in.expect(':');
                int v = in.next();
                switch (member) {
                    case 0 -> { // type
                        if (v == '"') {
                            in.oneOf(FEATURE_TYPE); // "Feature", read as any string is
                            if (members == 0 && !viaHead) {
                                headEnd = 0; // a head if "properties" follows
                            }
                        } else {
                            in.skipValue(1);
                        }
                    }
                    case 3 -> { // id
                        if (sawId) {
                            return false;
                        }
                        sawId = true;
                        if (v == '{' || v == '[' || v == 'n') {
                            in.skipValue(1); // not a usable id member, as for the Jackson reader
                        } else {
                            memberId = memberText(v);
                        }
                    }
                    case 1 -> { // properties
                        if (sawProperties) {
                            return false;
                        }
                        sawProperties = true;
                        if (v == '{') {
                            headEnd = members == 1 && headEnd == 0 ? in.pos : -1;
                            properties = properties(out);
                            middleFrom = headEnd > 0 ? in.pos : -1;
                        } else {
                            in.skipValue(1);
                        }
                    }
                    case 2 -> { // geometry
                        if (sawGeometry || v != '{' && v != 'n') {
                            return false;
                        }
                        sawGeometry = true;
                        if (v == 'n') {
                            in.literal();
                        } else {
                            in.pos++;
                            type = geometryType();
                            middleTo = members == (viaHead ? 0 : 2) && middleFrom > 0 ? in.pos : -1;
                            polygons = coordinates(POLYGON.equals(type));
                            geometryEnd();
                        }
                    }
                    default -> in.skipValue(1);
                }
                members++;
                c = afterMember();
            }
            in.pos++;
        } catch (JsonBytes.Stop stop) {
            return false;
        }
        if (in.pos != to) {
            return false;
        }
        if (headEnd > 0) {
            headLength = keep(b, from, headEnd + 1, true); // the properties' opening brace included
        }
        if (middleTo > 0) { // a middle is read the same way after any head: either leaves the same state
            middleLength = keep(b, middleFrom, middleTo, false);
            middleType = type;
        }
        List<ReadRepair> repairs = this.repairs;
        repairs.clear();
        Geometry g = null;
        BadGeometryException failure = null;
        if (type != null) {
            try {
                g = polygonal(polygons, POLYGON.equals(type), bounded, repairs);
            } catch (BadGeometryException e) {
                failure = e;
            }
        }
        out.add(index, line, memberId, properties, g, failure, repairs, true, bounded);
        return true;
    }

    /**
     * After a member's value (of the feature or of its properties): consumes a comma (not followed by the closing brace) and returns the byte after it,
     * or returns the closing brace, unconsumed; stops on anything else.
     */
    private int afterMember() {
        int c = in.next();
        if (c == ',') {
            in.pos++;
            c = in.next();
            if (c == '}') {
                throw JsonBytes.UNUSUAL;
            }
        } else if (c != '}') {
            throw JsonBytes.UNUSUAL;
        }
        return c;
    }

    /**
     * The last feature's head, as its bytes: from its opening brace through a {@code "type"} member with a string
     * value through the opening brace of the {@code "properties"} that follows it; and its middle: from the end of
     * those properties through the {@code "geometry"} member that follows them to its coordinates (the comma, the
     * member's name, its opening brace, its {@code "type"} and the name {@code "coordinates"}), with the geometry's
     * type. A map writes these the same way for every feature, and a feature that starts with the same bytes is read
     * from there on: the same bytes in the same place are read the same way (the member-by-member path read and
     * accepted them, the type string included, and what it took from them is the properties' and the coordinates'
     * places and the type), so comparing them replaces a dozen names, colons and separators read one by one.
     * Learned from each feature read member by member that has them; empty (length 0) until then.
     */
    private byte[] head = new byte[64];
    private int headLength;
    private byte[] middle = new byte[64];
    /** The middle's length; 0 when the last head came without one. */
    private int middleLength;
    private String middleType;

    /** Keeps {@code b[from, to)} as the head or the middle; returns its length, 0 when it is too long to keep. */
    private int keep(byte[] b, int from, int to, boolean isHead) {
        int n = to - from;
        if (n > MAX_LITERAL) {
            return 0;
        }
        byte[] into = isHead ? head : middle;
        if (into.length < n) {
            into = new byte[Math.max(n, 2 * into.length)];
            if (isHead) {
                head = into;
            } else {
                middle = into;
            }
        }
        System.arraycopy(b, from, into, 0, n);
        return n;
    }

    /** A head or middle longer than this is not kept (it is not one of a map's usual features). */
    private static final int MAX_LITERAL = 512;

    /**
     * {@return the index after {@code known[0, n)} when {@code b[at, end)} starts with those bytes; -1 when it does
     * not, or {@code n} is 0}
     */
    private static int literal(byte[] known, int n, byte[] b, int at, int end) {
        return n > 0 && n <= end - at && same(known, n, b, at, at + n) ? at + n : -1;
    }

    /** The text of the feature's {@code id} member, a scalar at the cursor (as Jackson's {@code getText()}). */
    private String memberText(int v) {
        switch (v) {
            case '"': {
                int from = in.pos + 1;
                return in.text(from, in.string());
            }
            case 't', 'f':
                return in.literal() == 't' ? "true" : "false";
            default: {
                int from = in.pos;
                int to = in.number();
                return new String(in.buf, from, to - from, StandardCharsets.US_ASCII);
            }
        }
    }

    /**
     * An attribute's scalar value at the cursor, as {@link Attributes} holds it: a string's text, {@code "true"} or
     * {@code "false"}, a number of the plain form as a {@link JsonNumber} (no text made), another number as its
     * text. With {@code share}, a short string or plain number comes from a cache of the values made before.
     */
    private Object attribute(int v, boolean share) {
        switch (v) {
            case '"':
                return string(share);
            case 't', 'f':
                return in.literal() == 't' ? "true" : "false";
            default:
                return number(share);
        }
    }

    /**
     * A string value at the cursor (its opening quote). One written in ASCII without an escape or a control
     * character (nearly every attribute value) is read in one pass that finds its closing quote and hashes its
     * bytes for {@link #cachedString}, and made a string by copying its bytes (ASCII reads the same as Latin-1 as
     * it does as UTF-8); any other is read by {@link JsonBytes#string}, which validates its UTF-8 and escapes.
     */
    private Object string(boolean share) {
        byte[] b = in.buf;
        int from = in.pos + 1;
        int end = Math.min(in.end, from + JsonBytes.MAX_STRING_BYTES);
        int h = 0;
        int p = from;
        int c = 0;
        while (p < end && (c = b[p]) >= 0x20 && c != '"' && c != '\\') { // a byte past ASCII is negative: it stops
            h = 31 * h + c;
            p++;
        }
        if (p < end && c == '"') {
            in.pos = p + 1;
            if (share && p - from <= SHORT_VALUE) {
                return cachedString(from, p, h);
            }
            String text = new String(b, from, p - from, StandardCharsets.ISO_8859_1);
            return share ? shared.apply(text) : text;
        }
        int close = in.string();
        if (share && !in.escaped && close - from <= SHORT_VALUE) {
            return cachedString(from, close, hash(b, from, close));
        }
        String text = in.text(from, close);
        return share ? shared.apply(text) : text;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h;
    }

    /**
     * A number value at the cursor: one of {@link JsonNumber}'s plain form read in one pass ({@link #plainDigits})
     * and kept as its digits; any other (an exponent, more digits, a malformed one, which stops the parser) by
     * {@link JsonBytes#number}, as its text.
     */
    private Object number(boolean share) {
        byte[] b = in.buf;
        int from = in.pos;
        int to = plainDigits(b, from, in.end);
        if (to < 0) {
            to = in.number();
            String text = new String(b, from, to - from, StandardCharsets.US_ASCII);
            return share ? shared.apply(text) : text;
        }
        in.pos = to;
        if (share && to - from <= SHORT_VALUE) {
            return cachedNumber(from, to);
        }
        return new JsonNumber(digits, scale, negative);
    }

    /** What {@link #plainDigits} read last: the digits without the point, how many follow it, the sign. */
    private long digits;
    private int scale;
    private boolean negative;

    /**
     * Reads a number of {@link JsonNumber}'s plain form, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?} with at most
     * {@value JsonNumber#MAX_DIGITS} digits, at {@code b[p]} into {@link #digits}, {@link #scale} and
     * {@link #negative}, validating it as it goes: the byte after it must not continue a number (an exponent, a
     * digit after a leading zero).
     *
     * @return the index after it; -1 for any other form or the end of the bytes (left to {@link JsonBytes#number})
     */
    private int plainDigits(byte[] b, int p, int e) {
        boolean minus = p < e && b[p] == '-';
        if (minus) {
            p++;
        }
        int from = p;
        long m = 0;
        int c;
        if (p < e && b[p] == '0') {
            p++;
        } else {
            p = digitRun(b, p, e, 0);
            m = run;
        }
        int whole = p - from;
        if (whole == 0 || p >= e) {
            return -1;
        }
        c = b[p];
        int fraction = 0;
        if (c == '.') {
            int start = ++p;
            p = digitRun(b, p, e, m);
            m = run;
            fraction = p - start;
            if (fraction == 0 || p >= e) {
                return -1;
            }
            c = b[p];
        } else if ((char) (c - '0') < 10) { // a digit after a leading zero
            return -1;
        }
        if (whole + fraction > JsonNumber.MAX_DIGITS || (c | 0x20) == 'e') {
            return -1;
        }
        digits = m;
        scale = fraction;
        negative = minus;
        return p;
    }

    /** What {@link #digitRun} read last: the integer it was given with the run's digits appended. */
    private long run;

    /**
     * Reads the run of ASCII digits at {@code b[p, e)} into {@link #run}: {@code m} with each digit appended
     * ({@code m * 10 + d}, wrapping as a {@code long} does, as a digit-by-digit loop would). Four digits a round
     * while four bytes are left (C1, which {@code bin/parcelrecon} runs, does not unroll loops, and a coordinate has
     * six to ten digits), then one by one.
     *
     * @return the index of the first byte that is not a digit, or {@code e}
     */
    private int digitRun(byte[] b, int p, int e, long m) {
        while (p + 4 <= e) {
            int d0 = b[p] - '0';
            if ((char) d0 >= 10) {
                run = m;
                return p;
            }
            int d1 = b[p + 1] - '0';
            if ((char) d1 >= 10) {
                run = m * 10 + d0;
                return p + 1;
            }
            int d2 = b[p + 2] - '0';
            if ((char) d2 >= 10) {
                run = m * 100 + (d0 * 10 + d1);
                return p + 2;
            }
            int d3 = b[p + 3] - '0';
            if ((char) d3 >= 10) {
                run = m * 1000 + (d0 * 100 + d1 * 10 + d2);
                return p + 3;
            }
            m = m * 10000 + (d0 * 1000 + d1 * 100 + d2 * 10 + d3);
            p += 4;
        }
        int c;
        while (p < e && (char) ((c = b[p]) - '0') < 10) {
            m = m * 10 + (c - '0');
            p++;
        }
        run = m;
        return p;
    }

    /** Values of at most this many bytes are looked up in a cache. */
    private static final int SHORT_VALUE = 12;
    private static final int SLOTS = 4096;
    private final byte[][] stringBytes = new byte[SLOTS][];
    private final String[] strings = new String[SLOTS];
    private final byte[][] numberBytes = new byte[SLOTS][];
    private final JsonNumber[] numbers = new JsonNumber[SLOTS];

    /**
     * The shared text of the JSON string without escapes whose UTF-8 bytes are {@code in.buf[from, to)} and hash
     * {@code h} ({@link #hash}): attribute values repeat (commune codes, land use codes), and a direct-mapped cache
     * keyed by their bytes finds the string made last time without decoding or hashing a new one.
     */
    private String cachedString(int from, int to, int h) {
        byte[] b = in.buf;
        int slot = (h ^ (h >>> 12)) & (SLOTS - 1);
        byte[] known = stringBytes[slot];
        if (known != null && same(known, b, from, to)) {
            return strings[slot];
        }
        misses++;
        String text = shared.apply(new String(b, from, to - from, StandardCharsets.UTF_8));
        stringBytes[slot] = Arrays.copyOfRange(b, from, to);
        strings[slot] = text;
        return text;
    }

    /**
     * The shared {@link JsonNumber} for the plain number {@link #plainDigits} just read from {@code in.buf[from,
     * to)}, from a cache as {@link #cachedString}'s (sheet numbers, plot numbers repeat).
     */
    private JsonNumber cachedNumber(int from, int to) {
        byte[] b = in.buf;
        int h = hash(b, from, to);
        int slot = (h ^ (h >>> 12)) & (SLOTS - 1);
        byte[] known = numberBytes[slot];
        if (known != null && same(known, b, from, to)) {
            return numbers[slot];
        }
        misses++;
        JsonNumber n = new JsonNumber(digits, scale, negative);
        numberBytes[slot] = Arrays.copyOfRange(b, from, to);
        numbers[slot] = n;
        return n;
    }

    /** Whether {@code b[from, to)} holds the bytes of {@code known} (a short key: compared byte by byte). */
    private static boolean same(byte[] known, byte[] b, int from, int to) {
        return same(known, known.length, b, from, to);
    }

    /** Whether {@code b[from, to)} holds the first {@code n} bytes of {@code known}. */
    private static boolean same(byte[] known, int n, byte[] b, int from, int to) {
        if (n != to - from) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (known[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names of the last feature's attributes (this read's instance, {@link FeatureAssembler#names}): the next
     * feature most likely has the same, and its names are then recognised by their bytes alone
     * ({@link Attributes.Names#matches}), neither decoded nor looked up, and its attributes share that instance.
     */
    private Attributes.Names expected = Attributes.Names.EMPTY;
    /** For each of {@link #expected}'s attributes: how many of its short values were looked up, how many found. */
    private int[] lookedUp = new int[0];
    private int[] found = new int[0];
    private final java.util.Map<Attributes.Names, int[][]> valueCounts = new java.util.IdentityHashMap<>();
    /**
     * The attributes being read: names and values ({@link #attribute}; null when the value is a JSON null, which
     * is left out).
     */
    private String[] names = new String[16];
    private Object[] read = new Object[16];

    /** Reads a properties object at the cursor (its opening brace). */
    private Attributes properties(FeatureAssembler out) {
        in.pos++;
        int c = in.next();
        Attributes.Names expect = expected;
        boolean same = true;
        int n = 0;
        while (c != '}') {
            if (c != '"') {
                throw JsonBytes.UNUSUAL;
            }
            String name;
            int after = same && n < expect.size() ? expect.matches(n, in.buf, in.pos, in.end) : -1;
            if (after > 0) {
                name = expect.key(n);
                in.pos = after;
            } else {
                same = false;
                name = in.name();
            }
            in.expect(':');
            int v = in.next();
            if (v == '{' || v == '[') {
                throw JsonBytes.UNUSUAL; // kept as JSON text by the Jackson reader
            }
            if (n == names.length) {
                names = Arrays.copyOf(names, 2 * n);
                read = Arrays.copyOf(read, 2 * n);
            }
            names[n] = name;
            if (v == 'n') {
                in.literal(); // a null attribute is left out
                read[n] = null;
                same = false;
            } else {
                read[n] = same ? value(v, n) : attribute(v, true);
            }
            n++;
            c = afterMember();
        }
        in.pos++;
        if (same && n == expect.size()) {
            Object[] values = new Object[n]; // Arrays.copyOf's generic form costs a class test more under C1
            System.arraycopy(read, 0, values, 0, n);
            return new Attributes(expect, values);
        }
        return otherNames(n, out);
    }

    /**
     * The attributes just read when their names are not {@link #expected}'s, as the Jackson reader's map holds
     * them (a name given twice keeps its first place and its last value; null values left out); their names then
     * become the expected ones.
     */
    private Attributes otherNames(int n, FeatureAssembler out) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (read[i] != null) {
                map.put(names[i], read[i]);
            }
        }
        Attributes attributes = new Attributes(out.names(map.keySet().toArray(new String[0])),
                map.values().toArray());
        if (attributes.names() != expected) {
            expected = attributes.names();
            int[][] counts = valueCounts.computeIfAbsent(expected, k -> new int[2][k.size()]);
            lookedUp = counts[0];
            found = counts[1];
        }
        return attributes;
    }

    /**
     * The value of attribute {@code i} of the {@link #expected} names, at the cursor: a short one from a cache
     * ({@link #cachedString}, {@link #cachedNumber}) while that attribute's values repeat (a commune code, a land
     * use code, a sheet number), else made afresh (an area, a plot number: looking those up finds nothing and only
     * fills the cache).
     */
    private Object value(int v, int i) {
        int tries = lookedUp[i];
        if (tries >= VALUES_TRIED && found[i] < tries / REPEATED) {
            return attribute(v, false);
        }
        int before = misses;
        Object value = attribute(v, true);
        if (tries < VALUES_TRIED) {
            lookedUp[i] = tries + 1;
            if (misses == before) {
                found[i]++;
            }
        }
        return value;
    }

    /** After this many values of an attribute, {@link #value} decides whether to go on looking them up. */
    private static final int VALUES_TRIED = 256;
    /** It goes on when at least one value in this many was found. */
    private static final int REPEATED = 4;
    /** How many times a cache has not found a value. */
    private int misses;

    /** Reads a geometry object's members up to its coordinates; returns its type, {@link #POLYGON} or MultiPolygon. */
    private String geometryType() {
        int c = in.next();
        while (c == '"') {
            int member = in.oneOf(GEOMETRY_MEMBERS);
            in.expect(':');
            int v = in.next();
            if (member == 0) { // type
                if (v != '"') {
                    throw JsonBytes.UNUSUAL;
                }
                int type = in.oneOf(POLYGONAL);
                if (type < 0) {
                    throw JsonBytes.UNUSUAL;
                }
                in.expect(',');
                if (in.next() != '"' || in.oneOf(GEOMETRY_MEMBERS) != 1) {
                    throw JsonBytes.UNUSUAL;
                }
                in.expect(':');
                return POLYGONAL.key(type);
            }
            if (member > 0) { // coordinates before the type, or geometries
                throw JsonBytes.UNUSUAL;
            }
            in.skipValue(2);
            in.expect(',');
            c = in.next();
        }
        throw JsonBytes.UNUSUAL;
    }

    /** Reads the members after the coordinates up to the geometry's closing brace. */
    private void geometryEnd() {
        int c = in.next();
        while (c == ',') {
            in.pos++;
            if (in.next() != '"' || in.oneOf(GEOMETRY_MEMBERS) >= 0) {
                throw JsonBytes.UNUSUAL;
            }
            in.expect(':');
            in.skipValue(2);
            c = in.next();
        }
        if (c != '}') {
            throw JsonBytes.UNUSUAL;
        }
        in.pos++;
    }

    /**
     * Whether every coordinate of the feature being read was read by {@link #ring}'s one-go way and is within
     * {@link FeatureAssembler#MAX_PROJECTED_COORDINATE} either side of zero (so finite too): then neither
     * {@link LenientPolygons} looks for a NaN or infinity nor {@link FeatureAssembler#add} builds the parcel's
     * envelope to find an implausible coordinate, as neither can find one. Cleared by anything else.
     */
    private boolean bounded;

    /** A Polygon's coordinates (one polygon) or a MultiPolygon's, at the cursor. */
    private List<List<double[]>> coordinates(boolean single) {
        if (in.next() != '[') {
            throw JsonBytes.UNUSUAL;
        }
        if (single) {
            singleRings.clear();
            polygon(singleRings);
            return singlePolygon;
        }
        List<List<double[]>> polygons = new ArrayList<>(1);
        in.pos++;
        if (in.next() == ']') {
            in.pos++;
            return polygons;
        }
        while (true) {
            if (in.next() != '[') {
                throw JsonBytes.UNUSUAL;
            }
            polygons.add(polygon(new ArrayList<>(1)));
            if (endOfArray()) {
                return polygons;
            }
        }
    }

    /** Whether the cursor is at an array's closing bracket (consumed) rather than a comma (consumed too). */
    private boolean endOfArray() {
        int c = in.next();
        in.pos++;
        if (c == ']') {
            return true;
        }
        if (c != ',') {
            throw JsonBytes.UNUSUAL;
        }
        return false;
    }

    /**
     * A Polygon's rings, reused from feature to feature ({@link #polygonal} keeps none of its lists), and the list
     * of that one polygon.
     */
    private final List<double[]> singleRings = new ArrayList<>();
    private final List<List<double[]>> singlePolygon = List.of(singleRings);

    /** One polygon's rings at the cursor (its opening bracket), added to {@code rings}, which it returns. */
    private List<double[]> polygon(List<double[]> rings) {
        in.pos++;
        if (in.next() == ']') {
            in.pos++;
            return rings;
        }
        while (true) {
            if (in.next() != '[') {
                throw JsonBytes.UNUSUAL;
            }
            rings.add(ring());
            if (endOfArray()) {
                return rings;
            }
        }
    }

    /**
     * One ring's positions at the cursor (its opening bracket), as x,y pairs. A position written {@code [x,y]}, both
     * numbers of {@link #plainNumber}'s form, with or without spaces (U+0020 only) around its brackets, numbers and
     * comma ({@code [ x, y ]}, as GDAL writes it), is read in one go from the bytes; any other (another kind of
     * whitespace, a height, an exponent...) the general way, token by token, from where the position starts.
     */
    private double[] ring() {
        int n = 0;
        in.pos++;
        if (in.next() == ']') {
            in.pos++;
            return new double[0];
        }
        while (true) {
            if (n + 2 > ring.length) {
                ring = Arrays.copyOf(ring, ring.length * 2);
            }
            byte[] b = in.buf;
            int e = in.end;
            int p = spaces(b, in.pos, e);
            if (p < e && b[p] == '[') {
                int xEnd = plainNumber(b, spaces(b, p + 1, e), e);
                int comma = xEnd > 0 ? spaces(b, xEnd, e) : -1;
                if (comma > 0 && comma < e && b[comma] == ',') {
                    double x = value;
                    int yEnd = plainNumber(b, spaces(b, comma + 1, e), e);
                    int close = yEnd > 0 ? spaces(b, yEnd, e) : -1;
                    int next = close > 0 && close < e && b[close] == ']' ? spaces(b, close + 1, e) : -1;
                    int after = next > 0 && next < e ? b[next] : 0;
                    if (after == ',' || after == ']') {
                        double y = value;
                        if (!(Math.abs(x) <= FeatureAssembler.MAX_PROJECTED_COORDINATE
                                && Math.abs(y) <= FeatureAssembler.MAX_PROJECTED_COORDINATE)) {
                            bounded = false;
                        }
                        ring[n++] = x;
                        ring[n++] = y;
                        in.pos = next + 1;
                        if (after == ']') {
                            return Arrays.copyOf(ring, n);
                        }
                        continue;
                    }
                }
            }
            if (in.next() != '[') {
                throw JsonBytes.UNUSUAL;
            }
            bounded = false; // the general way: its numbers may be anything (FeatureAssembler and LenientPolygons check)
            in.pos++;
            ring[n++] = number();
            in.expect(',');
            ring[n++] = number();
            while (!endOfArray()) {
                number(); // a third and further ordinates (height) are read and ignored, as by the Jackson reader
            }
            if (endOfArray()) {
                return Arrays.copyOf(ring, n);
            }
        }
    }

    /** A number at the cursor: of {@link #plainNumber}'s form, or else through {@link JsonBytes#number}. */
    private double number() {
        in.next();
        int start = in.pos;
        int to = plainNumber(in.buf, start, in.end);
        if (to > 0) {
            in.pos = to;
            return value;
        }
        to = in.number(); // anything unusual, an exponent, many digits or an inexact decimal
        return FastDoubles.parse(in.buf, start, to, in.fractional);
    }

    /** {@return the index of the first byte from {@code p} on (before {@code e}) that is not a space} */
    private static int spaces(byte[] b, int p, int e) {
        while (p < e && b[p] == ' ') {
            p++;
        }
        return p;
    }

    /** The value of the number {@link #plainNumber} read last. */
    private double value;

    /**
     * Reads the number at {@code b[p]} when it has the common form ({@link #plainDigits}: validated and taken
     * apart in one pass) and decodes it into {@link #value}, exactly as {@link FastDoubles#parse} decodes it (an
     * integer through {@code long}, so {@code -0} is 0.0; a decimal as {@code m / 10^k} when that is exact,
     * {@link FastDoubles#isExactDecimal}).
     *
     * @return the index after it; -1 for any other form (or the end of the bytes), left to {@link JsonBytes#number}
     */
    private int plainNumber(byte[] b, int p, int e) {
        int to = plainDigits(b, p, e);
        if (to < 0) {
            return -1;
        }
        if (scale == 0) {
            value = negative ? (double) -digits : (double) digits;
            return to;
        }
        if (!FastDoubles.isExactDecimal(digits, scale)) {
            return -1;
        }
        double v = FastDoubles.decimal(digits, scale);
        value = negative ? -v : v;
        return to;
    }

    /** The polygons {@link #polygonal} builds, reused: {@link LenientPolygons#polygonal} keeps no list. */
    private final List<Polygon> built = new ArrayList<>();

    /**
     * The geometry as {@link GeoJsonParcelReader} builds a Polygon ({@code single}) or MultiPolygon; {@code finite}
     * when every coordinate is known to be ({@link #bounded}).
     */
    private Geometry polygonal(List<List<double[]>> polygons, boolean single, boolean finite,
                               List<ReadRepair> repairs) throws BadGeometryException {
        List<Polygon> built = this.built;
        built.clear();
        for (List<double[]> rings : polygons) {
            LenientPolygons.addPolygon(built, factory, rings, finite, repairs);
        }
        return LenientPolygons.polygonal(factory, built, single);
    }
}
