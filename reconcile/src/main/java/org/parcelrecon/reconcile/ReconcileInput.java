package org.parcelrecon.reconcile;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.text.TextFileEncoding;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.reconcile.read.PopulationField;
import org.parcelrecon.reconcile.read.RegisterField;

/**
 * The files of one run and how to read them. Only the register is required: without a map the map rules are off,
 * without a population the land-user rules are off (and the result says which rules did not run).
 * <pre>{@code
 * ReconcileInput input = ReconcileInput.register(Path.of("register.csv"))
 *         .withMap(Path.of("map_new.geojson"))
 *         .withOldMap(Path.of("map_old.geojson"))
 *         .withPopulation(Path.of("population.csv"));
 * }</pre>
 * Immutable.
 *
 * @param register           the land register (CSV)
 * @param registerColumns    register fields taken from named columns instead of recognised by header name
 * @param registerEncoding   the register's text encoding ({@link TextFileEncoding#AUTO}: detected)
 * @param map                the new survey (GeoJSON, GeoPackage or CSV with WKT)
 * @param oldMap             the old survey, compared with the new one
 * @param mapOptions         how to read the maps (id/sheet/plot properties, CRS)
 * @param population         the population registry (CSV)
 * @param populationColumns  population fields taken from named columns
 * @param populationEncoding the population's text encoding ({@link TextFileEncoding#AUTO}: detected)
 */
public record ReconcileInput(Path register, Map<RegisterField, String> registerColumns,
                             TextFileEncoding registerEncoding, Optional<Path> map, Optional<Path> oldMap,
                             ReadOptions mapOptions, Optional<Path> population,
                             Map<PopulationField, String> populationColumns, TextFileEncoding populationEncoding) {
    /**
     * Checks for nulls, copies the maps, and refuses an old map without a new one.
     *
     * @param register the land register (CSV)
     * @param registerColumns register fields taken from named columns instead of recognised by header name
     * @param registerEncoding the register's text encoding ({@link TextFileEncoding#AUTO}: detected)
     * @param map the new survey (GeoJSON, GeoPackage or CSV with WKT)
     * @param oldMap the old survey, compared with the new one
     * @param mapOptions how to read the maps (id/sheet/plot properties, CRS)
     * @param population the population registry (CSV)
     * @param populationColumns population fields taken from named columns
     * @param populationEncoding the population's text encoding ({@link TextFileEncoding#AUTO}: detected)
     */
    public ReconcileInput {
        Objects.requireNonNull(register, "register");
        registerColumns = Map.copyOf(registerColumns);
        Objects.requireNonNull(registerEncoding, "registerEncoding");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(oldMap, "oldMap");
        Objects.requireNonNull(mapOptions, "mapOptions");
        Objects.requireNonNull(population, "population");
        populationColumns = Map.copyOf(populationColumns);
        Objects.requireNonNull(populationEncoding, "populationEncoding");
        if (oldMap.isPresent() && map.isEmpty()) {
            throw new IllegalArgumentException("an old map is compared with a new one: give the new map too");
        }
    }

    /**
     * {@return a run on this register alone}
     *
     * @param register the land register (CSV)
     */
    public static ReconcileInput register(Path register) {
        return new ReconcileInput(register, Map.of(), TextFileEncoding.AUTO, Optional.empty(), Optional.empty(),
                ReadOptions.DEFAULTS, Optional.empty(), Map.of(), TextFileEncoding.AUTO);
    }

    /**
     * With the new survey's map.
     *
     * @param file the map of the new survey (GeoJSON, GeoPackage or WKT CSV)
     * @return this input with that map
     */
    public ReconcileInput withMap(Path file) {
        return new ReconcileInput(register, registerColumns, registerEncoding, Optional.of(file), oldMap, mapOptions,
                population, populationColumns, populationEncoding);
    }

    /**
     * With the old survey's map, to explain keys the new map lacks.
     *
     * @param file the map of the old survey
     * @return this input with that map
     */
    public ReconcileInput withOldMap(Path file) {
        return new ReconcileInput(register, registerColumns, registerEncoding, map, Optional.of(file), mapOptions,
                population, populationColumns, populationEncoding);
    }

    /**
     * With how to read the maps.
     *
     * @param options attribute names, CRS, layer and CSV settings
     * @return this input reading the maps so
     */
    public ReconcileInput withMapOptions(ReadOptions options) {
        return new ReconcileInput(register, registerColumns, registerEncoding, map, oldMap, options, population,
                populationColumns, populationEncoding);
    }

    /**
     * With the population registry.
     *
     * @param file the population registry's CSV export
     * @return this input with that population
     */
    public ReconcileInput withPopulation(Path file) {
        return new ReconcileInput(register, registerColumns, registerEncoding, map, oldMap, mapOptions,
                Optional.of(file), populationColumns, populationEncoding);
    }

    /**
     * With register columns named instead of recognised.
     *
     * @param columns the column of each field, by header name
     * @return this input reading the register so
     */
    public ReconcileInput withRegisterColumns(Map<RegisterField, String> columns) {
        return new ReconcileInput(register, columns, registerEncoding, map, oldMap, mapOptions, population,
                populationColumns, populationEncoding);
    }

    /**
     * With population columns named instead of recognised.
     *
     * @param columns the column of each field, by header name
     * @return this input reading the population so
     */
    public ReconcileInput withPopulationColumns(Map<PopulationField, String> columns) {
        return new ReconcileInput(register, registerColumns, registerEncoding, map, oldMap, mapOptions, population,
                columns, populationEncoding);
    }

    /**
     * With the register's encoding named.
     *
     * @param encoding the register file's encoding
     * @return this input reading the register so
     */
    public ReconcileInput withRegisterEncoding(TextFileEncoding encoding) {
        return new ReconcileInput(register, registerColumns, encoding, map, oldMap, mapOptions,
                population, populationColumns, populationEncoding);
    }

    /**
     * With the population's encoding named.
     *
     * @param encoding the population file's encoding
     * @return this input reading the population so
     */
    public ReconcileInput withPopulationEncoding(TextFileEncoding encoding) {
        return new ReconcileInput(register, registerColumns, registerEncoding, map, oldMap, mapOptions, population,
                populationColumns, encoding);
    }
}
