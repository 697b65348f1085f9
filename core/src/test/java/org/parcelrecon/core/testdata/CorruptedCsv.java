package org.parcelrecon.core.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * CSV lines with the damage real exports have, for the accounting property tests of every reader of CSV files
 * (each input row must come out once: read or rejected). Every line this class writes is one physical line (no
 * line break inside), so "row" and "line" are the same and a test knows which line each row is on.
 */
public final class CorruptedCsv {
    /** What is wrong with a row. */
    public enum Corruption {
        /** Nothing: the row as written. */
        NONE,
        /** One cell replaced by random characters (letters, digits, Vietnamese, quotes, separators). */
        GARBLED,
        /** One cell opens a quote that is never closed. */
        UNCLOSED_QUOTE,
        /** One cell is quoted and followed by text ({@code "An"x}). */
        TEXT_AFTER_QUOTE,
        /** The last cells are missing. */
        SHORT,
        /** Cells are added after the last. */
        LONG,
        /** The number column holds text that is not a number. */
        BAD_NUMBER
    }

    private static final String GARBLE = "aăâđêôơưAĐ09 ;'\"\t,.-/:#?xÿ\u00a0\ufffd";

    private CorruptedCsv() {
    }

    /** Corruptions, half of them none, so that good rows and damaged rows mix. */
    public static Arbitrary<Corruption> corruptions() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Corruption.NONE)),
                net.jqwik.api.Tuple.of(6, Arbitraries.of(Corruption.class)));
    }

    /**
     * One line: {@code cells} joined by commas (quoted where needed), with {@code corruption} applied using
     * {@code random}; {@code numberColumn} is the cell {@link Corruption#BAD_NUMBER} spoils.
     */
    public static String line(List<String> cells, Corruption corruption, Random random, int numberColumn) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(quoted(c));
        }
        int at = random.nextInt(out.size());
        switch (corruption) {
            case NONE -> {
            }
            case GARBLED -> {
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(12); i >= 0; i--) {
                    b.append(GARBLE.charAt(random.nextInt(GARBLE.length())));
                }
                out.set(at, b.toString());
            }
            case UNCLOSED_QUOTE -> out.set(at, "\"" + cells.get(at));
            case TEXT_AFTER_QUOTE -> out.set(at, quoted(cells.get(at)).startsWith("\"")
                    ? quoted(cells.get(at)) + "x" : "\"" + cells.get(at) + "\"x");
            case SHORT -> {
                int keep = random.nextInt(out.size());
                out.subList(Math.max(keep, 1), out.size()).clear();
            }
            case LONG -> {
                for (int i = random.nextInt(3); i >= 0; i--) {
                    out.add("extra" + i);
                }
            }
            case BAD_NUMBER -> out.set(numberColumn, random.nextBoolean() ? "12,3.4x" : "một trăm");
        }
        return String.join(",", out);
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
