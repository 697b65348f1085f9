package org.parcelrecon.testkit.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.SplittableRandom;

/** The ways a person at a keyboard or a spreadsheet changes a value; each returns the value as written. */
final class Mistakes {
    private static final Map<String, String> WRONG_LAND_USE = Map.ofEntries(
            Map.entry("ODT", "ONT"), Map.entry("ONT", "ODT"), Map.entry("ONT+CLN", "ONT"), Map.entry("LUC", "LUK"),
            Map.entry("LUK", "LUC"), Map.entry("HNK", "CLN"), Map.entry("CLN", "HNK"), Map.entry("NTS", "LUK"),
            Map.entry("RSX", "RPH"), Map.entry("NKH", "HNK"), Map.entry("TMD", "ODT"), Map.entry("TSC", "ODT"),
            Map.entry("DGD", "DVH"), Map.entry("DYT", "DVH"), Map.entry("SKC", "TMD"), Map.entry("SKS", "SKC"));

    private Mistakes() {
    }

    /** One letter of one word dropped, doubled, swapped with the next, or stripped of its marks. */
    static String typo(String name, SplittableRandom rng) {
        String[] words = name.split(" ");
        for (int attempt = 0; attempt < 8; attempt++) {
            int w = rng.nextInt(words.length);
            String word = words[w];
            String changed = typoInWord(word, rng.nextInt(4), rng);
            if (!changed.equals(word) && !changed.isEmpty()) {
                words[w] = changed;
                return String.join(" ", words);
            }
        }
        return name + name.charAt(name.length() - 1);
    }

    private static String typoInWord(String word, int op, SplittableRandom rng) {
        int n = word.length();
        switch (op) {
            case 0:
                if (n >= 3) {
                    int i = 1 + rng.nextInt(n - 1);
                    return word.substring(0, i) + word.substring(i + 1);
                }
                return word;
            case 1: {
                int i = 1 + rng.nextInt(Math.max(1, n - 1));
                i = Math.min(i, n - 1);
                return word.substring(0, i + 1) + word.charAt(i) + word.substring(i + 1);
            }
            case 2:
                if (n >= 3) {
                    int i = 1 + rng.nextInt(n - 2);
                    return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
                }
                return word;
            default: {
                for (int i = 0; i < n; i++) {
                    char c = word.charAt(i);
                    String plain = Text.stripDiacritics(String.valueOf(c));
                    if (!plain.equals(String.valueOf(c))) {
                        return word.substring(0, i) + plain + word.substring(i + 1);
                    }
                }
                return word;
            }
        }
    }

    /** A title in front of the name, as registers write them. */
    static String withTitle(String name, boolean female, SplittableRandom rng) {
        double u = rng.nextDouble();
        String title = u < 0.7 ? (female ? "Bà" : "Ông") : (female ? "Hộ bà" : "Hộ ông");
        return title + " " + name;
    }

    /** A 12-digit number as a spreadsheet shows it: {@code 2.2190012345E+10}, or rounded {@code 2.21900E+10}. */
    static String scientific(String digits, SplittableRandom rng) {
        BigDecimal v = new BigDecimal(Long.parseLong(digits));
        int exponent = v.precision() - 1;
        if (rng.nextBoolean()) {
            String s = v.unscaledValue().toString().replaceAll("0+$", "");
            String mantissa = s.length() == 1 ? s : s.charAt(0) + "." + s.substring(1);
            return mantissa + "E+" + exponent;
        }
        String six = v.round(new MathContext(6)).unscaledValue().toString();
        six = (six + "000000").substring(0, 6);
        return six.charAt(0) + "." + six.substring(1) + "E+" + exponent;
    }

    /** The number as a spreadsheet stores it: leading zeros gone. */
    static String leadingZerosLost(String digits) {
        return Long.toString(Long.parseLong(digits));
    }

    /** The 12 digits with separators between groups. */
    static String separated(String d, SplittableRandom rng) {
        switch (rng.nextInt(3)) {
            case 0:
                return d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6, 9) + " " + d.substring(9);
            case 1:
                return d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6, 9) + "." + d.substring(9);
            default:
                return d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6);
        }
    }

    /** A year 1-3 off, or with its last two digits swapped. */
    static int wrongYear(int year, SplittableRandom rng) {
        int tens = year / 10 % 10;
        int ones = year % 10;
        if (rng.nextDouble() < 0.25 && tens != ones) {
            int swapped = year / 100 * 100 + ones * 10 + tens;
            if (swapped <= Population.YEAR_NOW) {
                return swapped;
            }
        }
        int delta = 1 + rng.nextInt(3);
        return year + (rng.nextBoolean() || year + delta > Population.YEAR_NOW ? -delta : delta);
    }

    /** Another current land-use code a clerk could have written for this one. */
    static String wrongLandUse(String code) {
        return WRONG_LAND_USE.getOrDefault(code, "HNK".equals(code) ? "CLN" : "HNK");
    }

    /** The retired code that a parcel with this current code was registered under, or null if there is none. */
    static String retiredLandUse(String code, SplittableRandom rng) {
        return switch (code) {
            case "HNK" -> rng.nextDouble() < 0.7 ? "BHK" : "NHK";
            case "LUK" -> "LUN";
            default -> null;
        };
    }

    static boolean hasRetiredForm(String code) {
        return code.equals("HNK") || code.equals("LUK");
    }
}
