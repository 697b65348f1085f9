package org.parcelrecon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parcelrecon.core.name.NameCell;
import org.parcelrecon.core.name.PersonName;
import org.parcelrecon.core.name.PersonNames;
import org.parcelrecon.core.text.DecodedText;
import org.parcelrecon.core.text.VietnameseText;

/** Turns one input value of a {@link NormalizeKind} into the JSON object that {@code normalize} prints. */
final class Normalizer {
    private final ObjectMapper json;
    private final boolean showIds;

    Normalizer(ObjectMapper json, boolean showIds) {
        this.json = json;
        this.showIds = showIds;
    }

    ObjectNode normalize(NormalizeKind kind, String value) {
        return switch (kind) {
            case TEXT -> text(value);
            case NAME -> name(value);
            case PARCEL_KEY -> throw new UnsupportedOperationException("parcel-key");
            case CITIZEN_ID -> throw new UnsupportedOperationException("citizen-id");
        };
    }

    private ObjectNode text(String value) {
        ObjectNode node = json.createObjectNode();
        node.put("input", value);
        DecodedText decoded = VietnameseText.decode(value);
        node.put("valid", true);
        node.put("normalized", VietnameseText.normalize(value));
        node.put("folded", VietnameseText.fold(value));
        node.put("detectedEncoding", decoded.encoding().name());
        return node;
    }

    private ObjectNode name(String value) {
        ObjectNode node = json.createObjectNode();
        node.put("input", value);
        NameCell cell = PersonNames.parse(value);
        node.put("valid", cell.isValid());
        PersonName first = cell.first().orElse(null);
        node.put("normalized", first == null ? null : first.fullName());
        node.put("family", first == null ? null : first.family());
        node.put("middle", first == null ? null : first.middleJoined());
        node.put("given", first == null ? null : first.given());
        node.put("folded", first == null ? null : first.folded());
        node.put("detectedEncoding", cell.detectedEncoding().name());
        if (cell.organization()) {
            node.put("organization", true);
        }
        if (cell.names().size() > 1) {
            ArrayNode names = node.putArray("names");
            for (PersonName n : cell.names()) {
                ObjectNode o = names.addObject();
                o.put("normalized", n.fullName());
                o.put("family", n.family());
                o.put("middle", n.middleJoined());
                o.put("given", n.given());
                o.put("folded", n.folded());
            }
        }
        if (!cell.titles().isEmpty()) {
            ArrayNode titles = node.putArray("titles");
            cell.titles().forEach(titles::add);
        }
        cell.problem().ifPresent(p -> node.put("error", p));
        return node;
    }
}
