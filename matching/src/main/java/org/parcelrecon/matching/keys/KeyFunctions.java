package org.parcelrecon.matching.keys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable registry of named {@link KeyFunction}s, and the parser of function specifications.
 *
 * <p>A specification is one function name or several chained with {@code |}, applied left to right; a name may
 * carry one argument after {@code :}. An empty specification means {@code identity}. Examples:
 * <pre>
 *   resolve("fold").apply("Nguyễn Văn An")                 "nguyen van an"
 *   resolve("vn_given|fold").apply("NGUYỄN VĂN AN")        "an"
 *   resolve("fold|prefix:3").apply("Hương")                "huo"
 *   resolve("citizen_id").apply("022 190 012 345")         "022190012345"
 *   resolve("citizen_id").apply("2.21900E+10")             ""   (digits lost: no key)
 *   resolve("date").apply("24/06/1971")                    "1971-06-24"
 *   resolve("year").apply("1971")                          "1971"
 *   resolve("nope")                                        throws IllegalArgumentException naming the known functions
 * </pre>
 *
 * <h2>Built-in functions</h2>
 * <ul>
 *   <li>{@code identity} the value; {@code lower} lower case; {@code normalize} Vietnamese text decoded (legacy
 *       encodings), NFC, whitespace collapsed; {@code fold} the same folded to an ASCII key (diacritics removed,
 *       {@code đ→d}, lower case);</li>
 *   <li>{@code alnum} letters and digits only, lower case; {@code digits} digits only;</li>
 *   <li>{@code first_token}, {@code last_token}, {@code sorted_tokens} (tokens sorted and joined by a space);
 *       {@code prefix:N}, {@code suffix:N} the first or last N characters (the whole value when shorter);</li>
 *   <li>{@code date} an ISO date {@code yyyy-MM-dd} from {@code yyyy-MM-dd}, {@code yyyy/MM/dd}, {@code yyyyMMdd},
 *       {@code dd/MM/yyyy}, {@code dd-MM-yyyy} or {@code dd.MM.yyyy} (day first, as Vietnam writes dates; month
 *       first only when the second number cannot be a month; {@code 1992-14-11} is read as 1992-11-14), or {@code yyyy-MM} / {@code yyyy} when only those
 *       are given; empty when the value is not a real date with a four-digit year (1000 to 9999); {@code year} the year of such a
 *       date (also of one whose day is impossible, such as 1990-02-30);</li>
 *   <li>{@code citizen_id} the 12 or 9 digits of a Vietnamese citizen ID after core's certain repairs
 *       ({@link org.parcelrecon.core.citizen.CitizenIds#parse(String)}), empty when no ID could be read;
 *       {@code citizen_id_kind} {@code CCCD} or {@code CMND}; {@code cccd_birth_year} the birth year a CCCD
 *       encodes;</li>
 *   <li>{@code vn_name}, {@code vn_family}, {@code vn_middle} (middle names joined by a space; empty when there
 *       are none), {@code vn_given}: parts of the first person named in a register name cell
 *       ({@link org.parcelrecon.core.name.PersonNames#parse(String)}), normalised, not folded: chain
 *       {@code |fold} for that.</li>
 * </ul>
 * {@link #standard()} adds the functions of every {@link KeyFunctionProvider} on the class path, such as
 * {@code vn_commune} from the Vietnamese preset.
 *
 * <p>Immutable and thread-safe; {@link #with(String, KeyFunction)} returns a new registry.
 */
public final class KeyFunctions {
    private static final Logger LOG = LoggerFactory.getLogger(KeyFunctions.class);
    private static final KeyFunctions BUILT_IN = new KeyFunctions(BuiltInKeyFunctions.all());
    private static volatile KeyFunctions standard;

    private final Map<String, KeyFunction> functions;

    private KeyFunctions(Map<String, KeyFunction> functions) {
        this.functions = Collections.unmodifiableMap(new TreeMap<>(functions));
    }

    /** {@return the built-in functions only} */
    public static KeyFunctions builtIn() {
        return BUILT_IN;
    }

    /**
     * {@return the built-in functions plus those of every {@link KeyFunctionProvider} found by {@link ServiceLoader}}
     */
    public static KeyFunctions standard() {
        KeyFunctions s = standard;
        if (s == null) {
            s = loadStandard();
            standard = s;
        }
        return s;
    }

    private static KeyFunctions loadStandard() {
        Map<String, KeyFunction> all = new TreeMap<>(BUILT_IN.functions);
        ServiceLoader<KeyFunctionProvider> loader = ServiceLoader.load(KeyFunctionProvider.class,
                KeyFunctions.class.getClassLoader());
        for (var it = loader.stream().iterator(); it.hasNext(); ) {
            ServiceLoader.Provider<KeyFunctionProvider> p;
            try {
                p = it.next();
            } catch (ServiceConfigurationError e) {
                LOG.warn("Skipping a key-function provider that cannot be loaded: {}", e.getMessage());
                continue;
            }
            try {
                for (Map.Entry<String, KeyFunction> e : p.get().keyFunctions().entrySet()) {
                    checkName(e.getKey());
                    all.put(e.getKey(), Objects.requireNonNull(e.getValue(), "function " + e.getKey()));
                }
            } catch (RuntimeException | ServiceConfigurationError e) {
                LOG.warn("Skipping key-function provider {}: {}", p.type().getName(), e.toString());
            }
        }
        return new KeyFunctions(all);
    }

    /**
     * {@return a registry with one more function, or with {@code name} replaced}
     *
     * @throws IllegalArgumentException if the name is blank or contains {@code |} or {@code :}
     * @param name the name models use for it
     * @param function the function
     */
    public KeyFunctions with(String name, KeyFunction function) {
        checkName(name);
        Objects.requireNonNull(function, "function");
        Map<String, KeyFunction> copy = new TreeMap<>(functions);
        copy.put(name, function);
        return new KeyFunctions(copy);
    }

    /** {@return the registered names, sorted} */
    public List<String> names() {
        return List.copyOf(functions.keySet());
    }

    /**
     * {@return whether {@code spec} names only known functions with valid arguments}
     *
     * @param spec a key-function specification, e.g. {@code "vn_given|fold"}
     */
    public boolean isValid(String spec) {
        try {
            resolve(spec);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * {@return the function a specification names: {@code "fold"}, {@code "vn_given|fold"}, {@code "prefix:3"}, or
     * {@code ""} for identity}
     *
     * @throws IllegalArgumentException if a name is unknown or an argument is bad; the message lists the names
     * @throws NullPointerException     if {@code spec} is null
     * @param spec a key-function specification
     */
    public KeyFunction resolve(String spec) {
        Objects.requireNonNull(spec, "spec");
        String trimmed = spec.trim();
        if (trimmed.isEmpty()) {
            return BuiltInKeyFunctions.IDENTITY;
        }
        List<KeyFunction> chain = new ArrayList<>();
        for (String part : trimmed.split("\\|", -1)) {
            chain.add(resolveOne(part.trim(), spec));
        }
        if (chain.size() == 1) {
            return chain.get(0);
        }
        KeyFunction[] steps = chain.toArray(new KeyFunction[0]);
        return value -> {
            String v = value;
            for (KeyFunction step : steps) {
                v = step.apply(v);
                if (v.isEmpty()) {
                    return v;
                }
            }
            return v;
        };
    }

    private KeyFunction resolveOne(String part, String spec) {
        int colon = part.indexOf(':');
        String name = colon < 0 ? part : part.substring(0, colon).trim();
        String argument = colon < 0 ? "" : part.substring(colon + 1).trim();
        if (name.equals("prefix") || name.equals("suffix")) {
            int n;
            try {
                n = Integer.parseInt(argument);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1) {
                throw new IllegalArgumentException("key function '" + part + "' in '" + spec + "' needs a length of at"
                        + " least 1, as in '" + name + ":3'");
            }
            return name.equals("prefix") ? BuiltInKeyFunctions.prefix(n) : BuiltInKeyFunctions.suffix(n);
        }
        KeyFunction f = functions.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown key function '" + name + "' in '" + spec + "'; known: "
                    + String.join(", ", names()) + ", prefix:N, suffix:N");
        }
        if (!argument.isEmpty()) {
            throw new IllegalArgumentException("key function '" + name + "' in '" + spec + "' takes no argument");
        }
        return f;
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.indexOf('|') >= 0 || name.indexOf(':') >= 0 || !name.equals(name.trim())) {
            throw new IllegalArgumentException("a key function name must be non-blank, without surrounding spaces,"
                    + " '|' or ':', got '" + name + "'");
        }
    }
}
