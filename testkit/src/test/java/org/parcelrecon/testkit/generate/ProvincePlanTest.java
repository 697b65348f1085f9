package org.parcelrecon.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ProvincePlanTest {
    @Property(tries = 50)
    void sharesEveryParcelAmongTheCommunes(@ForAll @IntRange(min = 1, max = 300_000) int parcels,
                                          @ForAll @LongRange(min = 0, max = 1000) long seed) {
        GeneratorSettings s = GeneratorSettings.defaults().withParcels(parcels).withSeed(seed);
        long[] shares = ProvincePlan.allocate(s, s.communes());
        assertThat(java.util.Arrays.stream(shares).sum()).isEqualTo(parcels);
        ProvincePlan plan = ProvincePlan.of(s);
        assertThat(plan.sheets.stream().mapToLong(ProvincePlan.SheetPlan::targetParcels).sum()).isEqualTo(parcels);
    }

    @Test
    void sheetsHoldEightyToTwoHundredParcelsExceptACommunesLast() {
        ProvincePlan plan = ProvincePlan.of(GeneratorSettings.defaults().withParcels(500_000));
        List<ProvincePlan.SheetPlan> sheets = plan.sheets;
        double mean = sheets.stream().mapToInt(ProvincePlan.SheetPlan::targetParcels).average().orElseThrow();
        assertThat(mean).isBetween(130.0, 150.0);
        for (int i = 0; i < sheets.size(); i++) {
            ProvincePlan.SheetPlan s = sheets.get(i);
            assertThat(s.globalOrdinal()).isEqualTo(i);
            boolean last = i == sheets.size() - 1 || sheets.get(i + 1).sheetNumber() == 1;
            assertThat(s.targetParcels()).isBetween(last ? 1 : 40, last ? 240 : 200);
        }
    }

    @Test
    void sheetFramesNeverOverlap() {
        List<ProvincePlan.SheetPlan> sheets = ProvincePlan.of(GeneratorSettings.defaults().withParcels(100_000)).sheets;
        for (int i = 0; i < sheets.size(); i++) {
            for (int j = i + 1; j < sheets.size(); j++) {
                double dx = Math.abs(sheets.get(i).frameLeft() - sheets.get(j).frameLeft());
                double dy = Math.abs(sheets.get(i).frameTop() - sheets.get(j).frameTop());
                assertThat(dx >= ProvincePlan.FRAME_M || dy >= ProvincePlan.FRAME_M).as(i + " and " + j).isTrue();
            }
        }
    }

    @Test
    void everySheetLiesInOneOfItsCommunesPre2025Units() {
        ProvincePlan plan = ProvincePlan.of(GeneratorSettings.defaults().withParcels(50_000));
        var units = org.parcelrecon.core.admin.AdministrativeUnits.quangNinh();
        for (ProvincePlan.SheetPlan s : plan.sheets) {
            assertThat(units.predecessors(s.commune().code())).contains(s.oldCommune());
        }
    }
}
