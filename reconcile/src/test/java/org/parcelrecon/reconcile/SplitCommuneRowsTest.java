package org.parcelrecon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.reconcile.map.CommuneMaps;
import org.parcelrecon.reconcile.read.RegisterEntry;
import org.parcelrecon.reconcile.read.RegisterReader;

class SplitCommuneRowsTest {
    @TempDir
    Path dir;

    private static String feature(String commune, int plot, double width, String landUse) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + commune + "-" + plot + "\",\"so_to\":1,\"so_thua\":"
                + plot + ",\"commune_code\":\"" + commune + "\",\"loai_dat\":\"" + landUse + "\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[" + width + ",0],[" + width + ",10],[0,10],[0,0]]]}}";
    }

    @Test
    void aRowOfASplitCommuneGoesToTheSuccessorWhoseParcelFitsItsAreaAndLandUse() throws IOException {
        AdministrativeUnits units = AdministrativeUnits.quangNinh();
        // a pre-2025 commune split between several of today's communes
        String split = units.units(org.parcelrecon.core.admin.Period.BEFORE_2025_07_01).stream()
                .map(u -> u.code()).filter(c -> units.resolve(c).currentCandidates().size() > 1).findFirst()
                .orElseThrow();
        List<String> successors = units.resolve(split).currentCandidates().stream().map(u -> u.code()).toList();
        String first = successors.get(0);
        String second = successors.get(1);
        // both successors have sheet 1 plot 2 (numbers repeat in every commune); only the second's fits the row
        Path map = Files.writeString(dir.resolve("map.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + feature(first, 2, 23.0, "ONT") + "," + feature(second, 2, 11.3, "ODT") + "]}", StandardCharsets.UTF_8);
        RegisterEntry row = RegisterReader.of(units, LocalDate.of(2026, 1, 1)).read(new StringReader(
                "commune_code,sheet,plot,area_m2,land_use_code\n" + split + ",1,2,112.6,ODT\n"
                        + split + ",1,9,50,ODT\n"), "register.csv").entries().get(0);
        RegisterEntry nowhere = RegisterReader.of(units, LocalDate.of(2026, 1, 1)).read(new StringReader(
                "commune_code,sheet,plot\n" + split + ",1,9\n"), "register.csv").entries().get(0);
        assertThat(row.communeCandidates()).containsAll(List.of(first, second));
        Optional<CommuneMaps> maps = Optional.of(CommuneMaps.open(map, ReadOptions.DEFAULTS, units));
        Map<Long, String> chosen = SplitCommuneRows.assign(List.of(row), maps, units);
        assertThat(chosen).containsEntry(row.line(), second);
        assertThat(SplitCommuneRows.assign(List.of(nowhere), maps, units)).as("no candidate has the key: the first")
                .containsEntry(nowhere.line(), nowhere.communeCandidates().get(0));
    }
}
