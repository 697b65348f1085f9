package org.parcelrecon.matching;

import org.parcelrecon.matching.compare.JaroWinkler;
import org.parcelrecon.matching.compare.Levenshtein;

/** Per-worker buffers for scoring pairs: one per task, never shared between threads. */
final class Scratch {
    final JaroWinkler jaroWinkler = new JaroWinkler();
    final Levenshtein levenshtein = new Levenshtein();
    final byte[] levels;

    Scratch(int comparisons) {
        this.levels = new byte[comparisons];
    }
}
