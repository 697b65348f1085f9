package org.parcelrecon.reconcile.map;

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
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.geometry.io.RejectedFeature;
import org.parcelrecon.core.input.RejectedRow;

/**
 * A GeoJSON map indexed by commune in one streaming pass: for each feature its commune, byte range and line, in
 * about 20 bytes. {@link #read} reads one commune's features back from their byte ranges as a FeatureCollection of
 * their own (with the file's {@code crs} member) through {@link ParcelFiles#readGeoJson}, so parsing, repair and
 * rejection are exactly the file reader's.
 *
 * <p>A file that breaks off (malformed JSON) is an {@link IOException} naming file, line and column: comparing the
 * part before the break with another survey would call every parcel after it removed. Thread-safe after
 * {@link #build}: reads use positional I/O.
 */
final class GeoJsonCommuneIndex implements CommuneMaps {
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
    private final List<RejectedRow> problems;

    private GeoJsonCommuneIndex(Path file, ReadOptions options, byte[] crsMember, boolean communes,
                                Map<String, int[]> featuresByCommune, long[] start, int[] length, int[] line,
                                List<RejectedRow> problems) {
        this.file = file;
        this.source = String.valueOf(file.getFileName());
        this.options = options;
        this.crsMember = crsMember;
        this.communes = communes;
        this.featuresByCommune = featuresByCommune;
        this.start = start;
        this.length = length;
        this.line = line;
        this.problems = problems;
    }

    static GeoJsonCommuneIndex build(Path file, ReadOptions options, AdministrativeUnits units) throws IOException {
        String source = String.valueOf(file.getFileName());
        CommuneCodes codes = new CommuneCodes(units);
        Map<String, Boolean> isCommune = new HashMap<>();
        long[] start = new long[1024];
        int[] length = new int[1024];
        int[] line = new int[1024];
        String[] commune = new String[1024];
        int n = 0;
        long crsStart = -1;
        long crsEnd = -1;
        List<RejectedRow> problems = new ArrayList<>();
        boolean sawCommune = false;
        boolean sawFeatures = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser p = JSON.createParser(in)) {
            try {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException(source + ": not a GeoJSON object; a map must be a GeoJSON FeatureCollection");
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
                                commune = Arrays.copyOf(commune, size);
                            }
                            long from = p.currentTokenLocation().getByteOffset();
                            line[n] = p.currentTokenLocation().getLineNr();
                            String written = p.currentToken() == JsonToken.START_OBJECT ? feature(p, isCommune) : null;
                            if (p.currentToken() != JsonToken.END_OBJECT) {
                                p.skipChildren();
                            }
                            start[n] = from;
                            length[n] = Math.toIntExact(p.currentLocation().getByteOffset() - from);
                            sawCommune |= written != null && !written.isBlank();
                            commune[n] = written;
                            n++;
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
                        + e.getLocation().getColumnNr();
                throw new IOException(source + at + ": malformed JSON (" + e.getOriginalMessage() + ") after "
                        + n + " features; the map cannot be read on past it: repair the file", e);
            }
        }
        if (!sawFeatures && problems.isEmpty()) {
            throw new IOException(source + ": no \"features\" array; a map must be a GeoJSON FeatureCollection");
        }
        Map<String, List<Integer>> by = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String c = sawCommune ? codes.today(commune[i]) : SurveyMaps.NO_COMMUNE;
            by.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> packed = new TreeMap<>();
        by.forEach((c, list) -> packed.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        byte[] crs = crsStart < 0 ? null : bytes(file, crsStart, Math.toIntExact(crsEnd - crsStart));
        return new GeoJsonCommuneIndex(file, options, crs, sawCommune, packed, Arrays.copyOf(start, n),
                Arrays.copyOf(length, n), Arrays.copyOf(line, n), problems);
    }

    /** Reads one feature object up to its end; returns its commune attribute's text, or null. */
    private static String feature(JsonParser p, Map<String, Boolean> isCommune) throws IOException {
        String commune = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("properties") && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v.isScalarValue() && v != JsonToken.VALUE_NULL
                            && isCommune.computeIfAbsent(name, a -> MapAttributes.is(a, MapAttributes.COMMUNE))) {
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

    @Override
    public String source() {
        return source;
    }

    @Override
    public boolean hasCommunes() {
        return communes;
    }

    @Override
    public SortedSet<String> communes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(featuresByCommune.keySet()));
    }

    @Override
    public CommuneLayer read(String commune) throws IOException {
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
            for (int k = 0; k < features.length; k++) {
                int i = features[k];
                if (k > 0) {
                    doc.write(',');
                }
                ByteBuffer b = ByteBuffer.allocate(length[i]);
                while (b.hasRemaining()) {
                    if (ch.read(b, start[i] + b.position()) < 0) {
                        throw new IOException(source + " changed while it was read: ends before byte " + start[i]);
                    }
                }
                doc.write(b.array(), 0, b.capacity());
            }
        }
        doc.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
        ParcelLayer layer = ParcelFiles.readGeoJson(new ByteArrayInputStream(doc.toByteArray()), source, options);
        List<RejectedRow> rejected = new ArrayList<>(layer.rejected().size());
        for (RejectedFeature f : layer.rejected()) {
            long at = f.index() >= 0 && f.index() < features.length ? line[features[f.index()]] : 0;
            rejected.add(f.toRow(at));
        }
        return new CommuneLayer(new ParcelLayer(source, layer.crs(), layer.features(), List.of(), layer.warnings()),
                rejected);
    }

    @Override
    public List<RejectedRow> indexProblems() {
        return problems;
    }

    @Override
    public long parcelCount() {
        return start.length;
    }
}
