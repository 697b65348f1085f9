package org.parcelrecon.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reads and writes {@link LinkageModel} JSON; see the model's class comment for the form. */
final class ModelJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJson() {
    }

    static String write(LinkageModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("link_type", model.linkType().jsonName());
        root.put("unique_id_column", model.idColumn());
        root.put("probability_two_random_records_match", model.probabilityTwoRandomRecordsMatch());
        if (!Double.isNaN(model.probabilityMatchNotAmongCandidates())) {
            root.put("probability_match_not_among_candidates", model.probabilityMatchNotAmongCandidates());
        }
        ArrayNode rules = root.putArray("blocking_rules");
        for (BlockingRule r : model.blockingRules()) {
            ObjectNode rn = rules.addObject();
            rn.put("name", r.name());
            ArrayNode keys = rn.putArray("keys");
            for (KeyRef k : r.keys()) {
                ObjectNode kn = key(k.column(), k.function());
                if (!k.rightColumn().isEmpty()) {
                    kn.put("right_column", k.rightColumn());
                }
                keys.add(kn);
            }
        }
        ArrayNode comparisons = root.putArray("comparisons");
        for (Comparison c : model.comparisons()) {
            ObjectNode cn = comparisons.addObject();
            cn.put("name", c.name());
            cn.put("column", c.column());
            cn.put("function", c.function());
            ArrayNode levels = cn.putArray("levels");
            for (ComparisonLevel l : c.levels()) {
                ObjectNode ln = levels.addObject();
                ln.put("label", l.label());
                ln.put("type", l.type().jsonName());
                if (l.type().hasThreshold()) {
                    ln.put("threshold", l.threshold());
                }
                if (!l.function().isEmpty()) {
                    ln.put("function", l.function());
                }
                if (!l.rightColumn().isEmpty()) {
                    ln.put("right_column", l.rightColumn());
                }
                if (l.tfAdjustment()) {
                    ln.put("tf_adjustment", true);
                    ln.put("tf_adjustment_weight", l.tfAdjustmentWeight());
                }
                if (!l.isNull()) {
                    ln.put("m", l.m());
                    ln.put("u", l.u());
                    ln.put("fixed_m", l.fixedM());
                    ln.put("fixed_u", l.fixedU());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a model tree to JSON", e);
        }
    }

    private static ObjectNode key(String column, String function) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("column", column);
        n.put("function", function);
        return n;
    }

    static LinkageModel read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a model must be a JSON object");
        }
        try {
            return readModel(root);
        } catch (PathException e) {
            throw new IllegalArgumentException(e.path + ": " + e.getMessage(), e);
        }
    }

    private static LinkageModel readModel(JsonNode root) {
        allowOnly(root, "", Set.of("link_type", "unique_id_column", "probability_two_random_records_match",
                "probability_match_not_among_candidates", "blocking_rules", "comparisons"));
        String linkName = text(root, "", "link_type", "link");
        LinkType type = LinkType.fromJsonName(linkName).orElseThrow(() -> new PathException("link_type",
                "must be \"link\" or \"dedupe\", got \"" + linkName + "\""));
        String id = text(root, "", "unique_id_column", "id");
        double lambda = number(root, "", "probability_two_random_records_match", 1e-4);
        double notAmong = number(root, "", "probability_match_not_among_candidates", Double.NaN);
        List<BlockingRule> rules = new ArrayList<>();
        JsonNode rulesNode = array(root, "", "blocking_rules");
        for (int i = 0; i < rulesNode.size(); i++) {
            String path = "blocking_rules[" + i + "]";
            JsonNode rn = rulesNode.get(i);
            object(rn, path);
            allowOnly(rn, path, Set.of("name", "keys"));
            List<KeyRef> keys = new ArrayList<>();
            JsonNode keysNode = array(rn, path, "keys");
            for (int k = 0; k < keysNode.size(); k++) {
                String kp = path + ".keys[" + k + "]";
                JsonNode kn = keysNode.get(k);
                object(kn, kp);
                allowOnly(kn, kp, Set.of("column", "function", "right_column"));
                keys.add(guard(kp, () -> new KeyRef(required(kn, kp, "column"), text(kn, kp, "function", ""),
                        text(kn, kp, "right_column", ""))));
            }
            String name = text(rn, path, "name", "");
            rules.add(guard(path, () -> new BlockingRule(name, keys)));
        }
        List<Comparison> comparisons = new ArrayList<>();
        JsonNode compsNode = array(root, "", "comparisons");
        for (int i = 0; i < compsNode.size(); i++) {
            String path = "comparisons[" + i + "]";
            JsonNode cn = compsNode.get(i);
            object(cn, path);
            allowOnly(cn, path, Set.of("name", "column", "function", "levels"));
            List<ComparisonLevel> levels = new ArrayList<>();
            JsonNode levelsNode = array(cn, path, "levels");
            for (int l = 0; l < levelsNode.size(); l++) {
                levels.add(readLevel(levelsNode.get(l), path + ".levels[" + l + "]"));
            }
            String column = required(cn, path, "column");
            String name = text(cn, path, "name", column);
            String function = text(cn, path, "function", "");
            comparisons.add(guard(path, () -> new Comparison(name, column, function, levels)));
        }
        return guard("(model)", () -> new LinkageModel(type, id, lambda, rules, comparisons, notAmong));
    }

    private static ComparisonLevel readLevel(JsonNode ln, String path) {
        object(ln, path);
        allowOnly(ln, path, Set.of("label", "type", "threshold", "function", "tf_adjustment", "tf_adjustment_weight",
                "m", "u", "fixed_m", "fixed_u", "right_column"));
        String typeName = required(ln, path, "type");
        LevelType type = LevelType.fromJsonName(typeName).orElseThrow(() -> new PathException(path + ".type",
                "unknown level type \"" + typeName + "\"; known: null, exact, jaro_winkler, jaro, levenshtein,"
                        + " numeric_within, date_within_days, day_month_swapped, cmnd_vs_cccd, else"));
        if (type.hasThreshold() && !ln.has("threshold")) {
            throw new PathException(path + ".threshold", type.jsonName() + " needs a threshold");
        }
        double threshold = number(ln, path, "threshold", Double.NaN);
        double m = number(ln, path, "m", Double.NaN);
        double u = number(ln, path, "u", Double.NaN);
        return guard(path, () -> new ComparisonLevel(text(ln, path, "label", ""), type, threshold,
                text(ln, path, "function", ""), bool(ln, path, "tf_adjustment"),
                number(ln, path, "tf_adjustment_weight", 1.0), m, u, bool(ln, path, "fixed_m"),
                bool(ln, path, "fixed_u"), text(ln, path, "right_column", "")));
    }

    private interface Maker<T> {
        T make();
    }

    private static <T> T guard(String path, Maker<T> maker) {
        try {
            return maker.make();
        } catch (PathException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new PathException(path, e.getMessage());
        }
    }

    private static void allowOnly(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new PathException(path.isEmpty() ? f : path + "." + f, "unknown key; allowed here: "
                        + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static void object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new PathException(path, "must be a JSON object");
        }
    }

    private static JsonNode array(JsonNode node, String path, String field) {
        JsonNode a = node.get(field);
        if (a == null || a.isNull()) {
            return MAPPER.createArrayNode();
        }
        if (!a.isArray()) {
            throw new PathException(join(path, field), "must be a JSON array");
        }
        return a;
    }

    private static String required(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new PathException(join(path, field), "is required");
        }
        return text(node, path, field, "");
    }

    private static String text(JsonNode node, String path, String field, String fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw new PathException(join(path, field), "must be a string, got " + v);
        }
        return v.asText();
    }

    private static double number(JsonNode node, String path, String field, double fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new PathException(join(path, field), "must be a number, got " + v);
        }
        return v.asDouble();
    }

    private static boolean bool(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new PathException(join(path, field), "must be true or false, got " + v);
        }
        return v.asBoolean();
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A reading error with the JSON path where it happened. */
    private static final class PathException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String path;

        PathException(String path, String message) {
            super(message);
            this.path = path;
        }
    }
}
