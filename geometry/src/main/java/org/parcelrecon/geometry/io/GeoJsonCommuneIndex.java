package org.parcelrecon.geometry.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.internal.NumberingScopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GeoJSON map indexed by commune in one streaming pass: for each feature its commune, byte range and line, in
 * about 20 bytes. {@link #read} reads one commune's features back from their byte ranges as a FeatureCollection of
 * their own (with the file's {@code crs} member) through {@link ParcelFiles#readGeoJson}, so parsing, repair and
 * rejection are exactly the file reader's, and gives each parcel and rejected feature its place in the whole file
 * (index, line, and the {@code #n} id of a polygon without a usable id). A province map of 2 million parcels is so
 * never in memory at once.
 *
 * <pre>{@code
 * GeoJsonCommuneIndex index = GeoJsonCommuneIndex.build(file, ReadOptions.DEFAULTS);
 * for (String commune : index.communes()) {       // "06652", "06658", ... ("" when no parcel names one)
 *     ParcelLayer layer = index.read(commune);      // that commune's parcels, in file order
 * }
 * }</pre>
 *
 * <p>A file that breaks off (malformed JSON) is a {@link MalformedMapException} naming file, line and column:
 * comparing the part before the break with another survey would call every parcel after it removed. Thread-safe
 * after {@link #build}: reads use positional I/O.
 */
public final class GeoJsonCommuneIndex {
    private static final Logger LOG = LoggerFactory.getLogger(GeoJsonCommuneIndex.class);
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final Path file;
    private final String source;
    private final ReadOptions options;
    private final byte[] crsMember;
    private final boolean communes;
    private final Map<String, int[]> featuresByCommune;
    private final long[] start;
    private final int[] length;
    private final int[] line;
    /**
     * Whether the file was indexed by Jackson (the byte scanner left it: a feature that is not an object, NaN, ...):
     * {@link #read} then reads each commune through the Jackson reader too, exactly as before the fast paths.
     */
    private final boolean byJackson;
    /**
     * The byte buffers of {@link #readFast} calls that have finished, for the next ones (at most one per thread
     * reading at once, each as large as the largest run of features it read, up to 64 MB): a commune is megabytes
     * of text, and a fresh array for each (allocated, zeroed, then filled) was a tenth of reading a commune.
     */
    private final ConcurrentLinkedQueue<byte[]> buffers = new ConcurrentLinkedQueue<>();
    /** The CRS the {@code crs} member declares, when known here (the fast read path's). */
    private final Optional<Crs> declared;
    /** The CRS name the {@code crs} member holds, known here or not; null when none. */
    private final String declaredText;

    private GeoJsonCommuneIndex(Path file, ReadOptions options, byte[] crsMember, Indexed features,
                                boolean byJackson) throws IOException {
        this.file = file;
        this.source = String.valueOf(file.getFileName());
        this.options = options;
        this.crsMember = crsMember;
        this.communes = features.sawCommune;
        this.featuresByCommune = features.byCommune();
        this.start = Arrays.copyOf(features.start, features.n);
        this.length = Arrays.copyOf(features.length, features.n);
        this.line = Arrays.copyOf(features.line, features.n);
        this.byJackson = byJackson;
        this.declaredText = crsMember == null ? null : GeoJsonParcelReader.crsName(crsMember);
        this.declared = declaredText == null ? Optional.empty() : GeoJsonParcelReader.parseCrs(declaredText);
    }

    /** The features found by the indexing pass, with their partitions. */
    private static final class Indexed {
        private final UnaryOperator<String> communeKey;
        private final Map<String, Integer> partitionOfWritten = new HashMap<>();
        private final Map<String, Integer> partitionOfKey = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private long[] start = new long[1024];
        private int[] length = new int[1024];
        private int[] line = new int[1024];
        private int[] partition = new int[1024];
        private int n;
        private boolean sawCommune;
        private String lastWritten;
        private Integer lastPartition;

        Indexed(UnaryOperator<String> communeKey) {
            this.communeKey = communeKey;
        }

        void add(long from, int size, int atLine, String written) {
            if (n == start.length) {
                int grown = n * 2;
                start = Arrays.copyOf(start, grown);
                length = Arrays.copyOf(length, grown);
                line = Arrays.copyOf(line, grown);
                partition = Arrays.copyOf(partition, grown);
            }
            start[n] = from;
            length[n] = size;
            line[n] = atLine;
            if (!sawCommune && written != null) {
                sawCommune = !written.isBlank(); // looked at until one is found: it ran per feature
            }
            // one partition number per distinct text: 2 million parcels name a few hundred communes, one after
            // another (the scanner gives the same string for the same text as the feature before)
            Integer k = written == lastWritten && n > 0 ? lastPartition : partitionOfWritten.get(written);
            if (k == null) {
                String key = Objects.requireNonNull(communeKey.apply(written), "commune key");
                k = partitionOfKey.computeIfAbsent(key, c -> {
                    keys.add(c);
                    return keys.size() - 1;
                });
                partitionOfWritten.put(written, k);
            }
            partition[n] = k;
            lastWritten = written;
            lastPartition = k;
            n++;
        }

        Map<String, int[]> byCommune() {
            int[] sizes = new int[keys.size()];
            for (int i = 0; i < n; i++) {
                sizes[partition[i]]++;
            }
            int[][] members = new int[keys.size()][];
            for (int k = 0; k < members.length; k++) {
                members[k] = new int[sizes[k]];
                sizes[k] = 0;
            }
            for (int i = 0; i < n; i++) {
                members[partition[i]][sizes[partition[i]]++] = i;
            }
            Map<String, int[]> byCommune = new TreeMap<>();
            for (int k = 0; k < members.length; k++) {
                byCommune.put(keys.get(k), members[k]);
            }
            return byCommune;
        }
    }

    /**
     * Indexes a map by the commune attributes that map QA and the comparison use ({@code commune_code},
     * {@code ma_xa}, {@code commune}, {@code maXa}: the first a feature carries), the commune being the value as
     * written, stripped; {@code ""} for a feature without one.
     *
     * @param file    the GeoJSON map
     * @param options how its features are read (attribute names, CRS)
     * @return the index
     * @throws IOException if the file cannot be read, is not a FeatureCollection or breaks off
     */
    public static GeoJsonCommuneIndex build(Path file, ReadOptions options) throws IOException {
        return build(file, options, COMMUNE_ATTRIBUTE, COMMUNE_KEY);
    }

    /** The commune attributes {@link #build(Path, ReadOptions)} partitions by. */
    private static final Predicate<String> COMMUNE_ATTRIBUTE = NumberingScopes.COMMUNE_PROPERTIES::contains;
    /** A commune as written, stripped; {@code ""} for none. */
    private static final UnaryOperator<String> COMMUNE_KEY = written -> written == null ? "" : written.strip();

    /**
     * Indexes a map by commune.
     *
     * @param file              a GeoJSON FeatureCollection
     * @param options           how {@link #read} reads the parcels
     * @param communeAttribute  whether an attribute name holds the commune (the first such attribute of a feature
     *                          with a value counts)
     * @param communeKey        the partition of a commune as written (null for a feature without one), e.g. today's
     *                          code of a retired one
     * @return the index
     * @throws MalformedMapException if the file is not a FeatureCollection or breaks off
     */
    public static GeoJsonCommuneIndex build(Path file, ReadOptions options, Predicate<String> communeAttribute,
                                            UnaryOperator<String> communeKey) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(communeAttribute, "communeAttribute");
        Objects.requireNonNull(communeKey, "communeKey");
        Map<String, Boolean> isCommune = new HashMap<>();
        Predicate<String> cachedAttribute = name -> isCommune.computeIfAbsent(name, communeAttribute::test);
        Indexed scanned = new Indexed(communeKey);
        GeoJsonCommuneIndex index = scanned(file, options, cachedAttribute, scanned, scanned::add);
        return index != null ? index : buildWithJackson(file, options, cachedAttribute, communeKey);
    }

    /**
     * Both maps of a pair indexed as {@link #build(Path, ReadOptions)} does, at once ({@code newMap} on
     * {@code executor}), when both are to be read commune by commune, i.e. when {@link #firstFeatureNamesCommune}
     * says so of each: empty when it does not. The same answer and indexes as asking that of both maps first, then
     * building both, without opening each file and reading its start with Jackson before the indexing can begin
     * (~10 ms of the start of {@code compare-maps}): the byte scanner tells at each map's first feature, and a map
     * whose first feature names no commune (or that has none) stops both scans at their next feature. A map the byte
     * scanner leaves is asked and indexed the Jackson way, as before, once the other map has answered.
     *
     * @param oldMap     the first map
     * @param oldOptions how its features are read
     * @param newMap     the second map
     * @param newOptions how its features are read
     * @param executor   where the second map is indexed
     * @return the two indexes (first map's first), or empty
     * @throws IOException if a file cannot be read, is not a FeatureCollection or breaks off, as {@code build}
     */
    public static Optional<List<GeoJsonCommuneIndex>> buildBothByCommune(Path oldMap, ReadOptions oldOptions,
                                                                         Path newMap, ReadOptions newOptions,
                                                                         Executor executor) throws IOException {
        Objects.requireNonNull(executor, "executor");
        AtomicBoolean notByCommune = new AtomicBoolean();
        CompletableFuture<FirstLook> second = CompletableFuture.supplyAsync(() -> {
            try {
                return firstLook(newMap, newOptions, notByCommune);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, executor);
        FirstLook first = firstLook(oldMap, oldOptions, notByCommune);
        FirstLook other;
        try {
            other = second.join();
        } catch (CompletionException e) { // what the second map's indexing threw, as it threw it
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (first.notByCommune() || other.notByCommune()
                || first.index() == null && !firstFeatureNamesCommune(oldMap)
                || other.index() == null && !firstFeatureNamesCommune(newMap)) {
            return Optional.empty();
        }
        return Optional.of(List.of(first.index() != null ? first.index() : jackson(oldMap, oldOptions),
                other.index() != null ? other.index() : jackson(newMap, newOptions)));
    }

    /**
     * What the byte scanner found: the index; or that the map is not read commune by commune (its first feature
     * names no commune, it has none, or the other map said so); or neither (index null): the scanner left the file.
     */
    private record FirstLook(GeoJsonCommuneIndex index, boolean notByCommune) {
    }

    /** Thrown by a sink to end the scan: the map is not to be read commune by commune. */
    private static final class NotByCommune extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private static final NotByCommune INSTANCE = new NotByCommune();

        private NotByCommune() {
            super("not read commune by commune", null, false, false);
        }
    }

    private static FirstLook firstLook(Path file, ReadOptions options,
                                       AtomicBoolean notByCommune) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Map<String, Boolean> isCommune = new HashMap<>();
        Predicate<String> cachedAttribute = name -> isCommune.computeIfAbsent(name, COMMUNE_ATTRIBUTE::test);
        Indexed scanned = new Indexed(COMMUNE_KEY);
        try {
            GeoJsonCommuneIndex index = scanned(file, options, cachedAttribute, scanned, (from, size, line, c) -> {
                // the first feature's commune as firstFeatureNamesCommune reads it: a scalar's text, not blank
                if (scanned.n == 0 && (c == null || c.isBlank()) || notByCommune.get()) {
                    throw NotByCommune.INSTANCE;
                }
                scanned.add(from, size, line, c);
            });
            if (index != null && index.featureCount() == 0) {
                throw NotByCommune.INSTANCE;
            }
            return new FirstLook(index, false);
        } catch (NotByCommune e) {
            notByCommune.set(true);
            return new FirstLook(null, true);
        }
    }

    private static GeoJsonCommuneIndex jackson(Path file, ReadOptions options) throws IOException {
        Map<String, Boolean> isCommune = new HashMap<>();
        return buildWithJackson(file, options, name -> isCommune.computeIfAbsent(name, COMMUNE_ATTRIBUTE::test),
                COMMUNE_KEY);
    }

    /** The index as the byte scanner reads it into {@code scanned} through {@code sink}; null when it leaves the file. */
    private static GeoJsonCommuneIndex scanned(Path file, ReadOptions options, Predicate<String> cachedAttribute,
                                               Indexed scanned, GeoJsonScanner.Sink sink) throws IOException {
        long began = System.nanoTime();
        GeoJsonScanner.Crs crs = GeoJsonScanner.scan(file, cachedAttribute, sink);
        if (crs != null) {
            byte[] member = crs.start() < 0 ? null : bytes(file, crs.start(), Math.toIntExact(crs.end() - crs.start()));
            GeoJsonCommuneIndex index = new GeoJsonCommuneIndex(file, options, member, scanned, false);
            LOG.debug("indexed {} by commune: {} features ({} read by the last one's skeleton) in {} ms",
                    index.source, scanned.n, crs.matched(), (System.nanoTime() - began) / 1_000_000);
            return index;
        }
        return null;
    }

    /**
     * A whole GeoJSON map read by the fast paths (as {@link #read} reads a commune), for {@link ParcelFiles#read}:
     * the same layer as the streaming Jackson reader's. Null when the file is left to that reader: the byte scanner
     * does not read it (malformed, a feature that is not an object, NaN...), its {@code type} is not
     * FeatureCollection or it has more than one {@code crs} member (cases whose messages and warnings are the
     * Jackson reader's to give).
     */
    static ParcelLayer readWhole(Path file, ReadOptions options) throws IOException {
        Indexed scanned = new Indexed(written -> "");
        GeoJsonScanner.Crs crs = GeoJsonScanner.scan(file, name -> false, scanned::add);
        if (crs == null || crs.otherType() || crs.members() > 1) {
            return null;
        }
        byte[] member = crs.start() < 0 ? null : bytes(file, crs.start(), Math.toIntExact(crs.end() - crs.start()));
        GeoJsonCommuneIndex whole = new GeoJsonCommuneIndex(file, options, member, scanned, false);
        int[] all = new int[whole.featureCount()];
        Arrays.setAll(all, i -> i);
        // not relined: the whole-file reader gives a feature it cannot transform line 0, and so does this
        return whole.readFast(all);
    }

    /**
     * The index as Jackson's tokens give it: for the files the byte scanner leaves (malformed, not a
     * FeatureCollection, or holding what it does not read), so that they are indexed, or reported, as before it.
     */
    static GeoJsonCommuneIndex buildWithJackson(Path file, ReadOptions options,
                                                        Predicate<String> communeAttribute,
                                                        UnaryOperator<String> communeKey) throws IOException {
        String source = String.valueOf(file.getFileName());
        Indexed indexed = new Indexed(communeKey);
        long crsStart = -1;
        long crsEnd = -1;
        boolean sawFeatures = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser p = JSON.createParser(in)) {
            try {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new MalformedMapException(source, 0, 0, "not a GeoJSON object; a map must be a GeoJSON"
                            + " FeatureCollection");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if (field.equals("crs") && t == JsonToken.START_OBJECT) {
                        crsStart = p.currentTokenLocation().getByteOffset();
                        p.skipChildren();
                        crsEnd = p.currentLocation().getByteOffset();
                    } else if (field.equals("features") && t == JsonToken.START_ARRAY) {
                        sawFeatures = true;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            long from = p.currentTokenLocation().getByteOffset();
                            int atLine = p.currentTokenLocation().getLineNr();
                            String written = p.currentToken() == JsonToken.START_OBJECT
                                    ? feature(p, communeAttribute) : null;
                            if (p.currentToken() != JsonToken.END_OBJECT) {
                                p.skipChildren();
                            }
                            indexed.add(from, Math.toIntExact(p.currentLocation().getByteOffset() - from), atLine,
                                    written);
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                long at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                throw new MalformedMapException(source, at, column, "malformed JSON (" + e.getOriginalMessage()
                        + ") after " + indexed.n + " features; the map cannot be read on past it: repair the file");
            }
        }
        if (!sawFeatures) {
            throw new MalformedMapException(source, 0, 0, "no \"features\" array; a map must be a GeoJSON"
                    + " FeatureCollection");
        }
        byte[] crs = crsStart < 0 ? null : bytes(file, crsStart, Math.toIntExact(crsEnd - crsStart));
        return new GeoJsonCommuneIndex(file, options, crs, indexed, true);
    }

    /**
     * Whether the file's first feature names its commune in one of the attributes {@link #build(Path, ReadOptions)}
     * partitions by: a look at the start of the file, to decide whether a map is worth reading commune by commune.
     * False for a file that is not a FeatureCollection or has no feature (the full read then says why).
     *
     * @param file the GeoJSON map
     * @return whether its first feature carries a commune attribute
     * @throws IOException if the file cannot be read
     */
    public static boolean firstFeatureNamesCommune(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("features") && t == JsonToken.START_ARRAY) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        return false;
                    }
                    String written = feature(p, NumberingScopes.COMMUNE_PROPERTIES::contains);
                    return written != null && !written.isBlank();
                }
                p.skipChildren();
            }
            return false;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Reads one feature object up to its end; returns its commune attribute's text, or null. */
    private static String feature(JsonParser p, Predicate<String> communeAttribute) throws IOException {
        String commune = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("properties") && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v.isScalarValue() && v != JsonToken.VALUE_NULL
                            && communeAttribute.test(name)) {
                        if (commune == null) {
                            commune = p.getText();
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return commune;
    }

    private static byte[] bytes(Path file, long from, int size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(size);
            while (b.hasRemaining()) {
                if (ch.read(b, from + b.position()) < 0) {
                    throw new IOException(file + ": ends before byte " + (from + size));
                }
            }
            return b.array();
        }
    }

    /** {@return feature {@code i}'s byte offset, length and line, as {@code offset+length@line} (for tests)} */
    String layout(int i) {
        return start[i] + "+" + length[i] + "@" + line[i];
    }

    /** {@return whether the file was indexed by Jackson rather than the byte scanner (for tests)} */
    boolean indexedByJackson() {
        return byJackson;
    }

    /** {@return the file name} */
    public String source() {
        return source;
    }

    /** {@return whether some feature names its commune} */
    public boolean hasCommunes() {
        return communes;
    }

    /** {@return the communes (partition keys) with features, in key order} */
    public SortedSet<String> communes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(featuresByCommune.keySet()));
    }

    /** {@return the number of features in the file (parcels and features the reader will reject)} */
    public int featureCount() {
        return start.length;
    }

    /**
     * {@return the number of features of one commune; 0 for a commune not on the map}
     *
     * @param commune the commune (partition key)
     */
    public int featureCount(String commune) {
        int[] features = featuresByCommune.get(commune);
        return features == null ? 0 : features.length;
    }

    /**
     * One commune's features as the file reader reads them, in file order: each parcel's {@link ParcelFeature#index()}
     * (and the {@code #n} id of one without a usable id) and each rejected feature's index and line are those of the
     * whole file. An empty layer for a commune not on the map.
     *
     * @param commune the commune (partition key)
     * @return its parcels, rejected features and warnings
     * @throws IOException if the file cannot be read or changed since it was indexed
     */
    public ParcelLayer read(String commune) throws IOException {
        int[] features = featuresByCommune.getOrDefault(commune, new int[0]);
        return byJackson ? readWithJackson(features) : relined(readFast(features));
    }

    /**
     * Reads the features from their bytes: each through {@link GeoJsonFeatureParser}, or, when it is not of the
     * shape that parser reads, through the Jackson reader's feature code; then the layer is settled as the Jackson
     * reader settles it. Runs of consecutive features are read from the file in one piece.
     */
    private ParcelLayer readFast(int[] features) throws IOException {
        FeatureAssembler out = new FeatureAssembler(source, options);
        GeoJsonParcelReader slow = new GeoJsonParcelReader(ParcelFiles.FACTORY);
        GeoJsonFeatureParser fast = new GeoJsonFeatureParser(ParcelFiles.FACTORY, slow::shared);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] buf = buffers.poll();
            if (buf == null) {
                buf = new byte[0];
            }
            for (int k = 0; k < features.length; ) {
                int end = runEnd(features, k);
                long from = start[features[k]];
                int size = Math.toIntExact(start[features[end - 1]] + length[features[end - 1]] - from);
                if (buf.length < size) {
                    buf = new byte[Math.max(size, Math.min(2 * buf.length, 1 << 26))];
                }
                ByteBuffer b = ByteBuffer.wrap(buf, 0, size);
                while (b.hasRemaining()) {
                    if (ch.read(b, from + b.position()) < 0) {
                        throw new IOException(source + " changed while it was read: ends before byte " + (from + size));
                    }
                }
                for (int i = k; i < end; i++) {
                    int f = features[i];
                    int at = Math.toIntExact(start[f] - from);
                    if (!fast.read(buf, at, at + length[f], f, line[f], out)) {
                        slow.feature(buf, at, length[f], source, f, line[f], out);
                    }
                }
                k = end;
            }
            buffers.offer(buf);
        }
        return out.finish(declared, declaredText, true);
    }

    /**
     * The end (exclusive) of the run of features from {@code features[k]} on that follow each other in the file (a
     * map written commune by commune is one run per commune), read in one piece up to 64 MB.
     */
    private int runEnd(int[] features, int k) {
        int end = k + 1;
        while (end < features.length && features[end] == features[end - 1] + 1
                && start[features[end]] - start[features[k]] < 1 << 26) {
            end++;
        }
        return end;
    }

    /** Reads the features as one FeatureCollection of their own through the Jackson reader. */
    private ParcelLayer readWithJackson(int[] features) throws IOException {
        ByteArrayOutputStream doc = new ByteArrayOutputStream(1 << 16);
        doc.writeBytes("{\"type\":\"FeatureCollection\",".getBytes(StandardCharsets.US_ASCII));
        if (crsMember != null) {
            doc.writeBytes("\"crs\":".getBytes(StandardCharsets.US_ASCII));
            doc.writeBytes(crsMember);
            doc.write(',');
        }
        doc.writeBytes("\"features\":[".getBytes(StandardCharsets.US_ASCII));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            // runs of features that follow each other in the file (a map written commune by commune is one run per
            // commune) are read in one piece, the commas and line breaks between them included
            for (int k = 0; k < features.length; ) {
                int end = runEnd(features, k);
                if (k > 0) {
                    doc.write(',');
                }
                long from = start[features[k]];
                long to = start[features[end - 1]] + length[features[end - 1]];
                ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(to - from));
                while (b.hasRemaining()) {
                    if (ch.read(b, from + b.position()) < 0) {
                        throw new IOException(source + " changed while it was read: ends before byte " + to);
                    }
                }
                doc.write(b.array(), 0, b.capacity());
                k = end;
            }
        }
        doc.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
        return relined(ParcelFiles.readGeoJsonPart(new ByteArrayInputStream(doc.toByteArray()), source, options,
                features));
    }

    /** The layer with each rejected feature at its line in the whole file. */
    private ParcelLayer relined(ParcelLayer layer) {
        List<RejectedFeature> rejected = new ArrayList<>(layer.rejected().size());
        for (RejectedFeature f : layer.rejected()) {
            boolean known = f.index() >= 0 && f.index() < line.length;
            rejected.add(new RejectedFeature(f.source(), f.index(), known ? line[f.index()] : 0, f.id(), f.reason(),
                    f.message()));
        }
        return new ParcelLayer(source, layer.crs(), layer.features(), rejected, layer.warnings());
    }
}
