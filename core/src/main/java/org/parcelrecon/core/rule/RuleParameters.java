package org.parcelrecon.core.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parcelrecon.core.finding.IdDisclosure;

/**
 * The settings of one rule, as {@link Rule#configure} reads them: typed getters over the rule's section of
 * a {@link RuleConfig} ({@code "rules": {"AREA_MISMATCH": {...}}}), optionally backed by defaults.
 *
 * <p>Every getter names the parameter; the required form ({@code getDouble("x")}) fails when the value is
 * missing, the defaulted form ({@code getDouble("x", 2.0)}) returns the default. A value of the wrong type
 * fails with a {@link RuleConfigException} naming the file and JSON path:
 * <pre>
 *   {"absoluteFloorM2": 2.5}        getDouble("absoluteFloorM2")        → 2.5
 *   {}                              getDouble("absoluteFloorM2", 2.0)   → 2.0
 *   {}                              getDouble("absoluteFloorM2")        → RuleConfigException "... required parameter is missing"
 *   {"absoluteFloorM2": "two"}      getDouble("absoluteFloorM2")        → RuleConfigException "... expected a number, found "two""
 *   {"absoluteFloorM2": null}       getDouble("absoluteFloorM2", 2.0)   → RuleConfigException "... null is not a value ..."
 * </pre>
 *
 * <p><b>Unknown parameters.</b> The parameters object remembers which names the rule read. After
 * {@code configure} returns, {@link RuleSet.Builder#build()} reports any name in the user's configuration
 * that the rule did not read as an unknown parameter, so a misspelt tolerance cannot be silently ignored.
 * {@link #withFallback} views share that record with the object they came from.
 *
 * <p><b>Merging.</b> With a fallback, a value comes from the primary settings when present there, else from
 * the fallback; objects ({@link #getObject}) merge name by name; lists ({@link #getObjectList}) are taken
 * whole from one side.
 *
 * <p>Not thread-safe: it is used on one thread while one rule is configured, then discarded.
 */
public final class RuleParameters {
    private final String ruleId;
    private final IdDisclosure idDisclosure;
    private final Layer primary;
    private final Layer fallback;
    private final Set<String> read;
    private final List<RuleParameters> children;

    /** One JSON object and where it came from. */
    record Layer(ObjectNode node, String source, String path) {
        String pathOf(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }

    /** A value and where it came from. */
    private record Located(JsonNode node, String source, String path) {
    }

    private RuleParameters(String ruleId, IdDisclosure idDisclosure, Layer primary, Layer fallback,
                           Set<String> read, List<RuleParameters> children) {
        this.ruleId = ruleId;
        this.idDisclosure = idDisclosure;
        this.primary = primary;
        this.fallback = fallback;
        this.read = read;
        this.children = children;
    }

    static RuleParameters of(String ruleId, IdDisclosure idDisclosure, Layer primary) {
        return new RuleParameters(ruleId, idDisclosure, primary, null, new HashSet<>(), new ArrayList<>());
    }

    /**
     * Settings with no parameters (every parameter at its default), IDs masked.
     *
     * @param ruleId the rule the settings are for, named in error messages
     * @return settings in which every parameter takes its default
     */
    public static RuleParameters empty(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return of(ruleId, IdDisclosure.MASKED,
                new Layer(JsonNodeFactory.instance.objectNode(), "no configuration", "rules." + ruleId));
    }

    /** {@return the id of the rule these settings are for} */
    public String ruleId() {
        return ruleId;
    }

    /** {@return whether findings show ID numbers masked (the default) or in full} */
    public IdDisclosure idDisclosure() {
        return idDisclosure;
    }

    /**
     * {@return these settings, with values missing here taken from {@code defaults}} The view shares the record of
     * read names with this object. Example: a rule with bundled defaults does
     * {@code parameters.withFallback(BUNDLED.parameters(id()))}.
     *
     * @param defaults the settings to fall back on, e.g. a rule's bundled defaults
     */
    public RuleParameters withFallback(RuleParameters defaults) {
        Objects.requireNonNull(defaults, "defaults");
        Layer other = defaults.primary != null ? defaults.primary : defaults.fallback;
        return new RuleParameters(ruleId, idDisclosure, primary, other, read, children);
    }

    /**
     * {@return whether a value is set for this name (here or in the fallback)} Does not count as reading it.
     *
     * @param name the parameter's name
     */
    public boolean has(String name) {
        return value(primary, name) != null || value(fallback, name) != null;
    }

    /**
     * {@return whether the value was given in these settings, not taken from the fallback} Useful to blame the right
     * parameter when two depend on each other.
     *
     * @param name the parameter's name
     */
    public boolean isExplicit(String name) {
        return value(primary, name) != null;
    }

    /** {@return the names set here or in the fallback, primary first, each in file order} */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        addNames(primary, names);
        addNames(fallback, names);
        return List.copyOf(names);
    }

    /**
     * {@return a required number}
     *
     * @param name the parameter's name
     */
    public double getDouble(String name) {
        return number(require(name));
    }

    /**
     * {@return a number, or {@code defaultValue} when not set}
     *
     * @param name the parameter's name
     * @param defaultValue the value when the parameter is not set
     */
    public double getDouble(String name, double defaultValue) {
        Located v = find(name);
        return v == null ? defaultValue : number(v);
    }

    /**
     * {@return a required whole number (fits an {@code int})}
     *
     * @param name the parameter's name
     */
    public int getInt(String name) {
        return whole(require(name));
    }

    /**
     * {@return a whole number, or {@code defaultValue} when not set}
     *
     * @param name the parameter's name
     * @param defaultValue the value when the parameter is not set
     */
    public int getInt(String name, int defaultValue) {
        Located v = find(name);
        return v == null ? defaultValue : whole(v);
    }

    /**
     * {@return a required {@code true}/{@code false}}
     *
     * @param name the parameter's name
     */
    public boolean getBoolean(String name) {
        return bool(require(name));
    }

    /**
     * {@return a {@code true}/{@code false}, or {@code defaultValue} when not set}
     *
     * @param name the parameter's name
     * @param defaultValue the value when the parameter is not set
     */
    public boolean getBoolean(String name, boolean defaultValue) {
        Located v = find(name);
        return v == null ? defaultValue : bool(v);
    }

    /**
     * {@return a required string}
     *
     * @param name the parameter's name
     */
    public String getString(String name) {
        return text(require(name));
    }

    /**
     * {@return a string, or {@code defaultValue} when not set}
     *
     * @param name the parameter's name
     * @param defaultValue the value when the parameter is not set
     */
    public String getString(String name, String defaultValue) {
        Located v = find(name);
        return v == null ? defaultValue : text(v);
    }

    /**
     * {@return a required enum constant, written as its name (e.g. {@code "WARNING"})}
     *
     * @param <E> the enum type
     * @param name the parameter's name
     * @param type the enum's class, for reading the constant and naming the allowed values
     */
    public <E extends Enum<E>> E getEnum(String name, Class<E> type) {
        return constant(require(name), type);
    }

    /**
     * {@return an enum constant, or {@code defaultValue} when not set}
     *
     * @param <E> the enum type
     * @param name the parameter's name
     * @param type the enum's class, for reading the constant and naming the allowed values
     * @param defaultValue the value when the parameter is not set
     */
    public <E extends Enum<E>> E getEnum(String name, Class<E> type, E defaultValue) {
        Located v = find(name);
        return v == null ? defaultValue : constant(v, type);
    }

    /**
     * {@return a nested object as settings of its own (merged with the fallback's object of the same name); an object
     * without values when not set}
     *
     * @param name the parameter's name
     */
    public RuleParameters getObject(String name) {
        read.add(name);
        Layer p = child(primary, name);
        Layer f = child(fallback, name);
        if (p == null && f == null) {
            Layer parent = primary != null ? primary : fallback;
            p = new Layer(JsonNodeFactory.instance.objectNode(), parent.source, parent.pathOf(name));
        }
        RuleParameters nested = new RuleParameters(ruleId, idDisclosure, p, f, new HashSet<>(), new ArrayList<>());
        children.add(nested);
        return nested;
    }

    /**
     * {@return a required list of objects, each as settings of its own, e.g. a table of tolerance bands}
     *
     * @param name the parameter's name
     */
    public List<RuleParameters> getObjectList(String name) {
        Located v = require(name);
        if (!v.node.isArray()) {
            throw new RuleConfigException(v.source, v.path, "expected a list of objects, found " + describe(v.node));
        }
        boolean fromPrimary = primary != null && value(primary, name) != null;
        List<RuleParameters> list = new ArrayList<>(v.node.size());
        for (int i = 0; i < v.node.size(); i++) {
            JsonNode element = v.node.get(i);
            String path = v.path + "[" + i + "]";
            if (!element.isObject()) {
                throw new RuleConfigException(v.source, path, "expected an object, found " + describe(element));
            }
            Layer layer = new Layer((ObjectNode) element, v.source, path);
            RuleParameters nested = new RuleParameters(ruleId, idDisclosure, fromPrimary ? layer : null,
                    fromPrimary ? null : layer, new HashSet<>(), new ArrayList<>());
            children.add(nested);
            list.add(nested);
        }
        return List.copyOf(list);
    }

    /**
     * {@return an exception saying that parameter {@code name} is unusable, naming where its value came from, e.g.
     * {@code throw parameters.invalid("bands", "maxAreaM2 must increase from band to band")}}
     *
     * @param name the parameter's name
     * @param problem what is wrong with its value
     */
    public RuleConfigException invalid(String name, String problem) {
        Layer at = value(primary, name) != null ? primary : value(fallback, name) != null ? fallback
                : primary != null ? primary : fallback;
        return new RuleConfigException(at.source, at.pathOf(name), problem);
    }

    /** Where the user's settings came from and the path of these settings, e.g. {@code "rules.json", "rules.X"}. */
    String source() {
        Layer at = primary != null ? primary : fallback;
        return at.source;
    }

    /** Names in the primary settings (recursively) that the rule never read: {source, path} pairs. */
    void collectUnread(List<String[]> out) {
        if (primary != null) {
            Iterator<String> names = primary.node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!read.contains(name)) {
                    out.add(new String[] {primary.source, primary.pathOf(name)});
                }
            }
        }
        for (RuleParameters child : children) {
            child.collectUnread(out);
        }
    }

    /** The names the rule read at this level, for the "unknown parameter" message. */
    List<String> readNames() {
        List<String> names = new ArrayList<>(read);
        names.sort(null);
        return names;
    }

    private Located find(String name) {
        read.add(name);
        JsonNode v = value(primary, name);
        if (v != null) {
            return located(v, primary, name);
        }
        v = value(fallback, name);
        return v == null ? null : located(v, fallback, name);
    }

    private Located require(String name) {
        Located v = find(name);
        if (v == null) {
            Layer at = primary != null ? primary : fallback;
            throw new RuleConfigException(at.source, at.pathOf(name), "required parameter is missing");
        }
        return v;
    }

    private static Located located(JsonNode v, Layer layer, String name) {
        if (v.isNull()) {
            throw new RuleConfigException(layer.source, layer.pathOf(name),
                    "null is not a value; leave the parameter out to use its default");
        }
        return new Located(v, layer.source, layer.pathOf(name));
    }

    private static JsonNode value(Layer layer, String name) {
        return layer == null ? null : layer.node.get(name);
    }

    private static void addNames(Layer layer, List<String> names) {
        if (layer == null) {
            return;
        }
        Iterator<String> it = layer.node.fieldNames();
        while (it.hasNext()) {
            String name = it.next();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
    }

    private static Layer child(Layer layer, String name) {
        JsonNode v = value(layer, name);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw new RuleConfigException(layer.source, layer.pathOf(name), "expected an object, found " + describe(v));
        }
        return new Layer((ObjectNode) v, layer.source, layer.pathOf(name));
    }

    private static double number(Located v) {
        if (!v.node.isNumber()) {
            throw new RuleConfigException(v.source, v.path, "expected a number, found " + describe(v.node));
        }
        return v.node.doubleValue();
    }

    private static int whole(Located v) {
        if (!v.node.isIntegralNumber() || !v.node.canConvertToInt()) {
            throw new RuleConfigException(v.source, v.path, "expected a whole number, found " + describe(v.node));
        }
        return v.node.intValue();
    }

    private static boolean bool(Located v) {
        if (!v.node.isBoolean()) {
            throw new RuleConfigException(v.source, v.path, "expected true or false, found " + describe(v.node));
        }
        return v.node.booleanValue();
    }

    private static String text(Located v) {
        if (!v.node.isTextual()) {
            throw new RuleConfigException(v.source, v.path, "expected a string, found " + describe(v.node));
        }
        return v.node.textValue();
    }

    private static <E extends Enum<E>> E constant(Located v, Class<E> type) {
        E[] values = type.getEnumConstants();
        if (v.node.isTextual()) {
            for (E e : values) {
                if (e.name().equals(v.node.textValue())) {
                    return e;
                }
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : values) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append('"').append(e.name()).append('"');
        }
        throw new RuleConfigException(v.source, v.path, "expected one of " + allowed + ", found " + describe(v.node));
    }

    static String describe(JsonNode node) {
        String s = node.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    @Override
    public String toString() {
        return "RuleParameters[" + ruleId + "]";
    }
}
