package org.parcelrecon.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parcelrecon.core.text.JaroWinkler;
import org.parcelrecon.core.text.VietnameseText;
import org.parcelrecon.matching.compare.Levenshtein;

/**
 * String comparators on folded Vietnamese names: parcelrecon's own Jaro-Winkler and bounded Levenshtein (primitive
 * results, reused buffers) against commons-text's on the same pairs. Results are comparisons per second.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ComparatorBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComparatorBenchmark {
    static final int PAIRS = 4096;

    String[] left;
    String[] right;
    char[][] leftChars;
    char[][] rightChars;
    final JaroWinkler jaroWinkler = new JaroWinkler();
    final Levenshtein levenshtein = new Levenshtein();
    final JaroWinklerSimilarity commonsJaroWinkler = new JaroWinklerSimilarity();
    final LevenshteinDistance commonsLevenshtein = new LevenshteinDistance(2);

    @Setup(Level.Trial)
    public void setUp() {
        String[] cells = TextBenchmark.RegisterNames.cells("unicode", PAIRS * 2, 7L);
        Random r = new Random(11);
        left = new String[PAIRS];
        right = new String[PAIRS];
        leftChars = new char[PAIRS][];
        rightChars = new char[PAIRS][];
        for (int i = 0; i < PAIRS; i++) {
            left[i] = VietnameseText.fold(cells[2 * i]);
            // half the pairs are the same name with a typo, half two different names
            right[i] = r.nextBoolean() ? typo(left[i], r) : VietnameseText.fold(cells[2 * i + 1]);
            leftChars[i] = left[i].toCharArray();
            rightChars[i] = right[i].toCharArray();
        }
    }

    private static String typo(String s, Random r) {
        int at = r.nextInt(s.length());
        return s.substring(0, at) + (char) ('a' + r.nextInt(26)) + s.substring(Math.min(s.length(), at + 1));
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void jaroWinkler(Blackhole bh) {
        for (int i = 0; i < PAIRS; i++) {
            bh.consume(jaroWinkler.similarity(leftChars[i], rightChars[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void commonsTextJaroWinkler(Blackhole bh) {
        for (int i = 0; i < PAIRS; i++) {
            bh.consume(commonsJaroWinkler.apply(left[i], right[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void levenshteinWithin2(Blackhole bh) {
        for (int i = 0; i < PAIRS; i++) {
            bh.consume(levenshtein.distance(leftChars[i], rightChars[i], 2));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void commonsTextLevenshteinWithin2(Blackhole bh) {
        for (int i = 0; i < PAIRS; i++) {
            bh.consume(commonsLevenshtein.apply(left[i], right[i]));
        }
    }
}
