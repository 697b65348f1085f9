package org.parcelrecon.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ResultFiles;

/** What the map commands do with a map that gave no parcel: stop, rather than call every other parcel NEW. */
final class MapLayers {
    private MapLayers() {
    }

    /**
     * Returns when the layer has parcels; otherwise writes its rejected features to {@code rejectedFile} and throws.
     *
     * @throws IOException naming the file and why it gave no parcel
     */
    static void requireParcels(Path map, ParcelLayer layer, Path rejectedFile) throws IOException {
        requireParcels(map, layer, !layer.features().isEmpty(), rejectedFile);
    }

    /**
     * As {@link #requireParcels(Path, ParcelLayer, Path)} for a map read in parts: {@code layer} holds its rejected
     * features, {@code anyParcel} says whether some part had a parcel.
     */
    static void requireParcels(Path map, ParcelLayer layer, boolean anyParcel, Path rejectedFile) throws IOException {
        if (anyParcel) {
            return;
        }
        ResultFiles.writeRejectedCsv(rejectedFile, layer.rejected());
        throw new IOException(noParcels(map, layer, rejectedFile));
    }

    static String noParcels(Path map, ParcelLayer layer, Path rejectedFile) {
        if (layer.rejected().isEmpty()) {
            return map + ": the map has no features; give a map with parcels";
        }
        return map + ": none of its " + layer.rejected().size() + " features could be read (first: "
                + layer.rejected().get(0).reason() + " " + layer.rejected().get(0).message() + "); each is in "
                + rejectedFile + " with its reason";
    }
}
