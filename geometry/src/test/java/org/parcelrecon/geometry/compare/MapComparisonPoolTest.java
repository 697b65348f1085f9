package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parcelrecon.core.testdata.PoolsSeen;
import org.parcelrecon.geometry.io.ParcelFeature;

/** A host server bounds a comparison's CPU with its own pool: the comparison runs there, with the same result. */
class MapComparisonPoolTest {
    private final ForkJoinPool pool = new ForkJoinPool(2);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    /** A grid of 20 x 30 m lots shifted by dx metres, numbered sheet 1 plot col*100+row. */
    private static List<ParcelFeature> grid(double dx) {
        List<ParcelFeature> out = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            for (int r = 0; r < 12; r++) {
                double x = 500_000 + c * 20 + dx;
                double y = 2_300_000 + r * 30;
                out.add(ParcelFeature.of(c + "-" + r, wkt(String.format(Locale.ROOT,
                        "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))", x, y, x + 20, y, x + 20, y + 30, x, y + 30,
                        x, y))).withSheetPlot("1", String.valueOf(c * 100 + r)));
            }
        }
        return out;
    }

    @Test
    void everyPhaseRunsInTheHostsPoolAndTheResultIsTheSame() {
        PoolsSeen seen = new PoolsSeen();
        CompareOptions options = CompareOptions.DEFAULTS.withPool(pool).withPhaseListener((phase, t) -> seen.note());
        ComparisonResult inPool = MapComparison.compare(grid(0), grid(1.2), options);
        assertThat(seen.pools()).containsExactly(pool);
        assertThat(options.pool()).containsSame(pool);

        ComparisonResult here = MapComparison.compare(grid(0), grid(1.2), CompareOptions.DEFAULTS);
        assertThat(inPool.counts()).isEqualTo(here.counts()).containsEntry(
                org.parcelrecon.core.evidence.ChangeClass.UNCHANGED, 144);
        assertThat(inPool.groups()).isEqualTo(here.groups());
        assertThat(CompareOptions.DEFAULTS.pool()).isEmpty();
    }
}
