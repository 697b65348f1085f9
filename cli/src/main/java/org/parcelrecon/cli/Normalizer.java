package org.parcelrecon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.parcelrecon.core.citizen.BirthProvince;
import org.parcelrecon.core.citizen.CitizenId;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.citizen.IdProblem;
import org.parcelrecon.core.name.NameCell;
import org.parcelrecon.core.name.PersonName;
import org.parcelrecon.core.name.PersonNames;
import org.parcelrecon.core.parcel.ParcelKeyParse;
import org.parcelrecon.core.parcel.ParcelKeys;
import org.parcelrecon.core.text.DecodedText;
import org.parcelrecon.core.text.VietnameseText;

/** Turns one input value of a {@link NormalizeKind} into the JSON object that {@code normalize} prints. */
final class Normalizer {
    private final ObjectMapper json;
    private final boolean showIds;
    private final boolean compactKeys;

    Normalizer(ObjectMapper json, boolean showIds, boolean compactKeys) {
        this.json = json;
        this.showIds = showIds;
        this.compactKeys = compactKeys;
    }

    ObjectNode normalize(NormalizeKind kind, String value) {
        return switch (kind) {
            case TEXT -> text(value);
            case NAME -> name(value);
            case PARCEL_KEY -> parcelKey(value);
            case CITIZEN_ID -> citizenId(value);
        };
    }

    /** Free text as printed: ID numbers in it masked unless {@code --show-ids}. */
    private String shown(String text) {
        return text == null || showIds ? text : CitizenIds.maskWithin(text);
    }

    private ObjectNode text(String value) {
        ObjectNode node = json.createObjectNode();
        node.put("input", shown(value));
        DecodedText decoded = VietnameseText.decode(value);
        node.put("valid", true);
        node.put("normalized", shown(VietnameseText.normalize(value)));
        node.put("folded", shown(VietnameseText.fold(value)));
        node.put("detectedEncoding", decoded.encoding().name());
        return node;
    }

    private ObjectNode parcelKey(String value) {
        ObjectNode node = json.createObjectNode();
        node.put("input", shown(value));
        ParcelKeyParse parsed = ParcelKeys.parse(value);
        if (parsed instanceof ParcelKeyParse.Rejected && compactKeys) {
            ParcelKeyParse compact = ParcelKeys.parseCompact(value);
            if (compact instanceof ParcelKeyParse.Parsed) {
                parsed = compact;
            }
        }
        if (parsed instanceof ParcelKeyParse.Parsed p) {
            node.put("valid", true);
            node.put("sheet", p.key().sheet());
            node.put("plot", p.key().plot());
            node.put("commune", p.key().communeCode().orElse(null));
            node.put("key", p.key().toString());
            node.putNull("error");
        } else {
            ParcelKeyParse.Rejected r = (ParcelKeyParse.Rejected) parsed;
            node.put("valid", false);
            node.putNull("sheet");
            node.putNull("plot");
            node.putNull("commune");
            node.put("error", shown(r.reason()));
        }
        return node;
    }

    private ObjectNode citizenId(String value) {
        ObjectNode node = json.createObjectNode();
        CitizenId id = CitizenIds.parse(value);
        node.put("input", showIds ? value : CitizenIds.mask(value));
        node.put("valid", id.isValid());
        node.put("kind", id.kind().map(Enum::name).orElse(null));
        node.put("normalized", id.normalized().map(n -> showIds ? n : CitizenIds.mask(n)).orElse(null));
        node.put("provinceCode", id.birthProvince().map(BirthProvince::cccdPrefix).orElse(null));
        node.put("province", id.birthProvince().map(BirthProvince::name).orElse(null));
        if (id.birthYear().isPresent()) {
            node.put("birthYear", id.birthYear().getAsInt());
        } else {
            node.putNull("birthYear");
        }
        node.put("gender", id.gender().map(g -> g.name().toLowerCase(Locale.ROOT)).orElse(null));
        ArrayNode repairs = node.putArray("repairs");
        id.repairs().forEach(r -> repairs.add(r.name()));
        ArrayNode problems = node.putArray("problems");
        for (IdProblem p : id.problems()) {
            problems.addObject().put("code", p.code().name()).put("message", p.message());
        }
        return node;
    }

    private ObjectNode name(String value) {
        ObjectNode node = json.createObjectNode();
        node.put("input", shown(value));
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
            // a note kept beside a name ("(CCCD 0221...)") is taken for a title: its ID is masked like any other
            cell.titles().forEach(t -> titles.add(shown(t)));
        }
        cell.problem().ifPresent(p -> node.put("error", shown(p)));
        return node;
    }
}
