package org.parcelrecon.geometry.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Predicate;

/**
 * The byte-level pass of {@link GeoJsonCommuneIndex#build}: finds each feature's byte range, line and commune
 * attribute in a GeoJSON FeatureCollection without making a token of every coordinate. It reads the file in large
 * chunks and walks it with a {@link JsonBytes} cursor, validating every byte as it goes (numbers, strings, UTF-8,
 * nesting), so a file it accepts is one Jackson accepts too.
 *
 * <p>It reads the file one unit at a time (the opening brace, one top-level member, one feature, one separator): a
 * unit that runs past the bytes in memory is read again from its start once the buffer has been refilled (grown
 * when one unit is larger than the buffer). When the file is malformed, is not a FeatureCollection, or holds anything
 * outside the cursor's subset (a feature that is not an object, {@code NaN}, a byte order mark...), {@link #scan}
 * returns false and the caller reads the file with Jackson, which then indexes or reports it exactly as before.
 */
final class GeoJsonScanner {
    /** Receives each feature found, in file order. */
    interface Sink {
        /**
         * One feature.
         *
         * @param from    its first byte's offset in the file (its opening brace)
         * @param length  its length in bytes, closing brace included
         * @param line    the 1-based line of its opening brace
         * @param commune the text of its first commune attribute with a scalar, non-null value; null when none
         */
        void feature(long from, int length, int line, String commune);
    }

    private static final int CHUNK = 1 << 23;
    private static final int MAX_BUFFER = 1 << 30;

    private enum State { OPEN, MEMBER, AFTER_MEMBER, FIRST_FEATURE, FEATURE, AFTER_FEATURE, DONE }

    private final FileChannel channel;
    private final Predicate<String> communeAttribute;
    private final Sink sink;
    private final JsonBytes in = new JsonBytes(new byte[CHUNK], 0, 0, true);
    /** The file offset of {@code in.buf[0]}. */
    private long base;
    private long crsStart = -1;
    private long crsEnd = -1;
    private boolean sawFeatures;
    private int crsMembers;
    private boolean otherType;

    private GeoJsonScanner(FileChannel channel, Predicate<String> communeAttribute, Sink sink) {
        this.channel = channel;
        this.communeAttribute = communeAttribute;
        this.sink = sink;
    }

    /**
     * What the scan found besides the features.
     *
     * @param start     where the file's (last) {@code crs} object member starts; -1 when it has none
     * @param end       where it ends (exclusive)
     * @param members   how many {@code crs} object members the file has
     * @param otherType whether a top-level {@code type} member names a type other than {@code FeatureCollection}
     * @param matched   how many features were read by matching the last one's {@link FeatureSkeleton}
     */
    record Crs(long start, long end, int members, boolean otherType, int matched) {
    }

    /**
     * Scans a file, giving each feature to {@code sink}.
     *
     * @param communeAttribute whether an attribute name holds the commune (asked once per distinct name)
     * @return where its {@code crs} member is; null when the file must be read by Jackson instead (the sink may then
     *     have been given some features: discard them)
     */
    static Crs scan(Path file, Predicate<String> communeAttribute, Sink sink) throws IOException {
        return scan(file, communeAttribute, sink, true);
    }

    /**
     * {@link #scan(Path, Predicate, Sink)}, with or without matching each feature to the last one's
     * {@link FeatureSkeleton} (without: every feature read member by member, the reference for tests).
     */
    static Crs scan(Path file, Predicate<String> communeAttribute, Sink sink, boolean skeletons) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            GeoJsonScanner s = new GeoJsonScanner(ch, communeAttribute, sink);
            s.skeletons = skeletons;
            return s.run() ? new Crs(s.crsStart, s.crsEnd, s.crsMembers, s.otherType, s.matched) : null;
        }
    }

    private boolean run() throws IOException {
        fill(0);
        State state = State.OPEN;
        while (state != State.DONE) {
            int unit = in.pos;
            long line = in.line;
            boolean lastCr = in.lastCr;
            try {
                state = step(state);
            } catch (JsonBytes.Stop stop) {
                if (stop != JsonBytes.SHORT) {
                    return false;
                }
                in.pos = unit;
                in.line = line;
                in.lastCr = lastCr;
                if (!fill(unit)) {
                    return false;
                }
            }
        }
        return sawFeatures;
    }

    /** Reads one unit in {@code state}; returns the next state. */
    private State step(State state) {
        switch (state) {
            case OPEN -> {
                in.expect('{');
                return in.ws() == '}' ? close() : State.MEMBER;
            }
            case MEMBER -> {
                if (in.ws() != '"') {
                    throw JsonBytes.UNUSUAL;
                }
                String name = in.text();
                in.expect(':');
                int c = in.ws();
                if (name.equals("crs") && c == '{') {
                    long from = base + in.pos;
                    in.skipValue(1);
                    crsStart = from;
                    crsEnd = base + in.pos;
                    crsMembers++;
                } else if (name.equals("type") && c == '"') {
                    otherType |= !in.text().equals("FeatureCollection");
                } else if (name.equals("features") && c == '[') {
                    in.pos++;
                    sawFeatures = true;
                    return State.FIRST_FEATURE;
                } else {
                    in.skipValue(1);
                }
                return State.AFTER_MEMBER;
            }
            case AFTER_MEMBER -> {
                int c = in.ws();
                if (c == '}') {
                    return close();
                }
                if (c != ',') {
                    throw JsonBytes.UNUSUAL;
                }
                in.pos++;
                return State.MEMBER;
            }
            case FIRST_FEATURE -> {
                if (in.ws() == ']') {
                    in.pos++;
                    return State.AFTER_MEMBER;
                }
                return State.FEATURE;
            }
            case FEATURE -> {
                if (in.ws() != '{') {
                    throw JsonBytes.UNUSUAL; // Jackson's pass gives it the reader's "not a JSON object" rejection
                }
                int at = in.pos;
                long from = base + at;
                long line = in.line;
                String commune;
                if (skeletons && skeleton.matches(this)) {
                    commune = skeleton.commune;
                    matched++;
                } else {
                    in.pos = at;
                    in.line = line;
                    in.lastCr = false;
                    slots = 0;
                    commune = feature();
                    skeleton.learn(in.buf, at, in.pos, slotFrom, slotTo, slotKind, slots);
                }
                long length = base + in.pos - from;
                if (length > Integer.MAX_VALUE || line > Integer.MAX_VALUE) {
                    throw JsonBytes.UNUSUAL;
                }
                sink.feature(from, (int) length, (int) line, commune);
                return State.AFTER_FEATURE;
            }
            case AFTER_FEATURE -> {
                int c = in.ws();
                in.pos++;
                if (c == ']') {
                    return State.AFTER_MEMBER;
                }
                if (c != ',') {
                    throw JsonBytes.UNUSUAL;
                }
                return State.FEATURE;
            }
            default -> throw new IllegalStateException(String.valueOf(state));
        }
    }

    private State close() {
        in.pos++;
        return State.DONE;
    }

    /** The depth its coordinates array may nest to, as {@code skipValue(2)} gives it (geometry object and array). */
    static final int COORDINATE_DEPTH = Math.min(63, JsonBytes.MAX_DEPTH - 2) - 1;

    /** The last feature read generally, as literal bytes around its values: the next one is first matched to it. */
    private final FeatureSkeleton skeleton = new FeatureSkeleton();
    private boolean skeletons;
    private int matched;
    /** The values of the feature being read generally (where each starts and ends, and what it is). */
    private int[] slotFrom = new int[16];
    private int[] slotTo = new int[16];
    private byte[] slotKind = new byte[16];
    private int slots;

    /** The cursor (for {@link FeatureSkeleton#matches}). */
    JsonBytes cursor() {
        return in;
    }

    /** A feature's members, recognised by their bytes: the scanner looks into {@code properties} only. */
    private static final Attributes.Names FEATURE_MEMBERS =
            new Attributes.Names(new String[] {"properties", "type", "geometry"});

    /** Reads a feature object at the cursor; returns its commune attribute's text, or null. */
    private String feature() {
        String commune = null;
        in.pos++;
        int c = in.ws();
        if (c == '}') {
            in.pos++;
            return null;
        }
        while (true) {
            if (c != '"') {
                throw JsonBytes.UNUSUAL;
            }
            int member = in.oneOf(FEATURE_MEMBERS);
            in.expect(':');
            int v = in.ws();
            if (member == 0 && v == '{') {
                commune = properties(commune);
            } else if (member != 2 || v != '{' || !polygon()) {
                in.skipValue(2);
            }
            c = in.afterMember();
            if (c < 0) {
                return commune;
            }
        }
    }

    /**
     * How a Polygon or MultiPolygon geometry object mostly begins, up to its coordinates: compact, and as GDAL
     * writes it. Bytes equal to one of these are valid JSON that leaves the cursor where a value must follow.
     */
    private static final byte[][] GEOMETRY_STARTS = {
        "{\"type\":\"Polygon\",\"coordinates\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "{\"type\":\"MultiPolygon\",\"coordinates\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "{ \"type\": \"Polygon\", \"coordinates\": ".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "{ \"type\": \"MultiPolygon\", \"coordinates\": ".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
    };

    /**
     * Skips a geometry object at the cursor (its opening brace) written as {@link #GEOMETRY_STARTS} begin, then its
     * coordinates ({@link NumberArrays#skip}) and its closing brace, so that the usual geometry costs no more than
     * its coordinates. Returns false, the cursor unchanged, for any other geometry (another start, a member after
     * the coordinates, a coordinate {@code NumberArrays.skip} leaves, the end of the bytes): {@link JsonBytes#skipValue}
     * then reads it as before.
     */
    private boolean polygon() {
        byte[] b = in.buf;
        int at = in.pos;
        for (byte[] start : GEOMETRY_STARTS) {
            int p = at + start.length;
            if (p < in.end && java.util.Arrays.equals(b, at, p, start, 0, start.length)) {
                long line = in.line;
                boolean lastCr = in.lastCr;
                // the array's depth limit as skipValue(2) gives it: the geometry object and the array itself
                int end = b[p] == '[' ? NumberArrays.skip(in, p, COORDINATE_DEPTH) : -1;
                int close = end;
                while (close > 0 && close < in.end && (b[close] == ' ' || b[close] == '\t')) {
                    close++;
                }
                if (close > 0 && close < in.end && b[close] == '}') {
                    in.pos = close + 1;
                    slot(p, end, FeatureSkeleton.COORDINATES);
                    return true;
                }
                in.line = line;
                in.lastCr = lastCr;
                return false;
            }
        }
        return false;
    }

    /**
     * The attribute names the last feature had, as {@link JsonBytes#plainBytes} (null for one that is not plain),
     * and whether each is a commune attribute: features repeat the same names, which are then recognised by their
     * bytes, neither validated nor decoded nor looked up.
     */
    private byte[][] names = new byte[8][];
    private boolean[] communeAt = new boolean[8];
    private int expected;
    /** The last commune text read, and its bytes: a map lists a commune's features together. */
    private String lastCommune;
    private byte[] lastCommuneBytes;

    /** Reads a properties object at the cursor; returns {@code commune} or, when null, the first commune attribute. */
    private String properties(String commune) {
        in.pos++;
        int c = in.ws();
        if (c == '}') {
            in.pos++;
            return commune;
        }
        int n = 0;
        boolean same = true;
        while (true) {
            if (c != '"') {
                throw JsonBytes.UNUSUAL;
            }
            boolean isCommune;
            int after = same && n < expected ? JsonBytes.plain(names[n], in.buf, in.pos, in.end) : -1;
            if (after > 0) {
                in.pos = after;
                isCommune = communeAt[n];
            } else {
                String name = in.name();
                isCommune = communeAttribute.test(name);
                if (same) {
                    same = false;
                    expected = n; // the names read so far, then this one
                }
                if (n == names.length) {
                    names = java.util.Arrays.copyOf(names, 2 * n);
                    communeAt = java.util.Arrays.copyOf(communeAt, 2 * n);
                }
                names[n] = JsonBytes.plainBytes(name);
                communeAt[n] = isCommune;
                expected = n + 1;
            }
            n++;
            in.expect(':');
            int from = in.pos;
            commune = value(commune, isCommune);
            slot(from, in.pos, isCommune ? FeatureSkeleton.COMMUNE_VALUE : FeatureSkeleton.VALUE);
            c = in.afterMember();
            if (c < 0) {
                return commune;
            }
        }
    }

    /**
     * Reads an attribute's value at the cursor (after whitespace); returns {@code commune} or, when that is null and
     * {@code isCommune}, the value's text when it is a scalar other than null.
     */
    String value(String commune, boolean isCommune) {
        int v = in.ws();
        if (commune == null && isCommune && v != '{' && v != '[' && v != 'n') {
            return switch (v) {
                case '"' -> communeText();
                case 't', 'f' -> in.literal() == 't' ? "true" : "false";
                default -> {
                    int from = in.pos;
                    yield new String(in.buf, from, in.skipNumber() - from, java.nio.charset.StandardCharsets.US_ASCII);
                }
            };
        }
        in.skipValue(3);
        return commune;
    }

    /** Records a value of the feature being read generally, for {@link FeatureSkeleton#learn}. */
    private void slot(int from, int to, byte kind) {
        if (slots == slotFrom.length) {
            slotFrom = java.util.Arrays.copyOf(slotFrom, 2 * slots);
            slotTo = java.util.Arrays.copyOf(slotTo, 2 * slots);
            slotKind = java.util.Arrays.copyOf(slotKind, 2 * slots);
        }
        slotFrom[slots] = from;
        slotTo[slots] = to;
        slotKind[slots] = kind;
        slots++;
    }

    /** The text of a string value at the cursor: the last commune's string when it is written the same way. */
    private String communeText() {
        int after = JsonBytes.plain(lastCommuneBytes, in.buf, in.pos, in.end);
        if (after > 0) {
            in.pos = after;
            return lastCommune;
        }
        lastCommune = in.text();
        lastCommuneBytes = JsonBytes.plainBytes(lastCommune);
        return lastCommune;
    }

    /**
     * Moves the bytes from {@code keep} on to the start of the buffer (growing it when they fill it) and reads more
     * of the file after them. Returns false when nothing more could be read (the file ends inside a unit) or a unit
     * would need a buffer over 1 GB.
     */
    private boolean fill(int keep) throws IOException {
        if (!in.more) {
            return false;
        }
        int kept = in.end - keep;
        byte[] buf = in.buf;
        if (kept >= buf.length / 2) {
            if (buf.length >= MAX_BUFFER) {
                return false;
            }
            buf = new byte[buf.length * 2];
        }
        System.arraycopy(in.buf, keep, buf, 0, kept);
        in.buf = buf;
        base += keep;
        in.pos -= keep;
        in.end = kept;
        ByteBuffer b = ByteBuffer.wrap(buf, kept, buf.length - kept);
        long at = base + kept;
        int read = 0;
        while (b.hasRemaining()) {
            int r = channel.read(b, at + read);
            if (r < 0) {
                in.more = false;
                break;
            }
            read += r;
        }
        in.end = kept + read;
        return read > 0 || in.pos < in.end;
    }
}
