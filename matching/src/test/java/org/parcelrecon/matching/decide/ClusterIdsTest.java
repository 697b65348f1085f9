package org.parcelrecon.matching.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.decide.ClusterIds.Change;
import org.parcelrecon.matching.decide.ClusterIds.Kind;

class ClusterIdsTest {
    /** Fresh ids N1, N2, ... */
    private static Supplier<String> counter() {
        int[] n = {0};
        return () -> "N" + ++n[0];
    }

    /** {@code "P1=a,b,c; P2=d"} as record to cluster id. */
    private static Map<String, String> previous(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String cluster : spec.split(";")) {
            String[] parts = cluster.trim().split("=");
            for (String r : parts[1].split(",")) {
                out.put(r.trim(), parts[0].trim());
            }
        }
        return out;
    }

    /** {@code "a,b; c,d"} as clusters. */
    private static List<List<String>> clusters(String spec) {
        List<List<String>> out = new ArrayList<>();
        for (String cluster : spec.split(";")) {
            List<String> members = new ArrayList<>();
            for (String r : cluster.split(",")) {
                members.add(r.trim());
            }
            out.add(members);
        }
        return out;
    }

    private static ClusterIds.Result carry(String before, String after) {
        return ClusterIds.carryOver(previous(before), clusters(after), counter());
    }

    @Test
    void unchangedClustersKeepTheirIdsWhateverTheOrderAndNewRecordsJoinThem() {
        ClusterIds.Result r = carry("P1=a,b,c; P2=d,e", "e,d,x; c,a,b");
        assertThat(r.ids()).containsExactly("P2", "P1");
        assertThat(r.assignment()).containsEntry("x", "P2").containsEntry("a", "P1");
        assertThat(r.changes()).containsExactly(new Change(Kind.KEPT, List.of("P1"), List.of("P1")),
                new Change(Kind.KEPT, List.of("P2"), List.of("P2")));
    }

    @Test
    void aSplitKeepsTheIdInItsLargerPartAndReportsTheOther() {
        ClusterIds.Result r = carry("P1=a,b,c,d", "d; a,b,c");
        assertThat(r.ids()).containsExactly("N1", "P1");
        assertThat(r.changes()).containsExactly(new Change(Kind.SPLIT, List.of("P1"), List.of("P1", "N1")));
    }

    @Test
    void aMergeKeepsTheIdOfTheLargerOldClusterAndReportsBoth() {
        ClusterIds.Result r = carry("P1=a,b; P2=c,d,e", "a,b,c,d,e");
        assertThat(r.ids()).containsExactly("P2");
        assertThat(r.changes()).containsExactly(new Change(Kind.MERGED, List.of("P1", "P2"), List.of("P2")));
    }

    @Test
    void tiesGoToTheSmallerOldIdThenToTheClusterWithTheSmallerRecord() {
        assertThat(carry("P2=a,b; P1=c,d", "a,b,c,d").ids()).containsExactly("P1");
        // an even split: the part holding the smaller record keeps the id, whatever the order given
        assertThat(carry("P1=a,b,c,d", "c,d; a,b").ids()).containsExactly("N1", "P1");
        assertThat(carry("P1=a,b,c,d", "a,b; c,d").ids()).containsExactly("P1", "N1");
    }

    @Test
    void theClassCommentsExampleSplitsMergesAddsAndLoses() {
        ClusterIds.Result r = carry("P1=a,b,c; P2=d; P3=e", "a,b; c,d; f");
        assertThat(r.ids()).containsExactly("P1", "P2", "N1");
        assertThat(r.changes()).containsExactly(
                new Change(Kind.NEW, List.of(), List.of("N1")),
                new Change(Kind.MERGED, List.of("P1", "P2"), List.of("P2")),
                new Change(Kind.SPLIT, List.of("P1"), List.of("P1", "P2")),
                new Change(Kind.GONE, List.of("P3"), List.of()));
        assertThat(r.changes(Kind.GONE)).hasSize(1);
    }

    @Test
    void freshIdsSkipThoseInUseAndASupplierThatOnlyRepeatsIsAnError() {
        Iterable<String> given = List.of("P1", "P2", "N7");
        var it = given.iterator();
        ClusterIds.Result r = ClusterIds.carryOver(previous("P1=a; P2=b"), clusters("a; b; z"), it::next);
        assertThat(r.ids()).containsExactly("P1", "P2", "N7");
        assertThatIllegalStateException().isThrownBy(() -> ClusterIds.carryOver(previous("P1=a"), clusters("a; z"),
                () -> "P1")).withMessageContaining("already in use");
    }

    @Test
    void aRecordInTwoClustersOrAnEmptyClusterIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> carry("P1=a", "a,b; b"))
                .withMessageContaining("'b' is in two clusters");
        assertThatIllegalArgumentException().isThrownBy(() -> ClusterIds.carryOver(Map.of(),
                List.of(List.of()), counter())).withMessageContaining("empty");
    }

    @Test
    void theFirstRunGivesEveryClusterAFreshIdInOrderOfItsSmallestRecord() {
        ClusterIds.Result r = ClusterIds.carryOver(Map.of(), clusters("c,d; a; b"), counter());
        assertThat(r.ids()).containsExactly("N3", "N1", "N2");
        assertThat(r.changes()).extracting(Change::kind).containsOnly(Kind.NEW);
    }

    /** Laws: the same clustering keeps every id; ids are distinct; an old id goes only where its records are. */
    @Property(tries = 200)
    void carryingOverKeepsIdsDistinctAndWhereTheirRecordsAre(@ForAll long seed,
                                                             @ForAll @IntRange(min = 1, max = 60) int records) {
        Random random = new Random(seed);
        List<List<String>> before = randomClusters(random, records);
        Map<String, String> previous = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            for (String r : before.get(i)) {
                previous.put(r, "P" + i);
            }
        }
        List<List<String>> shuffled = new ArrayList<>(before);
        Collections.shuffle(shuffled, random);
        ClusterIds.Result same = ClusterIds.carryOver(previous, shuffled, counter());
        assertThat(same.changes()).extracting(Change::kind).containsOnly(Kind.KEPT);
        for (String record : previous.keySet()) {
            assertThat(same.assignment().get(record)).isEqualTo(previous.get(record));
        }

        List<List<String>> after = randomClusters(random, records + random.nextInt(5));
        ClusterIds.Result r = ClusterIds.carryOver(previous, after, counter());
        assertThat(new HashSet<>(r.ids())).hasSameSizeAs(r.ids());
        for (int i = 0; i < after.size(); i++) {
            String id = r.ids().get(i);
            if (previous.containsValue(id)) {
                assertThat(after.get(i)).anyMatch(m -> id.equals(previous.get(m)));
            }
        }
        // a cluster whose old records all had one id, and hold all of that id's records still present, keeps it
        for (int i = 0; i < after.size(); i++) {
            Set<String> olds = new HashSet<>();
            for (String m : after.get(i)) {
                if (previous.containsKey(m)) {
                    olds.add(previous.get(m));
                }
            }
            if (olds.size() == 1) {
                String old = olds.iterator().next();
                List<String> members = after.get(i);
                boolean together = previous.entrySet().stream().filter(e -> e.getValue().equals(old))
                        .allMatch(e -> members.contains(e.getKey()) || !r.assignment().containsKey(e.getKey()));
                if (together) {
                    assertThat(r.ids().get(i)).isEqualTo(old);
                    assertThat(r.changes()).contains(new Change(Kind.KEPT, List.of(old), List.of(old)));
                }
            }
        }
    }

    private static List<List<String>> randomClusters(Random random, int records) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            ids.add("r" + i);
        }
        Collections.shuffle(ids, random);
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        while (i < ids.size()) {
            int size = 1 + random.nextInt(4);
            out.add(new ArrayList<>(ids.subList(i, Math.min(ids.size(), i + size))));
            i += size;
        }
        return out;
    }
}
