package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkingIndexTest {
    private static final String[] GIVEN = {"An", "Anh", "Bình", "Hùng", "Hưng", "Hương", "Lan", "Linh", "Minh",
        "Nam", "Ngọc", "Quân", "Thảo", "Trang", "Tuấn", "Yến"};
    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Quách"};
    private static final String[] COLUMNS = {"id", "a", "d", "n", "i", "old"};

    /**
     * Every kind of level, term frequencies, one- and two-key rules and an ID against an old-ID column: the paths
     * one record takes through the engine.
     */
    static LinkageModel model(boolean termFrequencies) {
        ComparisonLevel exactName = termFrequencies ? ComparisonLevel.exact().withTermFrequency(1.0)
                : ComparisonLevel.exact();
        return LinkageModel.builder().link().idColumn("id").probabilityTwoRandomRecordsMatch(0.005)
                .comparison(Comparison.of("name", "a", "",
                        ComparisonLevel.nullLevel(), exactName,
                        ComparisonLevel.exact("fold"),
                        ComparisonLevel.jaroWinkler(0.9).withFunction("fold"),
                        ComparisonLevel.levenshtein(2).withFunction("fold"),
                        ComparisonLevel.jaro(0.7).withFunction("fold"),
                        ComparisonLevel.otherwise()))
                .comparison(Comparison.of("date", "d", "date",
                        ComparisonLevel.nullLevel(), ComparisonLevel.exact(), ComparisonLevel.dayMonthSwapped(),
                        ComparisonLevel.dateWithinDays(40), ComparisonLevel.exact("year"),
                        ComparisonLevel.otherwise()))
                .comparison(Comparison.of("number", "n", "",
                        ComparisonLevel.nullLevel(), ComparisonLevel.exact(), ComparisonLevel.numericWithin(1),
                        ComparisonLevel.otherwise()))
                .comparison(Comparison.of("id", "i", "citizen_id",
                        ComparisonLevel.nullLevel(), ComparisonLevel.exact(),
                        ComparisonLevel.exact().withRightColumn("old"), ComparisonLevel.levenshtein(1),
                        ComparisonLevel.cmndVsCccd(), ComparisonLevel.otherwise()))
                .blockOn(KeyRef.of("a", "fold|last_token"), KeyRef.of("d", "year"))
                .blockOn(KeyRef.of("a", "fold|first_token"), KeyRef.of("n"))
                .blockOn(KeyRef.of("i", "citizen_id"))
                .blockOn(KeyRef.across("i", "old", "citizen_id"))
                .build();
    }

    /** A right table of people and a left table written from some of them with errors, plus strangers. */
    static Table[] tables(long seed, int rightRows, int leftRows) {
        SplittableRandom random = new SplittableRandom(seed);
        Table.Builder right = Table.builder(COLUMNS);
        List<String[]> people = new ArrayList<>();
        for (int i = 0; i < rightRows; i++) {
            String[] p = person(random, "R" + i);
            people.add(p);
            right.addRow(p);
        }
        Table.Builder left = Table.builder(COLUMNS);
        for (int i = 0; i < leftRows; i++) {
            String[] p = random.nextInt(5) == 0 ? person(random, "x") : people.get(random.nextInt(people.size()))
                    .clone();
            p[0] = "L" + i;
            left.addRow(written(random, p));
        }
        return new Table[] {left.build(), right.build()};
    }

    private static String[] person(SplittableRandom random, String id) {
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
        String date = String.format("%d-%02d-%02d", 1950 + random.nextInt(8), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        String number = String.valueOf(random.nextInt(6));
        String cccd = String.format("0%02d%09d", random.nextInt(3), random.nextInt(1_000_000_000));
        String old = random.nextInt(3) == 0 ? String.format("%09d", random.nextInt(1_000_000_000)) : "";
        return new String[] {id, name, date, number, cccd, old};
    }

    /** The errors of a register: folded or typed names, swapped or shifted dates, missing or old IDs, blanks. */
    private static String[] written(SplittableRandom random, String[] p) {
        String[] w = p.clone();
        switch (random.nextInt(5)) {
            case 0 -> w[1] = org.parcelrecon.core.text.VietnameseText.fold(w[1]).toUpperCase(java.util.Locale.ROOT);
            case 1 -> w[1] = w[1] + random.nextInt(3);
            case 2 -> w[1] = "";
            default -> { }
        }
        switch (random.nextInt(6)) {
            case 0 -> w[2] = w[2].substring(0, 4);
            case 1 -> w[2] = w[2].substring(0, 5) + w[2].substring(8) + w[2].substring(4, 8).substring(0, 3);
            case 2 -> w[2] = "kh\u00f4ng r\u00f5";
            default -> { }
        }
        switch (random.nextInt(6)) {
            case 0 -> w[4] = p[5].isEmpty() ? "" : p[5];
            case 1 -> w[4] = w[4].substring(0, 11) + random.nextInt(10);
            case 2 -> w[4] = "";
            case 3 -> w[4] = w[4].substring(1);
            default -> { }
        }
        if (random.nextInt(4) == 0) {
            w[3] = String.valueOf(Integer.parseInt(w[3]) + 1);
        }
        w[5] = "";
        return w;
    }

    private static Map<String, String> record(Table table, int row) {
        Map<String, String> r = new HashMap<>();
        for (String c : table.columns()) {
            table.value(row, c).ifPresent(v -> r.put(c, v));
        }
        return r;
    }

    /** Each left row's batch pairs, in batch order. */
    private static List<List<ScoredPair>> byLeft(Linker linker) {
        List<List<ScoredPair>> out = new ArrayList<>();
        for (int l = 0; l < linker.leftSize(); l++) {
            out.add(new ArrayList<>());
        }
        for (ScoredPair p : linker.pairs(0.0)) {
            out.get(p.leftRow()).add(p);
        }
        return out;
    }

    private static void assertSameAsBatch(LinkingIndex index, Linker batch, Table left) {
        List<List<ScoredPair>> expected = byLeft(batch);
        assertThat(expected.stream().mapToInt(List::size).sum()).as("candidate pairs").isGreaterThan(left.size());
        for (int l = 0; l < left.size(); l++) {
            List<ScoredPair> got = index.score(record(left, l), 0.0);
            List<ScoredPair> want = expected.get(l);
            assertThat(got).as("left row %d", l).hasSameSizeAs(want);
            for (int i = 0; i < want.size(); i++) {
                ScoredPair g = got.get(i);
                ScoredPair w = want.get(i);
                assertThat(g.rightRow()).isEqualTo(w.rightRow());
                assertThat(g.leftId()).isEqualTo(w.leftId());
                assertThat(g.matchWeight()).as("left row %d, right row %d", l, w.rightRow())
                        .isEqualTo(w.matchWeight());
                assertThat(g.levels()).isEqualTo(w.levels());
            }
        }
    }

    @Property(tries = 15)
    void eachLeftRecordGetsTheBatchRunsPairsWeightsAndLevels(@ForAll long seed) {
        Table[] t = tables(seed, 120, 80);
        Linker linker = Linker.link(model(true), t[0], t[1]);
        Linker trained = linker.withModel(linker.train(TrainingOptions.defaults().withRandomPairs(5_000)));
        assertSameAsBatch(LinkingIndex.of(trained), trained, t[0]);
        Linker oneMatch = trained.withOneMatchPerLeft();
        assertSameAsBatch(LinkingIndex.of(oneMatch), oneMatch, t[0]);
    }

    @Property(tries = 10)
    void aModelTrainedForOneMatchPerLeftAnswersAsTheBatchRunWithItsOddsOfNoMatch(@ForAll long seed) {
        Table[] t = tables(seed, 120, 80);
        Linker linker = Linker.link(model(true), t[0], t[1]).withOneMatchPerLeft();
        Linker trained = linker.withModel(linker.train(TrainingOptions.defaults().withRandomPairs(5_000)));
        assertThat(trained.model().probabilityMatchNotAmongCandidates()).isBetween(0.0, 1.0);
        assertSameAsBatch(LinkingIndex.of(trained), trained, t[0]);
    }

    @Property(tries = 15)
    void aRecordNoTableHadScoresAsTheBatchRunOfThatRecordAlone(@ForAll long seed) {
        // without term frequencies a record's scores do not depend on the other left records
        Table[] built = tables(seed, 120, 40);
        Table right = built[1];
        LinkingIndex index = LinkingIndex.of(Linker.link(model(false), built[0], right).withOneMatchPerLeft());
        Table fresh = tables(seed ^ 0x5DEECE66DL, 120, 40)[0];
        int fuzzy = 0;
        for (int l = 0; l < fresh.size(); l++) {
            int row = l;
            Table one = fresh.filterRows(r -> r == row);
            Linker alone = Linker.link(model(false), one, right).withOneMatchPerLeft();
            List<ScoredPair> want = alone.pairs(0.0);
            List<ScoredPair> got = index.score(record(fresh, l), 0.0);
            assertThat(got).hasSameSizeAs(want);
            for (int i = 0; i < want.size(); i++) {
                assertThat(got.get(i).rightRow()).isEqualTo(want.get(i).rightRow());
                assertThat(got.get(i).matchWeight()).isEqualTo(want.get(i).matchWeight());
                assertThat(got.get(i).levels()).isEqualTo(want.get(i).levels());
                fuzzy += got.get(i).level(0) >= 3 && got.get(i).level(0) <= 5 ? 1 : 0;
            }
        }
        // names with a typo the index never saw, compared by Jaro-Winkler, Levenshtein or Jaro
        assertThat(fuzzy).isPositive();
    }

    @Test
    void aSavedAndLoadedIndexAnswersAsTheOneSaved(@TempDir Path dir) throws IOException {
        Table[] t = tables(7, 300, 200);
        Linker linker = Linker.link(model(true), t[0], t[1]);
        Linker trained = linker.withModel(linker.train(TrainingOptions.defaults().withRandomPairs(5_000)))
                .withOneMatchPerLeft();
        LinkingIndex built = LinkingIndex.of(trained);
        Path file = dir.resolve("people.idx");
        built.save(file);
        LinkingIndex loaded = LinkingIndex.load(file, org.parcelrecon.matching.keys.KeyFunctions.standard());
        assertThat(loaded.model()).isEqualTo(built.model());
        assertThat(loaded.size()).isEqualTo(300);
        assertThat(loaded.oneMatchPerLeft()).isTrue();
        assertSameAsBatch(loaded, trained, t[0]);
        for (int l = 0; l < t[0].size(); l++) {
            assertThat(loaded.query(record(t[0], l), 0.0)).isEqualTo(built.query(record(t[0], l), 0.0));
        }
    }

    @Test
    void candidatesComeBestFirstWithTheBatchExplanation() {
        Table[] t = tables(11, 200, 100);
        Linker linker = Linker.link(model(true), t[0], t[1]);
        Linker trained = linker.withModel(linker.train(TrainingOptions.defaults().withRandomPairs(5_000)))
                .withOneMatchPerLeft();
        LinkingIndex index = LinkingIndex.of(trained);
        int compared = 0;
        for (int l = 0; l < t[0].size(); l++) {
            List<IndexCandidate> all = index.query(record(t[0], l), 0.0);
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i).matchWeight()).isLessThanOrEqualTo(all.get(i - 1).matchWeight());
            }
            for (IndexCandidate c : all) {
                ScoredPair pair = trained.score(l, c.rightRow());
                assertThat(c.explanation()).isEqualTo(trained.explain(pair));
                assertThat(c.rightId()).isEqualTo(trained.rightId(c.rightRow()));
                compared++;
            }
            assertThat(index.query(record(t[0], l), 0.0, 1)).isEqualTo(all.stream().limit(1).toList());
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void queriesFromManyThreadsGetTheAnswersOfOne() throws Exception {
        Table[] t = tables(5, 300, 300);
        Linker linker = Linker.link(model(true), t[0], t[1]).withOneMatchPerLeft();
        LinkingIndex index = LinkingIndex.of(linker);
        List<List<IndexCandidate>> alone = new ArrayList<>();
        for (int l = 0; l < t[0].size(); l++) {
            alone.add(index.query(record(t[0], l), 0.0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<IndexCandidate>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int l = t[0].size() - 1; l >= 0; l--) {
                    int row = l;
                    futures.add(pool.submit(() -> index.query(record(t[0], row), 0.0)));
                }
            }
            int i = 0;
            for (Future<List<IndexCandidate>> f : futures) {
                int row = t[0].size() - 1 - (i++ % t[0].size());
                assertThat(f.get()).isEqualTo(alone.get(row));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRecordWithoutValuesHasNoCandidatesAndBadArgumentsAreRefused() {
        Table[] t = tables(3, 50, 10);
        LinkingIndex index = LinkingIndex.of(Linker.link(model(false), t[0], t[1]));
        assertThat(index.query(Map.of("id", "L"), 0.0)).isEmpty();
        assertThat(index.query(Map.of("a", "  ", "i", ""), 0.0)).isEmpty();
        assertThat(index.recordColumns()).containsExactly("id", "a", "d", "n", "i");
        assertThatIllegalArgumentException().isThrownBy(() -> index.query(Map.of(), 1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> index.query(Map.of(), 0.5, 0));
        LinkageModel dedupe = LinkageModel.builder().dedupe().idColumn("id")
                .comparison(Comparison.of("name", "a", "", ComparisonLevel.nullLevel(), ComparisonLevel.exact(),
                        ComparisonLevel.otherwise()))
                .build();
        assertThatIllegalArgumentException().isThrownBy(() -> LinkingIndex.of(Linker.dedupe(dedupe, t[1])))
                .withMessageContaining("deduplicates");
    }

    @Test
    void aFileThatIsNoIndexOrIsDamagedFailsSayingSo(@TempDir Path dir) throws IOException {
        Table[] t = tables(3, 100, 50);
        Path file = dir.resolve("ok.idx");
        LinkingIndex.of(Linker.link(model(true), t[0], t[1])).save(file);
        byte[] good = Files.readAllBytes(file);
        var keys = org.parcelrecon.matching.keys.KeyFunctions.standard();

        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id,a,d\nR1,Nguyễn An,1971-01-01\n");
        assertThatThrownBy(() -> LinkingIndex.load(csv, keys)).isInstanceOf(IndexFileException.class)
                .hasMessageContaining("people.csv").hasMessageContaining("not a parcelrecon linking index");

        Path cut = write(dir, "cut.idx", java.util.Arrays.copyOf(good, good.length / 2));
        assertThatThrownBy(() -> LinkingIndex.load(cut, keys)).isInstanceOf(IndexFileException.class)
                .hasMessageContaining("cut short");

        byte[] flipped = good.clone();
        flipped[good.length * 3 / 4] ^= 0x10;
        Path damaged = write(dir, "damaged.idx", flipped);
        assertThatThrownBy(() -> LinkingIndex.load(damaged, keys)).isInstanceOf(IndexFileException.class)
                .hasMessageContaining("damaged");

        byte[] future = good.clone();
        future[11] = 9;   // the version's low byte
        Path later = write(dir, "later.idx", future);
        assertThatThrownBy(() -> LinkingIndex.load(later, keys)).isInstanceOf(IndexFileException.class)
                .hasMessageContaining("format version 9");

        Path empty = write(dir, "empty.idx", new byte[0]);
        assertThatThrownBy(() -> LinkingIndex.load(empty, keys)).isInstanceOf(IndexFileException.class)
                .hasMessageContaining("too short");

    }

    private static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
