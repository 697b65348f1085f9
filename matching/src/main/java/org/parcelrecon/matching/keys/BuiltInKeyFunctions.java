package org.parcelrecon.matching.keys;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parcelrecon.core.citizen.CitizenId;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.name.PersonName;
import org.parcelrecon.core.name.PersonNames;
import org.parcelrecon.core.text.VietnameseText;

/** The built-in key functions; see {@link KeyFunctions} for what each one does. */
final class BuiltInKeyFunctions {
    static final KeyFunction IDENTITY = v -> v;

    private BuiltInKeyFunctions() {
    }

    static Map<String, KeyFunction> all() {
        Map<String, KeyFunction> m = new LinkedHashMap<>();
        m.put("identity", IDENTITY);
        m.put("lower", v -> v.toLowerCase(Locale.ROOT));
        m.put("normalize", VietnameseText::normalize);
        m.put("fold", VietnameseText::fold);
        m.put("alnum", BuiltInKeyFunctions::alnum);
        m.put("digits", BuiltInKeyFunctions::digits);
        m.put("first_token", BuiltInKeyFunctions::firstToken);
        m.put("last_token", BuiltInKeyFunctions::lastToken);
        m.put("sorted_tokens", BuiltInKeyFunctions::sortedTokens);
        m.put("date", v -> DateKeys.isoDate(v));
        m.put("year", v -> DateKeys.year(v));
        m.put("citizen_id", v -> citizenId(v).normalized().orElse(""));
        m.put("citizen_id_kind", v -> citizenId(v).kind().map(Enum::name).orElse(""));
        m.put("cccd_birth_year", v -> {
            CitizenId id = citizenId(v);
            return id.birthYear().isPresent() ? Integer.toString(id.birthYear().getAsInt()) : "";
        });
        m.put("vn_name", v -> name(v).map(PersonName::fullName).orElse(""));
        m.put("vn_family", v -> name(v).map(PersonName::family).orElse(""));
        m.put("vn_middle", v -> name(v).map(PersonName::middleJoined).orElse(""));
        m.put("vn_given", v -> name(v).map(PersonName::given).orElse(""));
        return m;
    }

    static KeyFunction prefix(int n) {
        return v -> v.length() <= n ? v : v.substring(0, n);
    }

    static KeyFunction suffix(int n) {
        return v -> v.length() <= n ? v : v.substring(v.length() - n);
    }

    /**
     * The last value parsed on this thread and its result: the engine derives every key of one cell value in a
     * row ({@code vn_family}, {@code vn_given}, {@code vn_given|lower} ...), so one parse serves them all.
     */
    private static final ThreadLocal<Object[]> LAST_NAME = ThreadLocal.withInitial(() -> new Object[2]);
    private static final ThreadLocal<Object[]> LAST_ID = ThreadLocal.withInitial(() -> new Object[2]);

    private static CitizenId citizenId(String v) {
        Object[] last = LAST_ID.get();
        if (v.equals(last[0])) {
            return (CitizenId) last[1];
        }
        CitizenId id = CitizenIds.parse(v);
        last[0] = v;
        last[1] = id;
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Optional<PersonName> name(String v) {
        Object[] last = LAST_NAME.get();
        if (v.equals(last[0])) {
            return (Optional<PersonName>) last[1];
        }
        Optional<PersonName> name;
        try {
            name = PersonNames.parseOne(v);
        } catch (RuntimeException e) {
            // A name the parser cannot handle yields no key rather than stopping a run.
            name = Optional.empty();
        }
        last[0] = v;
        last[1] = name;
        return name;
    }

    private static String alnum(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static String digits(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String firstToken(String v) {
        String t = v.trim();
        int i = 0;
        while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return t.substring(0, i);
    }

    private static String lastToken(String v) {
        String t = v.trim();
        int i = t.length();
        while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) {
            i--;
        }
        return t.substring(i);
    }

    private static String sortedTokens(String v) {
        String t = v.trim();
        if (t.isEmpty()) {
            return t;
        }
        String[] tokens = t.split("\\s+");
        Arrays.sort(tokens);
        return String.join(" ", tokens);
    }
}
