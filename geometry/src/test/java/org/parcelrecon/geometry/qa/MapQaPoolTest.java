package org.parcelrecon.geometry.qa;

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

/** A host server bounds a map check's CPU with its own pool: the check runs there, with the same findings. */
class MapQaPoolTest {
    private final ForkJoinPool pool = new ForkJoinPool(2);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    /** Ten 10 m squares in a row, each overlapping the next by 2 m. */
    private static List<ParcelFeature> overlappingRow() {
        List<ParcelFeature> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double x = i * 8;
            out.add(ParcelFeature.of("p" + i, wkt(String.format(Locale.ROOT,
                    "POLYGON ((%s 0, %s 0, %s 10, %s 10, %s 0))", x, x + 10, x + 10, x, x))));
        }
        return out;
    }

    @Test
    void everyPhaseRunsInTheHostsPoolAndTheFindingsAreTheSame() {
        PoolsSeen seen = new PoolsSeen();
        QaOptions options = QaOptions.DEFAULTS.withPool(pool).withPhaseListener((phase, elapsed) -> seen.note());
        MapQaResult inPool = MapQa.check(overlappingRow(), options);
        assertThat(seen.pools()).containsExactly(pool);

        MapQaResult here = MapQa.check(overlappingRow(), QaOptions.DEFAULTS);
        assertThat(inPool.findings()).isEqualTo(here.findings()).hasSize(9);
        assertThat(inPool.counts()).containsEntry(FindingType.OVERLAP, 9);
        assertThat(QaOptions.DEFAULTS.pool()).isEmpty();
    }
}
