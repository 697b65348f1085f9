package org.parcelrecon.core.name;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parcelrecon.core.text.DecodedText;
import org.parcelrecon.core.text.VietnameseText;

/**
 * Parses register cells of land-user names into {@link PersonName}s.
 *
 * <p>What it does, in order:
 * <ol>
 *   <li>decodes legacy-encoded text (TCVN3, VNI, Windows-1258) and normalises Unicode, tone placement and
 *       whitespace ({@link VietnameseText#normalize(String)});</li>
 *   <li>removes parenthesised remarks ({@code "(chủ hộ)"}, {@code "(đã chết)"}), keeping them as titles;</li>
 *   <li>splits co-owners on {@code ,} {@code ;} {@code &} {@code +} {@code /}, a spaced {@code -}, and the word
 *       {@code và} (or {@code va} written without diacritics, only between two names of two or more words);</li>
 *   <li>strips the titles and prefixes that registers put in front of names: {@code Ông}, {@code Bà},
 *       {@code Hộ ông}, {@code Hộ bà}, {@code Hộ gia đình}, {@code HGĐ}, {@code Vợ chồng}, {@code Anh},
 *       {@code Chị}, {@code Cụ}, {@code Chủ hộ}, {@code Đại diện}, {@code Ô.}, {@code B.};</li>
 *   <li>splits each name family-first: the first word (or a known two-word family name such as
 *       {@code Tôn Nữ}, {@code Tôn Thất}, {@code Âu Dương}, {@code Nguyễn Phúc}) is the family name, the last
 *       word the given name, anything between the middle names; words are title-cased
 *       ({@code "NGUYỄN VĂN AN"} → {@code "Nguyễn Văn An"}).</li>
 * </ol>
 *
 * <p>Examples:
 * <pre>
 *   "Ông NGUYỄN VĂN AN"                              → [Nguyễn Văn An], titles [Ông]
 *   "Hộ bà Trần Thị Bình"                            → [Trần Thị Bình], titles [Hộ bà]
 *   "Vợ chồng ông Lê Văn Cường và bà Phạm Thị Dung"  → [Lê Văn Cường, Phạm Thị Dung], titles [Vợ chồng ông, bà]
 *   "nguyen van an, tran thi binh"                   → [Nguyen Van An, Tran Thi Binh]
 *   "NguyÔn V¨n An" (TCVN3)                          → [Nguyễn Văn An], detected encoding TCVN3
 *   "Hộ ông"                                         → no names, problem "no name after the title 'Hộ ông'"
 * </pre>
 *
 * <p>Limits: a title word is removed only when at least two words remain after it, so the rare family
 * names that are also titles ({@code Ông}, {@code Cụ}) are read as titles in names of three or more words.
 * Without diacritics, {@code Ho} stays a family name (Hồ): only {@code Ho ong}, {@code Ho ba} and
 * {@code Ho gia dinh} are titles. Thread-safe; stateless.
 */
public final class PersonNames {

    /** Title phrases, folded to ASCII, longest first so that "ho gia dinh ong" wins over "ho". */
    private static final List<Title> TITLES = List.of(
            new Title("hộ gia đình ông", true, true), new Title("hộ gia đình bà", true, true),
            new Title("hộ gia đình", true, true), new Title("vợ chồng ông", true, true),
            new Title("vợ chồng bà", true, true), new Title("vợ chồng", true, true), new Title("hgđ ông", true, true),
            new Title("hgđ bà", true, true), new Title("hgđ", true, true), new Title("hộ ông", true, true),
            new Title("hộ bà", true, true), new Title("chủ hộ", true, true), new Title("đại diện", true, true),
            new Title("hộ", false, true), new Title("ông", true, true), new Title("bà", true, true),
            new Title("cụ", true, true), new Title("anh", true, false), new Title("chị", true, false),
            new Title("ô.", true, true), new Title("b.", true, true));

    /** The first word of every title, as written and folded: a segment starting otherwise has no title. */
    private static final Set<String> TITLE_FIRST_WORDS = titleFirstWords();

    /** Folded words that mark a cell as naming an organisation, wherever they stand. */
    private static final List<String> ORGANIZATION_MARKS = List.of("cong ty", "tnhh", "co phan", "ubnd",
            "uy ban nhan dan", "hop tac xa", "htx", "doanh nghiep", "chi nhanh", "ban quan ly",
            // from here on, only at the start of the cell: these words also occur inside person names
            "cong an", "quan doi", "truong thpt", "truong thcs", "truong tieu hoc", "truong mam non",
            "truong dai hoc", "truong cao dang", "benh vien", "tram y te", "nha may", "xi nghiep", "chua ",
            "nha tho", "van phong", "trung tam");

    /** Organisation marks from this index on count only at the start of the cell. */
    private static final int LEADING_ONLY_FROM = ORGANIZATION_MARKS.indexOf("cong an");

    private static final List<List<String>> COMPOUND_FAMILY_NAMES = List.of(
            List.of("cong", "ton", "nu"), List.of("ton", "nu"), List.of("ton", "that"), List.of("au", "duong"),
            List.of("nguyen", "phuc"));

    private PersonNames() {
    }

    private static Set<String> titleFirstWords() {
        Set<String> first = new HashSet<>();
        for (Title t : TITLES) {
            first.add(t.words().get(0));
            if (t.asciiAllowed()) {
                first.add(t.foldedWords().get(0));
            }
        }
        return Set.copyOf(first);
    }

    /**
     * Parses one register cell, which may name several people.
     *
     * @throws NullPointerException if {@code cell} is null
     * @param cell the name cell as read (Unicode or a legacy encoding)
     * @return the people it names, its titles, and whether it names an organisation
     */
    public static NameCell parse(String cell) {
        Objects.requireNonNull(cell, "cell");
        DecodedText decoded = VietnameseText.decode(cell);
        String normalized = VietnameseText.normalize(decoded.text());
        List<String> titles = new ArrayList<>();
        List<PersonName> names = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (isOrganization(VietnameseText.foldUnicode(normalized))) {
            return new NameCell(cell, normalized, decoded.encoding(), List.of(), List.of(), true, Optional.empty());
        }
        String withoutRemarks = removeRemarks(normalized, titles);
        for (List<String> segment : splitPeople(withoutRemarks)) {
            parseSegment(segment, titles, names, problems);
        }
        if (names.isEmpty() && problems.isEmpty()) {
            problems.add(normalized.isEmpty() ? "empty cell" : "no name found");
        }
        Optional<String> problem = problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
        return new NameCell(cell, normalized, decoded.encoding(), names, titles, false, problem);
    }

    private static boolean isOrganization(String folded) {
        for (int i = 0; i < ORGANIZATION_MARKS.size(); i++) {
            String mark = ORGANIZATION_MARKS.get(i);
            if (i >= LEADING_ONLY_FROM ? folded.startsWith(mark) : containsWord(folded, mark)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String folded, String word) {
        for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
            boolean endOk = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses a cell that should name exactly one person; the first name when it names several.
     *
     * @return the name, or empty when the cell holds none
     * @param cell the name cell as read (Unicode or a legacy encoding)
     */
    public static Optional<PersonName> parseOne(String cell) {
        return parse(cell).first();
    }

    private static String removeRemarks(String s, List<String> titles) {
        if (s.indexOf('(') < 0 && s.indexOf('[') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int depth = 0;
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                if (depth++ == 0) {
                    start = i + 1;
                }
            } else if ((c == ')' || c == ']') && depth > 0) {
                if (--depth == 0) {
                    String remark = s.substring(start, i).trim();
                    if (!remark.isEmpty()) {
                        titles.add("(" + remark + ")");
                    }
                    out.append(' ');
                }
            } else if (depth == 0) {
                out.append(c);
            }
        }
        if (depth > 0) {
            String remark = s.substring(start).trim();
            if (!remark.isEmpty()) {
                titles.add("(" + remark + ")");
            }
        }
        return out.toString();
    }

    /** Splits a cell into word lists, one per person. */
    private static List<List<String>> splitPeople(String s) {
        List<List<String>> people = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean separator = c == ',' || c == ';' || c == '&' || c == '+' || c == '/' || c == '\n';
            if (Character.isWhitespace(c) || separator) {
                if (word.length() > 0) {
                    String w = word.toString();
                    word.setLength(0);
                    if (w.equals("-")) {
                        endPerson(people, current);
                        current = new ArrayList<>();
                    } else {
                        current.add(w);
                    }
                }
                if (separator) {
                    endPerson(people, current);
                    current = new ArrayList<>();
                }
            } else {
                word.append(c);
            }
        }
        endPerson(people, current);
        List<List<String>> result = new ArrayList<>();
        for (List<String> person : people) {
            splitOnAnd(person, result);
        }
        return result;
    }

    private static void endPerson(List<List<String>> people, List<String> words) {
        if (!words.isEmpty()) {
            people.add(words);
        }
    }

    /** Splits on "và" (always) and on a bare ASCII "va" between two names of two or more words each. */
    private static void splitOnAnd(List<String> words, List<List<String>> out) {
        int from = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean and = lower.equals("và")
                    || (lower.equals("va") && i - from >= 2 && words.size() - i - 1 >= 2);
            if (and) {
                if (i > from) {
                    out.add(words.subList(from, i));
                }
                from = i + 1;
            }
        }
        if (from < words.size()) {
            out.add(words.subList(from, words.size()));
        }
    }

    private static void parseSegment(List<String> words, List<String> titles, List<PersonName> names,
                                     List<String> problems) {
        List<String> lower = new ArrayList<>(words.size());
        for (String w : words) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        int start = 0;
        String stripped = null;
        boolean matched = true;
        while (matched && start < words.size() && TITLE_FIRST_WORDS.contains(lower.get(start))) {
            matched = false;
            for (Title t : TITLES) {
                int n = t.matches(lower, start);
                int left = words.size() - start - n;
                if (n > 0 && (left == 0 || left >= t.wordsNeededAfter(lower, start))) {
                    String phrase = String.join(" ", words.subList(start, start + n));
                    stripped = stripped == null ? phrase : stripped + " " + phrase;
                    start += n;
                    matched = true;
                    break;
                }
            }
        }
        if (stripped != null) {
            titles.add(stripped);
        }
        List<String> nameWords = new ArrayList<>(words.size() - start);
        for (int i = start; i < words.size(); i++) {
            String w = trimPunctuation(words.get(i));
            if (!w.isEmpty()) {
                nameWords.add(w);
            }
        }
        if (nameWords.isEmpty()) {
            if (stripped != null) {
                problems.add("no name after the title '" + stripped + "'");
            }
            return;
        }
        for (String w : nameWords) {
            if (!isNameWord(w)) {
                problems.add("not a name: '" + String.join(" ", nameWords) + "' (word '" + w + "')");
                return;
            }
        }
        names.add(split(nameWords));
    }

    private static PersonName split(List<String> words) {
        List<String> cased = new ArrayList<>(words.size());
        for (String w : words) {
            cased.add(titleCase(w));
        }
        if (cased.size() == 1) {
            return new PersonName("", List.of(), cased.get(0));
        }
        int familyLength = compoundFamilyLength(words);
        String family = String.join(" ", cased.subList(0, familyLength));
        return new PersonName(family, cased.subList(familyLength, cased.size() - 1), cased.get(cased.size() - 1));
    }

    private static int compoundFamilyLength(List<String> words) {
        String first = VietnameseText.foldUnicode(words.get(0));
        for (List<String> compound : COMPOUND_FAMILY_NAMES) {
            if (words.size() > compound.size() && compound.get(0).equals(first)) {
                boolean all = true;
                for (int i = 1; i < compound.size() && all; i++) {
                    all = VietnameseText.foldUnicode(words.get(i)).equals(compound.get(i));
                }
                if (all) {
                    return compound.size();
                }
            }
        }
        return 1;
    }

    private static boolean isNameWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.'
                    && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    private static String trimPunctuation(String w) {
        int b = 0;
        int e = w.length();
        while (b < e && isEdgePunctuation(w.charAt(b))) {
            b++;
        }
        while (e > b && isEdgePunctuation(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(b, e);
    }

    private static boolean isEdgePunctuation(char c) {
        return c == '.' || c == ':' || c == '"' || c == '\'' || c == '“' || c == '”' || c == '-' || c == '*';
    }

    static String titleCase(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        int first = lower.codePointAt(0);
        return new StringBuilder(lower.length()).appendCodePoint(Character.toTitleCase(first))
                .append(lower, Character.charCount(first), lower.length()).toString();
    }

    /**
     * A title phrase. With diacritics a word must match exactly (case aside): {@code Bá} is not {@code Bà}.
     * Written without diacritics it matches the folded phrase, unless {@code asciiAllowed} is false.
     * A strong title written with its diacritics may precede a one-word name ({@code "Bà Hoa"}); any other
     * match needs a name of two or more words after it, since the word might be part of the name.
     */
    private record Title(List<String> words, List<String> foldedWords, boolean asciiAllowed, boolean strong) {
        Title(String phrase, boolean asciiAllowed, boolean strong) {
            this(List.of(phrase.split(" ")), List.of(VietnameseText.fold(phrase).split(" ")), asciiAllowed, strong);
        }

        /** How many name words must follow a match at {@code from} (lower-case text) for it to count as a title. */
        int wordsNeededAfter(List<String> text, int from) {
            boolean exact = true;
            for (int i = 0; i < words.size() && exact; i++) {
                exact = text.get(from + i).equals(words.get(i));
            }
            return exact && strong ? 1 : 2;
        }

        /** Number of words of {@code text} (lower case) matched at {@code from}, or 0. */
        int matches(List<String> text, int from) {
            if (text.size() - from < words.size()) {
                return 0;
            }
            for (int i = 0; i < words.size(); i++) {
                String w = text.get(from + i);
                if (w.equals(words.get(i))) {
                    continue;
                }
                boolean ascii = isAscii(w);
                if (!(asciiAllowed && ascii && w.equals(foldedWords.get(i)))) {
                    return 0;
                }
            }
            return words.size();
        }

        private static boolean isAscii(String w) {
            for (int i = 0; i < w.length(); i++) {
                if (w.charAt(i) > 0x7f) {
                    return false;
                }
            }
            return true;
        }
    }
}
