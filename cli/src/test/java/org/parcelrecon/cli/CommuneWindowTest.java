package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CommuneWindowTest {
    private static CommuneByCommuneComparison.Window<String> window(List<String> order, Map<String, Long> features,
                                                                    List<String> submitted) {
        return new CommuneByCommuneComparison.Window<>(order, c -> {
            submitted.add(c);
            return CompletableFuture.completedFuture(c);
        }, features::get);
    }

    @Test
    void smallCommunesRunThreeAtATimeAndAreTakenInOrder() throws Exception {
        List<String> order = List.of("a", "b", "c", "d", "e");
        List<String> submitted = new ArrayList<>();
        var w = window(order, Map.of("a", 10_000L, "b", 10_000L, "c", 10_000L, "d", 10_000L, "e", 10_000L),
                submitted);
        w.fill();
        assertThat(submitted).containsExactly("a", "b", "c");
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Future<String> next = w.next();
            w.fill();
            taken.add(next.get());
            assertThat(submitted.size() - taken.size()).isLessThanOrEqualTo(3);
        }
        assertThat(taken).isEqualTo(order);
        assertThat(submitted).isEqualTo(order);
    }

    @Test
    void bigCommunesRunTwoAtATimeButNeverFewer() {
        List<String> submitted = new ArrayList<>();
        var w = window(List.of("a", "b", "c", "d"), Map.of("a", 77_000L, "b", 77_000L, "c", 77_000L,
                "d", 500_000L), submitted);
        w.fill();
        assertThat(submitted).containsExactly("a", "b");
        w.next();
        w.fill();
        assertThat(submitted).containsExactly("a", "b", "c");
        w.next();
        w.next();
        w.fill();
        assertThat(submitted).containsExactly("a", "b", "c", "d"); // alone in flight, however big
    }

    @Test
    void aThirdCommuneJoinsWhileTheThreeStayUnderTheBudget() {
        List<String> submitted = new ArrayList<>();
        var w = window(List.of("a", "b", "c"), Map.of("a", 30_000L, "b", 30_000L, "c", 40_000L), submitted);
        w.fill();
        assertThat(submitted).containsExactly("a", "b", "c"); // 100,000 features: at the budget
        List<String> more = new ArrayList<>();
        var over = window(List.of("a", "b", "c"), Map.of("a", 30_000L, "b", 30_000L, "c", 40_001L), more);
        over.fill();
        assertThat(more).containsExactly("a", "b");
    }
}
