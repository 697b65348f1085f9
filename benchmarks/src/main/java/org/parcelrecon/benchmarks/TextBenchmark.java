package org.parcelrecon.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parcelrecon.core.name.PersonNames;
import org.parcelrecon.core.text.VietnameseText;

/**
 * Throughput of text normalisation and name parsing on register-like name cells.
 *
 * <p>Each invocation walks a seeded dataset of 4,096 cells and consumes every result, so the figure is
 * operations per second divided by 4,096 cells. The {@code mix} parameter picks the cells: {@code unicode}
 * (clean NFC with diacritics, as a new register has), {@code ascii} (diacritics lost, upper case), {@code legacy}
 * (TCVN3 and VNI text read as Windows-1252) or {@code register} (a blend of the three, with titles and co-owners).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TextBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBenchmark {

    static final int CELLS = 4096;

    @Param({"unicode", "ascii", "legacy", "register"})
    public String mix;

    String[] cells;

    @Setup(Level.Trial)
    public void setUp() {
        cells = RegisterNames.cells(mix, CELLS, 20251125L);
    }

    @Benchmark
    public void fold(Blackhole bh) {
        for (String c : cells) {
            bh.consume(VietnameseText.fold(c));
        }
    }

    @Benchmark
    public void normalize(Blackhole bh) {
        for (String c : cells) {
            bh.consume(VietnameseText.normalize(c));
        }
    }

    @Benchmark
    public void parseNameCell(Blackhole bh) {
        for (String c : cells) {
            bh.consume(PersonNames.parse(c));
        }
    }

    /** Seeded register-like name cells. */
    static final class RegisterNames {
        private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm",
            "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Quách"};
        private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Xuân", "Thị Thu",
            "Văn Hữu"};
        private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Hương", "Khoa", "Lan", "Tuấn",
            "Thủy", "Hòa", "Yến", "Ánh", "Quyết", "Nguyệt", "Khuyến", "Trường"};
        /** TCVN3 and VNI spellings as they arrive in old registers (bytes read as Windows-1252). */
        private static final String[] LEGACY = {"NguyÔn V¨n An", "TrÇn ThÞ Hång", "§Æng ThÞ Thu H­¬ng",
            "Ph¹m V¨n C­êng", "Lª ThÞ Lan", "Nguyeãn Vaên An", "Traàn Thò Hoàng", "Ñaëng Vaên Bình",
            "Phaïm Thò Lan", "Hoaøng Vaên Tuaán"};
        private static final String[] TITLES = {"", "", "", "Ông ", "Bà ", "Hộ ông ", "Hộ bà "};

        static String[] cells(String mix, int n, long seed) {
            Random r = new Random(seed);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String m = mix.equals("register") ? new String[] {"unicode", "unicode", "ascii", "legacy"}[r.nextInt(4)]
                        : mix;
                out.add(switch (m) {
                    case "unicode" -> name(r);
                    case "ascii" -> VietnameseText.fold(name(r)).toUpperCase(java.util.Locale.ROOT);
                    case "legacy" -> LEGACY[r.nextInt(LEGACY.length)];
                    default -> throw new IllegalArgumentException("unknown mix " + m);
                });
                if (mix.equals("register")) {
                    String title = TITLES[r.nextInt(TITLES.length)];
                    String cell = title + out.get(i);
                    if (r.nextInt(10) == 0) {
                        cell = "Vợ chồng ông " + out.get(i) + " và bà " + name(r);
                    }
                    out.set(i, cell);
                }
            }
            return out.toArray(new String[0]);
        }

        private static String name(Random r) {
            return FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                    + GIVEN[r.nextInt(GIVEN.length)];
        }
    }
}
