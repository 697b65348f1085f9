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
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.parcelrecon.geometry.internal.NumberingScopes;

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

    private GeoJsonCommuneIndex(Path file, ReadOptions options, byte[] crsMember, boolean communes,
                                Map<String, int[]> featuresByCommune, long[] start, int[] length, int[] line) {
        this.file = file;
        this.source = String.valueOf(file.getFileName());
        this.options = options;
        this.crsMember = crsMember;
        this.communes = communes;
        this.featuresByCommune = featuresByCommune;
        this.start = start;
        this.length = length;
        this.line = line;
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
        return build(file, options, NumberingScopes.COMMUNE_PROPERTIES::contains,
                written -> written == null ? "" : written.strip());
    }

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
        String source = String.valueOf(file.getFileName());
        Map<String, Boolean> isCommune = new HashMap<>();
        Map<String, Integer> partitionOfWritten = new HashMap<>();
        Map<String, Integer> partitionOfKey = new HashMap<>();
        List<String> keys = new ArrayList<>();
        long[] start = new long[1024];
        int[] length = new int[1024];
        int[] line = new int[1024];
        int[] partition = new int[1024];
        int n = 0;
        long crsStart = -1;
        long crsEnd = -1;
        boolean sawCommune = false;
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
                            if (n == start.length) {
                                int size = n * 2;
                                start = Arrays.copyOf(start, size);
                                length = Arrays.copyOf(length, size);
                                line = Arrays.copyOf(line, size);
                                partition = Arrays.copyOf(partition, size);
                            }
                            long from = p.currentTokenLocation().getByteOffset();
                            line[n] = p.currentTokenLocation().getLineNr();
                            String written = p.currentToken() == JsonToken.START_OBJECT
                                    ? feature(p, isCommune, communeAttribute) : null;
                            if (p.currentToken() != JsonToken.END_OBJECT) {
                                p.skipChildren();
                            }
                            start[n] = from;
                            length[n] = Math.toIntExact(p.currentLocation().getByteOffset() - from);
                            sawCommune |= written != null && !written.isBlank();
                            // one partition number per distinct text: 2 million parcels name a few hundred communes
                            Integer k = partitionOfWritten.get(written);
                            if (k == null) {
                                String key = Objects.requireNonNull(communeKey.apply(written), "commune key");
                                k = partitionOfKey.computeIfAbsent(key, c -> {
                                    keys.add(c);
                                    return keys.size() - 1;
                                });
                                partitionOfWritten.put(written, k);
                            }
                            partition[n] = k;
                            n++;
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                long at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                throw new MalformedMapException(source, at, column, "malformed JSON (" + e.getOriginalMessage()
                        + ") after " + n + " features; the map cannot be read on past it: repair the file");
            }
        }
        if (!sawFeatures) {
            throw new MalformedMapException(source, 0, 0, "no \"features\" array; a map must be a GeoJSON"
                    + " FeatureCollection");
        }
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
        byte[] crs = crsStart < 0 ? null : bytes(file, crsStart, Math.toIntExact(crsEnd - crsStart));
        return new GeoJsonCommuneIndex(file, options, crs, sawCommune, byCommune, Arrays.copyOf(start, n),
                Arrays.copyOf(length, n), Arrays.copyOf(line, n));
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
                    String written = feature(p, new HashMap<>(), NumberingScopes.COMMUNE_PROPERTIES::contains);
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
    private static String feature(JsonParser p, Map<String, Boolean> isCommune, Predicate<String> communeAttribute)
            throws IOException {
        String commune = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("properties") && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v.isScalarValue() && v != JsonToken.VALUE_NULL
                            && isCommune.computeIfAbsent(name, communeAttribute::test)) {
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
                int end = k + 1;
                while (end < features.length && features[end] == features[end - 1] + 1
                        && start[features[end]] - start[features[k]] < 1 << 26) {
                    end++;
                }
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
        ParcelLayer layer = ParcelFiles.readGeoJsonPart(new ByteArrayInputStream(doc.toByteArray()), source, options,
                features);
        List<RejectedFeature> rejected = new ArrayList<>(layer.rejected().size());
        for (RejectedFeature f : layer.rejected()) {
            boolean known = f.index() >= 0 && f.index() < line.length;
            rejected.add(new RejectedFeature(f.source(), f.index(), known ? line[f.index()] : 0, f.id(), f.reason(),
                    f.message()));
        }
        return new ParcelLayer(source, layer.crs(), layer.features(), rejected, layer.warnings());
    }
}
