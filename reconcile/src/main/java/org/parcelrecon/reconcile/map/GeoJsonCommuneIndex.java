package org.parcelrecon.reconcile.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.geometry.io.RejectedFeature;
import org.parcelrecon.core.input.RejectedRow;

/**
 * A GeoJSON map read commune by commune through geometry's {@link org.parcelrecon.geometry.io.GeoJsonCommuneIndex}
 * (one streaming pass for each feature's commune, byte range and line; each commune read back from its byte ranges
 * by the file reader), the communes being today's codes through the 2025 crosswalk.
 *
 * <p>A file that breaks off (malformed JSON) is an {@link IOException} naming file, line and column: comparing the
 * part before the break with another survey would call every parcel after it removed. Thread-safe after
 * {@link #build}.
 */
final class GeoJsonCommuneIndex implements CommuneMaps {
    private final org.parcelrecon.geometry.io.GeoJsonCommuneIndex index;

    private GeoJsonCommuneIndex(org.parcelrecon.geometry.io.GeoJsonCommuneIndex index) {
        this.index = index;
    }

    static GeoJsonCommuneIndex build(Path file, ReadOptions options, AdministrativeUnits units) throws IOException {
        CommuneCodes codes = new CommuneCodes(units);
        return new GeoJsonCommuneIndex(org.parcelrecon.geometry.io.GeoJsonCommuneIndex.build(file, options,
                name -> MapAttributes.is(name, MapAttributes.COMMUNE), codes::today));
    }

    @Override
    public String source() {
        return index.source();
    }

    @Override
    public boolean hasCommunes() {
        return index.hasCommunes();
    }

    @Override
    public SortedSet<String> communes() {
        return index.communes();
    }

    @Override
    public CommuneLayer read(String commune) throws IOException {
        ParcelLayer layer = index.read(commune);
        List<RejectedRow> rejected = new ArrayList<>(layer.rejected().size());
        for (RejectedFeature f : layer.rejected()) {
            rejected.add(f.toRow());
        }
        return new CommuneLayer(new ParcelLayer(layer.source(), layer.crs(), layer.features(), List.of(),
                layer.warnings()), rejected);
    }

    @Override
    public List<RejectedRow> indexProblems() {
        return List.of();
    }

    @Override
    public long parcelCount() {
        return index.featureCount();
    }
}
