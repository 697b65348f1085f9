package org.parcelrecon.core.rule;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.finding.Severity;

/**
 * Rule configuration as data: which rules run, how severe their findings are, their tolerances and
 * thresholds, and whether findings show ID numbers in full. Usually read from a JSON file:
 * <pre>{@code
 * {
 *   // comments like this one are allowed
 *   "idDisclosure": "MASKED",                 // or "FULL"; default "MASKED"
 *   "rules": {
 *     "AREA_MISMATCH": {
 *       "absoluteFloorM2": 3.0,               // a rule's own parameters
 *       "bands": [ {"maxAreaM2": 500, "allowedPercent": 8.0}, {"allowedPercent": 4.0} ]
 *     },
 *     "RENUMBERED": { "enabled": false },     // switch a rule off
 *     "USER_AMBIGUOUS": { "severity": "CONTRADICTION" }   // override the severity of all its findings
 *   }
 * }
 * }</pre>
 *
 * <p>Two names are reserved in every rule's section: {@code enabled} (default {@code true}) and
 * {@code severity} (replaces the severity of every finding the rule reports). Everything else is the rule's
 * own parameters; a rule whose section is left out keeps its defaults. The built-in rules' parameters and
 * defaults are listed in one place: {@code org.parcelrecon.core.rule.builtin.BuiltInRules}, whose bundled
 * {@code defaults.json} has the same layout as this file.
 *
 * <p>Reading checks the layout: invalid JSON, an unknown top-level setting, a rule section that is not an
 * object, a bad {@code enabled}/{@code severity} value, or a repeated name fails with a
 * {@link RuleConfigException} naming the file, the JSON path (or line and column) and the problem. An
 * unknown rule id or an unknown parameter is found when a {@link RuleSet} is built with this configuration,
 * because only then are the rules known.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleConfig {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final String ENABLED = "enabled";
    private static final String SEVERITY = "severity";
    private static final RuleConfig EMPTY =
            new RuleConfig("no configuration", IdDisclosure.MASKED, Collections.emptyMap());

    private final String source;
    private final IdDisclosure idDisclosure;
    private final Map<String, Section> sections;

    private record Section(String ruleId, boolean enabled, Optional<Severity> severity, ObjectNode parameters) {
    }

    private RuleConfig(String source, IdDisclosure idDisclosure, Map<String, Section> sections) {
        this.source = source;
        this.idDisclosure = idDisclosure;
        this.sections = sections;
    }

    /**
     * No settings: every rule enabled with its defaults, IDs masked.
     *
     * @return the configuration that changes nothing
     */
    public static RuleConfig empty() {
        return EMPTY;
    }

    /**
     * Reads a configuration file (UTF-8 JSON).
     *
     * @throws IOException when the file cannot be read
     * @throws RuleConfigException when its content is not a valid configuration; the message names the file
     * @param file the JSON file
     * @return the configuration it holds
     */
    public static RuleConfig load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a configuration from a stream (UTF-8 JSON, a byte-order mark allowed); {@code source} names it in error
     * messages.
     *
     * @param in the JSON text's bytes
     * @param source the stream's name for messages, e.g. a resource path
     * @return the configuration it holds
     * @throws IOException         when the stream cannot be read
     * @throws RuleConfigException when the bytes are not UTF-8 text or not a valid configuration
     */
    public static RuleConfig read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        // decoded here, strictly: Jackson would guess UTF-16/32 from zero bytes and fail without naming the file
        byte[] bytes = in.readAllBytes();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleConfigException(source, "", "not UTF-8 text; save the file as UTF-8");
        }
        return parse(json, source);
    }

    /**
     * Parses a configuration held in a string; {@code source} names it in error messages.
     *
     * @param json the JSON text
     * @param source the text's name for messages
     * @return the configuration it holds
     * @throws RuleConfigException when the text is not a valid configuration
     */
    public static RuleConfig parse(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw syntaxError(source, e);
        }
        return fromTree(root, source);
    }

    /** {@return the file or resource this configuration was read from} */
    public String source() {
        return source;
    }

    /** {@return whether findings show ID numbers masked (the default) or in full} */
    public IdDisclosure idDisclosure() {
        return idDisclosure;
    }

    /**
     * {@return this configuration with another ID disclosure}
     *
     * @param disclosure whether findings show ID numbers masked or in full
     */
    public RuleConfig withIdDisclosure(IdDisclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        return disclosure == idDisclosure ? this : new RuleConfig(source, disclosure, sections);
    }

    /** {@return the ids of the rules this configuration has a section for, in file order} */
    public List<String> ruleIds() {
        return List.copyOf(sections.keySet());
    }

    /**
     * {@return whether the rule is enabled: true unless its section says {@code "enabled": false}}
     *
     * @param ruleId the rule's id
     */
    public boolean isEnabled(String ruleId) {
        Section s = sections.get(Objects.requireNonNull(ruleId, "ruleId"));
        return s == null || s.enabled;
    }

    /**
     * {@return the severity that replaces the severity of every finding of the rule, if its section sets one}
     *
     * @param ruleId the rule's id
     */
    public Optional<Severity> severity(String ruleId) {
        Section s = sections.get(Objects.requireNonNull(ruleId, "ruleId"));
        return s == null ? Optional.empty() : s.severity;
    }

    /**
     * {@return the rule's own parameters (its section without {@code enabled} and {@code severity}); no values when
     * the configuration has no section for it} Each call returns a fresh object for one {@link Rule#configure} call.
     *
     * @param ruleId the rule's id
     */
    public RuleParameters parameters(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        Section s = sections.get(ruleId);
        ObjectNode node = s == null ? JSON.createObjectNode() : s.parameters;
        return RuleParameters.of(ruleId, idDisclosure, new RuleParameters.Layer(node, source, "rules." + ruleId));
    }

    @Override
    public String toString() {
        return "RuleConfig[" + source + ", rules " + sections.keySet() + "]";
    }

    private static RuleConfigException syntaxError(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return new RuleConfigException(source, "", where + "invalid JSON: " + e.getOriginalMessage(), e);
    }

    private static RuleConfig fromTree(JsonNode root, String source) {
        if (root == null || root.isMissingNode()) {
            throw new RuleConfigException(source, "", "empty; expected a JSON object such as {\"rules\": {}}");
        }
        if (!root.isObject()) {
            throw new RuleConfigException(source, "", "expected a JSON object, found " + RuleParameters.describe(root));
        }
        IdDisclosure disclosure = IdDisclosure.MASKED;
        Map<String, Section> sections = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            switch (field.getKey()) {
                case "idDisclosure" -> disclosure = constant(field.getValue(), IdDisclosure.class, source, "idDisclosure");
                case "rules" -> readRules(field.getValue(), source, sections);
                default -> throw new RuleConfigException(source, field.getKey(),
                        "unknown setting; the top level has \"idDisclosure\" and \"rules\"");
            }
        }
        return new RuleConfig(source, disclosure, Collections.unmodifiableMap(sections));
    }

    private static void readRules(JsonNode rules, String source, Map<String, Section> sections) {
        if (!rules.isObject()) {
            throw new RuleConfigException(source, "rules",
                    "expected an object of rule sections by rule id, found " + RuleParameters.describe(rules));
        }
        for (Map.Entry<String, JsonNode> rule : rules.properties()) {
            String id = rule.getKey();
            String path = "rules." + id;
            if (!rule.getValue().isObject()) {
                throw new RuleConfigException(source, path,
                        "expected an object with the rule's settings, found " + RuleParameters.describe(rule.getValue()));
            }
            ObjectNode parameters = ((ObjectNode) rule.getValue()).deepCopy();
            boolean enabled = true;
            JsonNode e = parameters.remove(ENABLED);
            if (e != null) {
                if (!e.isBoolean()) {
                    throw new RuleConfigException(source, path + "." + ENABLED,
                            "expected true or false, found " + RuleParameters.describe(e));
                }
                enabled = e.booleanValue();
            }
            JsonNode s = parameters.remove(SEVERITY);
            Optional<Severity> severity = s == null ? Optional.empty()
                    : Optional.of(constant(s, Severity.class, source, path + "." + SEVERITY));
            sections.put(id, new Section(id, enabled, severity, parameters));
        }
    }

    private static <E extends Enum<E>> E constant(JsonNode node, Class<E> type, String source, String path) {
        if (node.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(node.textValue())) {
                    return e;
                }
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append('"').append(e.name()).append('"');
        }
        throw new RuleConfigException(source, path, "expected one of " + allowed + ", found " + RuleParameters.describe(node));
    }
}
