package org.parcelrecon.reconcile.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.core.input.RejectedRow;

/**
 * A map file split by commune, so that a province run holds one commune's parcels at a time: {@link #communes()}
 * lists today's commune codes the map has parcels in, and {@link #read(String)} reads one commune's parcels.
 *
 * <p>A GeoJSON map is indexed in one streaming pass (each feature's commune, byte range and line) and read commune
 * by commune from its byte ranges ({@link #open}), so a 2-million-parcel map is never in memory at once; other
 * formats (GeoPackage, CSV with WKT) are read whole and split. A map whose parcels name no commune is one partition,
 * {@link SurveyMaps#NO_COMMUNE}.
 *
 * <p>A parcel's commune is its {@code commune_code} attribute (also {@code ma_xa}, {@code ma_dvhc},
 * {@code commune}, {@code xa}), read as today's code through the 2025 crosswalk.
 *
 * <p>Implementations are thread-safe once open: a run reads several communes at once.
 */
public interface CommuneMaps {
    /**
     * One commune's part of a map.
     *
     * @param layer    its parcels, in file order
     * @param rejected its features that could not be read, with their lines in the whole file
     */
    record CommuneLayer(ParcelLayer layer, List<RejectedRow> rejected) {
        /**
         * Copies the list.
         *
         * @param layer its parcels, in file order
         * @param rejected its features that could not be read, with their lines in the whole file
         */
        public CommuneLayer {
            java.util.Objects.requireNonNull(layer, "layer");
            rejected = List.copyOf(rejected);
        }
    }

    /** {@return the file name} */
    String source();

    /** {@return whether the parcels name their communes} */
    boolean hasCommunes();

    /**
     * Today's commune codes with parcels on this map, in code order.
     *
     * @return the codes, in code order
     */
    SortedSet<String> communes();

    /**
     * {@return the parcels of one commune, in file order, with the features of that commune that could not be read (as
     * rows
     * of the whole file); empty for a commune not on the map}
     *
     * @param commune a current commune code
     * @throws IOException if the map file cannot be read again
     */
    CommuneLayer read(String commune) throws IOException;

    /**
     * Problems found while splitting the file (a file that breaks off), as rejected rows.
     *
     * @return the problems, in file order
     */
    List<RejectedRow> indexProblems();

    /** {@return the number of parcels on the map} */
    long parcelCount();

    /**
     * Opens a map file: GeoJSON by index, other formats read whole.
     *
     * @param file the map file
     * @param options how to read it: attribute names, CRS
     * @param units the province's units, to resolve the commune attribute
     * @return the map, indexed by commune
     * @throws IOException if the file cannot be read, or is empty
     */
    static CommuneMaps open(Path file, ReadOptions options, AdministrativeUnits units) throws IOException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return GeoJsonCommuneIndex.build(file, options, units);
        }
        return LoadedCommuneMaps.of(ParcelFiles.read(file, options), units);
    }
}
