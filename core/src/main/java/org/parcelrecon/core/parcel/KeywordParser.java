package org.parcelrecon.core.parcel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parcelrecon.core.text.VietnameseText;

/**
 * Reads a parcel key from text where keywords name each number ("tờ 12 thửa 345"). See
 * {@link ParcelKeys#parse(String)} for the accepted forms; this class holds the mechanics.
 *
 * <p>The text is decoded and normalised ({@link VietnameseText#normalize}), compatibility-folded (NFKC: full-width
 * digits and letters become ASCII) and lower-cased, then cut into tokens: words (letters), numbers (ASCII digit
 * runs) and single punctuation marks. A keyword word matches when it is spelled exactly, diacritics included
 * ("tờ"), or entirely without diacritics ("to"); a word with other diacritics ("tổ", residential group) does not
 * match.
 */
final class KeywordParser {
    private KeywordParser() {
    }

    enum Kind {
        SHEET("sheet number", "sheet numbers"),
        PLOT("plot number", "plot numbers"),
        COMMUNE("commune code", "commune codes");

        final String one;
        final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }

    private enum TokenType { WORD, NUMBER, PUNCT }

    private record Token(TokenType type, String text, boolean spaceBefore) {
    }

    private record Head(Kind kind, List<Word> words) {
    }

    /** A keyword word: its Vietnamese spelling and its spelling without diacritics. */
    private record Word(String vietnamese, String ascii) {
        static Word of(String vietnamese) {
            return new Word(vietnamese, VietnameseText.fold(vietnamese));
        }

        boolean matches(Token t) {
            return t.type() == TokenType.WORD
                    && (t.text().equals(vietnamese) || (isAscii(t.text()) && t.text().equals(ascii)));
        }
    }

    /** Keyword phrases, longest first so that "tờ bản đồ" wins over "tờ". */
    private static final List<Head> HEADS = List.of(
            head(Kind.SHEET, "số tờ bản đồ"),
            head(Kind.SHEET, "tờ bản đồ"),
            head(Kind.SHEET, "số tờ"),
            head(Kind.SHEET, "tờ bđ"),
            head(Kind.SHEET, "tờ"),
            head(Kind.SHEET, "tbđ"),
            head(Kind.PLOT, "số thửa đất"),
            head(Kind.PLOT, "thửa đất"),
            head(Kind.PLOT, "số thửa"),
            head(Kind.PLOT, "thửa"),
            head(Kind.COMMUNE, "mã đơn vị hành chính"),
            head(Kind.COMMUNE, "mã phường"),
            head(Kind.COMMUNE, "mã xã"),
            head(Kind.COMMUNE, "thị trấn"),
            head(Kind.COMMUNE, "đặc khu"),
            head(Kind.COMMUNE, "phường"),
            head(Kind.COMMUNE, "xã"));

    /** Words allowed between a keyword and its number ("tờ bản đồ số 12"). */
    private static final List<Word> FILLER_WORDS = List.of(Word.of("số"));
    private static final String FILLER_PUNCT = ":.#-=";

    /** Words that join two numbers into a list or range ("thửa 12 và 13", "thửa 12 đến 15"). */
    private static final List<Word> CONNECTORS = List.of(
            Word.of("và"), Word.of("đến"), Word.of("tới"), Word.of("hoặc"), Word.of("hay"));

    private static Head head(Kind kind, String phrase) {
        List<Word> words = new ArrayList<>();
        for (String w : phrase.split(" ")) {
            words.add(Word.of(w));
        }
        return new Head(kind, List.copyOf(words));
    }

    /** Why the text could not be read; carried out of the scanning loop. */
    private static final class Rejection extends Exception {
        private static final long serialVersionUID = 1L;

        Rejection(String reason) {
            super(reason, null, false, false);
        }
    }

    static ParcelKeyParse parse(String input) {
        String prepared = prepare(input);
        if (prepared.isBlank()) {
            return new ParcelKeyParse.Rejected(input, "empty text: no plot number found");
        }
        try {
            return new ParcelKeyParse.Parsed(read(tokenize(prepared)));
        } catch (Rejection r) {
            return new ParcelKeyParse.Rejected(input, r.getMessage());
        }
    }

    /** Decoded, NFC, whitespace collapsed, NFKC (full-width → ASCII), lower case. */
    static String prepare(String input) {
        String normalized = VietnameseText.normalize(input);
        return Normalizer.normalize(normalized, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static ParcelKey read(List<Token> tokens) throws Rejection {
        Map<Kind, List<String>> found = new EnumMap<>(Kind.class);
        Map<Kind, String> bareKeyword = new EnumMap<>(Kind.class);
        int i = 0;
        while (i < tokens.size()) {
            Optional<Head> head = headAt(tokens, i);
            if (head.isEmpty()) {
                i++;
                continue;
            }
            Kind kind = head.get().kind();
            int j = i + head.get().words().size();
            while (j < tokens.size() && isFiller(tokens.get(j))) {
                j++;
            }
            if (j >= tokens.size() || tokens.get(j).type() != TokenType.NUMBER) {
                bareKeyword.putIfAbsent(kind, phrase(tokens, i, i + head.get().words().size()));
                i += head.get().words().size();
                continue;
            }
            String number = checkedNumber(kind, tokens, j, phrase(tokens, i, i + head.get().words().size()));
            if (number != null) {
                List<String> values = found.computeIfAbsent(kind, k -> new ArrayList<>());
                if (!values.contains(number)) {
                    values.add(number);
                }
                Optional<String> next = listedNumber(tokens, j + 1);
                if (next.isPresent()) {
                    throw new Rejection("two " + kind.many + " found: " + tokens.get(j).text() + " and " + next.get());
                }
            }
            i = j + 1;
        }
        for (Kind kind : Kind.values()) {
            List<String> values = found.getOrDefault(kind, List.of());
            if (values.size() > 1) {
                throw new Rejection("two " + kind.many + " found: " + values.get(0) + " and " + values.get(1));
            }
        }
        int plot = required(Kind.PLOT, found, bareKeyword);
        int sheet = required(Kind.SHEET, found, bareKeyword);
        Optional<String> commune = found.getOrDefault(Kind.COMMUNE, List.of()).stream().findFirst();
        return new ParcelKey(sheet, plot, commune);
    }

    private static int required(Kind kind, Map<Kind, List<String>> found, Map<Kind, String> bareKeyword)
            throws Rejection {
        List<String> values = found.getOrDefault(kind, List.of());
        if (values.isEmpty()) {
            String keyword = bareKeyword.get(kind);
            throw new Rejection(keyword == null ? "no " + kind.one + " found"
                    : "no " + kind.one + " found: '" + keyword + "' is not followed by a number");
        }
        return Integer.parseInt(values.get(0));
    }

    /**
     * The number at {@code j} as a canonical string (leading zeros removed; commune codes kept as 5 digits), or
     * null if a commune keyword is followed by a one- or two-digit number, which names a numbered ward
     * ("Phường 3") rather than giving a code.
     */
    private static String checkedNumber(Kind kind, List<Token> tokens, int j, String keyword) throws Rejection {
        Token number = tokens.get(j);
        String digits = number.text();
        if (j + 1 < tokens.size() && !tokens.get(j + 1).spaceBefore()) {
            Token glued = tokens.get(j + 1);
            if (glued.type() == TokenType.WORD && headAt(tokens, j + 1).isEmpty()) {
                StringBuilder written = new StringBuilder(digits);
                for (int k = j + 1; k < tokens.size() && !tokens.get(k).spaceBefore()
                        && tokens.get(k).type() != TokenType.PUNCT; k++) {
                    written.append(tokens.get(k).text());
                }
                throw new Rejection(kind.one + " '" + written
                        + "' has letters attached; numbers with letters are not supported");
            }
            if ((glued.text().equals(".") || glued.text().equals(",")) && j + 2 < tokens.size()
                    && tokens.get(j + 2).type() == TokenType.NUMBER && !tokens.get(j + 2).spaceBefore()) {
                throw new Rejection(kind.one + " '" + digits + glued.text() + tokens.get(j + 2).text()
                        + "' is not a whole number");
            }
        }
        if (kind == Kind.COMMUNE) {
            if (digits.length() == 5) {
                return digits;
            }
            if (digits.length() <= 2) {
                return null;
            }
            throw new Rejection("'" + digits + "' after '" + keyword + "' is not a 5-digit commune code");
        }
        Optional<String> problem = numberProblem(kind.one, digits);
        if (problem.isPresent()) {
            throw new Rejection(problem.get());
        }
        return withoutLeadingZeros(digits);
    }

    /** Why a digit string cannot be a sheet or plot number (0, or above {@link ParcelKey#MAX_NUMBER}), if it cannot. */
    static Optional<String> numberProblem(String what, String digits) {
        String significant = withoutLeadingZeros(digits);
        if (significant.equals("0")) {
            return Optional.of(what + " 0 is not valid");
        }
        if (significant.length() > 6) {
            return Optional.of(what + " " + significant + " is too large (at most " + ParcelKey.MAX_NUMBER + ")");
        }
        return Optional.empty();
    }

    static String withoutLeadingZeros(String digits) {
        return digits.replaceFirst("^0+(?=.)", "");
    }

    /** A bare number joined to the one before by punctuation or a connector word ("12, 13", "12 và 13"). */
    private static Optional<String> listedNumber(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && (tokens.get(k).type() == TokenType.PUNCT || isConnector(tokens.get(k)))) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).type() == TokenType.NUMBER) {
            return Optional.of(tokens.get(k).text());
        }
        return Optional.empty();
    }

    private static Optional<Head> headAt(List<Token> tokens, int i) {
        for (Head head : HEADS) {
            List<Word> words = head.words();
            if (i + words.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int w = 0; w < words.size() && all; w++) {
                all = words.get(w).matches(tokens.get(i + w));
            }
            if (all) {
                return Optional.of(head);
            }
        }
        return Optional.empty();
    }

    private static boolean isFiller(Token t) {
        if (t.type() == TokenType.PUNCT) {
            return FILLER_PUNCT.contains(t.text());
        }
        return FILLER_WORDS.stream().anyMatch(w -> w.matches(t));
    }

    private static boolean isConnector(Token t) {
        return CONNECTORS.stream().anyMatch(w -> w.matches(t));
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        boolean space = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            TokenType type;
            if (c >= '0' && c <= '9') {
                type = TokenType.NUMBER;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
            } else if (isWordChar(c)) {
                type = TokenType.WORD;
                while (i < s.length() && isWordChar(s.charAt(i))) {
                    i++;
                }
            } else {
                type = TokenType.PUNCT;
                i += Character.charCount(s.codePointAt(i));
            }
            tokens.add(new Token(type, s.substring(start, i), space));
            space = false;
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
