package org.parcelrecon.reconcile.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.RejectedFeature;
import org.parcelrecon.core.input.RejectedRow;

/** A map read whole and split by commune (GeoPackage, CSV with WKT, or a layer a host built). */
final class LoadedCommuneMaps implements CommuneMaps {
    private final ParcelLayer layer;
    private final boolean communes;
    private final Map<String, List<ParcelFeature>> byCommune;

    private LoadedCommuneMaps(ParcelLayer layer, boolean communes, Map<String, List<ParcelFeature>> byCommune) {
        this.layer = layer;
        this.communes = communes;
        this.byCommune = byCommune;
    }

    static LoadedCommuneMaps of(ParcelLayer layer, AdministrativeUnits units) {
        Optional<String> property = MapAttributes.find(layer.features(), MapAttributes.COMMUNE);
        CommuneCodes codes = new CommuneCodes(units);
        Map<String, List<ParcelFeature>> by = new TreeMap<>();
        for (ParcelFeature f : layer.features()) {
            String c = property.isEmpty() ? SurveyMaps.NO_COMMUNE : codes.today(f.properties().get(property.get()));
            by.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
        }
        return new LoadedCommuneMaps(layer, property.isPresent(), by);
    }

    @Override
    public String source() {
        return layer.source();
    }

    @Override
    public boolean hasCommunes() {
        return communes;
    }

    @Override
    public SortedSet<String> communes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byCommune.keySet()));
    }

    @Override
    public CommuneLayer read(String commune) {
        return new CommuneLayer(new ParcelLayer(layer.source(), layer.crs(), byCommune.getOrDefault(commune, List.of()),
                List.of(), layer.warnings()), List.of());
    }

    @Override
    public List<RejectedRow> indexProblems() {
        List<RejectedRow> out = new ArrayList<>(layer.rejected().size());
        for (RejectedFeature f : layer.rejected()) {
            out.add(f.toRow());
        }
        return out;
    }

    @Override
    public long parcelCount() {
        return layer.features().size();
    }
}
