package org.parcelrecon.benchmarks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.Citizen;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.LegacyText;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.rule.builtin.BuiltInRules;
import org.parcelrecon.core.score.RecordScorer;
import org.parcelrecon.core.score.ScoreModel;
import org.parcelrecon.core.text.TextEncoding;

/**
 * Scoring throughput: every built-in rule and the score model on seeded, register-like evidence, one thread.
 * Results are records per second ({@link OperationsPerInvocation}).
 *
 * <p>{@code mix}: {@code realistic} (about two records in three clean; the rest carry the problems the built-in
 * rules look for: area off, a year off, a retired land-use code, a pre-merger commune code, an old CMND, an unlinked
 * user, a split parcel ...), {@code clean} (records no rule reports) or {@code flagged} (records with findings only).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScoringBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {
    static final int RECORDS = 4096;

    @Param({"realistic", "clean", "flagged"})
    public String mix;

    Evidence[] records;
    RecordScorer scorer;

    @Setup(Level.Trial)
    public void setUp() {
        scorer = RecordScorer.of(RuleSet.builder().add(BuiltInRules.all()).build(), ScoreModel.standard());
        SplittableRandom random = new SplittableRandom(20251125L);
        List<Evidence> chosen = new ArrayList<>(RECORDS);
        for (int i = 0; chosen.size() < RECORDS; i++) {
            Evidence e = RegisterEvidence.make(random, i);
            boolean clean = scorer.rules().check(e).isEmpty();
            if (mix.equals("realistic") || clean == mix.equals("clean")) {
                chosen.add(e);
            }
        }
        records = chosen.toArray(new Evidence[0]);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void scoreRecords(Blackhole bh) {
        for (Evidence e : records) {
            bh.consume(scorer.score(e));
        }
    }

    /** Seeded evidence shaped like a Quảng Ninh register joined to its map and population. */
    static final class RegisterEvidence {
        private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan",
            "Vũ", "Đặng", "Bùi", "Đỗ"};
        private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thu"};
        private static final String[] GIVEN = {"An", "Hồng", "Hường", "Tám", "Dũng", "Lan", "Hải", "Quân", "Thảo",
            "Tuấn", "Thủy", "Hòa"};
        private static final String[] LAND_USE = {"ODT", "ODT", "ONT", "CLN", "LUC", "ONT+CLN", "BHK", "LUN"};

        static Evidence make(SplittableRandom r, int i) {
            int kind = r.nextInt(100);
            String communeWritten = kind < 5 ? "06664" : "06652";
            RecordKey key = new RecordKey(communeWritten, "06652", Integer.toString(1 + i / 500),
                    Integer.toString(1 + i % 500));
            double area = 60 + r.nextDouble() * 900;
            if (kind >= 95) {
                return Evidence.unregisteredParcel(key, MapParcel.of("P" + i, area, key.sheet(), key.plot()));
            }
            RegisterRow.Builder row = RegisterRow.builder().sourceLine(i + 2L)
                    .registeredAreaM2(Math.round(area * 10) / 10.0)
                    .landUseCode(LAND_USE[kind >= 10 && kind < 14 ? 6 + r.nextInt(2) : r.nextInt(6)])
                    .certificateSerial(kind == 14 ? "BĐ 12345A" : "CN " + (100000 + i));
            int users = r.nextInt(10) < 7 ? 1 : 2;
            for (int u = 0; u < users; u++) {
                row.addLandUser(user(r, kind));
            }
            if (kind >= 15 && kind < 18) {
                row.addDecodedText(new LegacyText("user_name", "NguyÔn V¨n An", "Nguyễn Văn An", TextEncoding.TCVN3));
            }
            Evidence.Builder b = Evidence.builder(key).addRow(row.build());
            if (kind >= 18 && kind < 20) {
                return b.build(); // no map parcel
            }
            double mapArea = area * (kind >= 20 && kind < 26 ? 1.25 : 1.0 + (r.nextDouble() - 0.5) * 0.02);
            b.addMapParcel(MapParcel.of("P" + i, mapArea, key.sheet(), key.plot()));
            ChangeClass change = kind >= 26 && kind < 29 ? ChangeClass.SPLIT : ChangeClass.UNCHANGED;
            ParcelChange.Builder c = ParcelChange.builder(change).areaChangePercent(0.1).addOldParcelId("OLD" + i);
            if (kind >= 29 && kind < 32) {
                c.renumbered(true);
            }
            return b.change(c.build()).build();
        }

        private static LandUser user(SplittableRandom r, int kind) {
            String name = FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                    + GIVEN[r.nextInt(GIVEN.length)];
            int year = 1940 + r.nextInt(70);
            String written = switch (r.nextInt(10)) {
                case 0, 1, 2 -> name.toUpperCase(Locale.ROOT);
                case 3, 4 -> Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                        .replace('Đ', 'D').replace('đ', 'd');
                default -> name;
            };
            int writtenYear = kind >= 32 && kind < 35 ? year + 1 : year;
            if (kind >= 35 && kind < 37) {
                written = "Lê Thị Lan";
            }
            String cccd = String.format("022%d%02d%06d", year < 2000 ? 0 : 2, year % 100, r.nextInt(1_000_000));
            String writtenId = kind >= 37 && kind < 40 ? String.format("10%07d", r.nextInt(10_000_000)) : cccd;
            LandUser.Builder user = LandUser.builder(written).birthYear(writtenYear).idNumber(writtenId);
            if (kind < 40 || kind >= 44) {
                UserLink.Builder link = UserLink.builder(Citizen.of(cccd, "CCCD", name, year), 0.9 + r.nextDouble() * 0.1)
                        .explain("name", "exact after folding", 6.0).explain("birth_year", "exact", 3.0)
                        .runnerUpProbability(kind >= 44 && kind < 46 ? 0.85 : r.nextDouble() * 0.2);
                user.link(link.build());
            }
            return user.build();
        }
    }
}
