package org.parcelrecon.cli;

import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;
import picocli.CommandLine.Option;

/** The options that say how to read a parcel map, shared by {@code check-map} and {@code compare-maps}. */
final class MapReadOptions {
    @Option(names = "--id-property", paramLabel = "NAME",
            description = "Property holding the parcel id (default: detected: id, ma_thua, ...).")
    String idProperty;

    @Option(names = "--sheet-property", paramLabel = "NAME",
            description = "Property holding the sheet number (default: detected: so_to, SoHieuToBanDo, sheet, ...).")
    String sheetProperty;

    @Option(names = "--plot-property", paramLabel = "NAME",
            description = "Property holding the plot number (default: detected: so_thua, SoThuTuThua, plot, ...).")
    String plotProperty;

    @Option(names = "--area-property", paramLabel = "NAME",
            description = "Property holding the recorded area in m² (default: detected).")
    String areaProperty;

    ReadOptions with(String crs) {
        ReadOptions o = ReadOptions.DEFAULTS;
        if (idProperty != null) {
            o = o.withIdProperty(idProperty);
        }
        if (sheetProperty != null) {
            o = o.withSheetProperty(sheetProperty);
        }
        if (plotProperty != null) {
            o = o.withPlotProperty(plotProperty);
        }
        if (areaProperty != null) {
            o = o.withAreaProperty(areaProperty);
        }
        if (crs != null) {
            o = o.withSourceCrs(Crs.parse(crs));
        }
        return o;
    }

    /** Prints the reader's remarks on a layer (CRS undeclared, unknown or overridden) to standard error. */
    static void printWarnings(ParcelLayer layer, java.io.PrintWriter err) {
        for (String warning : layer.warnings()) {
            err.println("parcelrecon: warning: " + layer.source() + ": " + warning);
        }
        err.flush();
    }

    /**
     * Refuses a layer in longitude/latitude, whose areas and widths would be measured in degrees, naming the
     * option that reprojects it.
     */
    static void requireProjected(ParcelLayer layer) {
        if (layer.crs().map(Crs::isGeographic).orElse(false)) {
            throw new IllegalArgumentException(layer.source() + " is in longitude/latitude (" + layer.crs().get().id()
                    + "): areas and distances cannot be measured in degrees; reproject it with --to-crs and a"
                    + " projected CRS in metres (e.g. --to-crs vn2000:quang-ninh, or --to-crs EPSG:2154 in France)");
        }
    }
}
