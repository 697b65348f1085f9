package org.parcelrecon.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.parcelrecon.core.admin.AdministrativeUnits;
import picocli.CommandLine.Option;

/** {@code --units DIR}: the province's administrative units, Quảng Ninh's bundled tables unless a folder is given. */
final class UnitsOption {
    @Option(names = "--units", paramLabel = "DIR",
            description = "The province's administrative units: a folder with units_before_2025-07-01.csv, "
                + "units_from_2025-07-01.csv and crosswalk_2025.csv (layout as the bundled tables, see the README; "
                + "the folder's name is the province's). Default: Quảng Ninh, bundled.")
    Path folder;

    /** The units the command works with. */
    AdministrativeUnits units() throws IOException {
        if (folder == null) {
            return AdministrativeUnits.quangNinh();
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return AdministrativeUnits.load(name == null ? folder.toString() : name.toString(), folder);
    }
}
