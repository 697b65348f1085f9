package org.parcelrecon.testkit.generate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.parcelrecon.core.evidence.ChangeClass;

/**
 * What a run wrote: where, and how much of each thing.
 * <pre>{@code
 * GenerationReport r = ProvinceGenerator.of(settings).generate(dir);
 * r.file(OutputFile.REGISTER)                 // dir/register.csv
 * r.registerRows()                            // e.g. 27,031 for 20,000 parcels
 * r.changes().get(ChangeClass.SPLIT)          // old parcels that were split
 * r.errors().get(InjectedError.AREA_OFF)      // lines of truth_errors.csv of that kind
 * }</pre>
 *
 * @param directory      the directory the files are in
 * @param settings       the settings of the run
 * @param sheets         map sheets written
 * @param oldMapParcels  features of {@code map_old.geojson}
 * @param newMapParcels  features of {@code map_new.geojson} (parcels left out of it not counted)
 * @param registerRows   rows of {@code register.csv}, duplicates included
 * @param citizens       rows of {@code population.csv}
 * @param changes        per change class, the lines of {@code truth_changes.csv}, in {@link ChangeClass} order
 * @param errors         per injected error, the lines of {@code truth_errors.csv}, in {@link InjectedError} order
 */
public record GenerationReport(Path directory, GeneratorSettings settings, int sheets, long oldMapParcels,
                               long newMapParcels, long registerRows, long citizens, Map<ChangeClass, Long> changes,
                               Map<InjectedError, Long> errors) {
    /**
     * Checks for nulls and copies the maps (their order is kept).
     *
     * @param directory the directory the files are in
     * @param settings the settings of the run
     * @param sheets map sheets written
     * @param oldMapParcels features of {@code map_old.geojson}
     * @param newMapParcels features of {@code map_new.geojson} (parcels left out of it not counted)
     * @param registerRows rows of {@code register.csv}, duplicates included
     * @param citizens rows of {@code population.csv}
     * @param changes per change class, the lines of {@code truth_changes.csv}, in {@link ChangeClass} order
     * @param errors per injected error, the lines of {@code truth_errors.csv}, in {@link InjectedError} order
     */
    public GenerationReport {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(settings, "settings");
        EnumMap<ChangeClass, Long> c = new EnumMap<>(ChangeClass.class);
        c.putAll(changes);
        changes = Collections.unmodifiableMap(c);
        EnumMap<InjectedError, Long> e = new EnumMap<>(InjectedError.class);
        e.putAll(errors);
        errors = Collections.unmodifiableMap(e);
    }

    /**
     * {@return the path of one output file}
     *
     * @param file one of the files the generator writes
     */
    public Path file(OutputFile file) {
        return directory.resolve(file.fileName());
    }
}
