package org.parcelrecon.reconcile.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parcelrecon.core.finding.ReasonCode;

/**
 * Which reason codes keep a parcel out of "level 1" and which put it in the campaign's Group 2 or Group 3. "Level 1"
 * has no public definition, so a province names its own in a JSON file:
 * <pre>{@code
 * {"name": "quang-ninh-2026",
 *  "description": "what the office means by level 1",
 *  "not_level1": ["AREA_MISMATCH", "USER_NOT_FOUND", ...],
 *  "group2": ["USER_NOT_FOUND", ...],
 *  "group3": ["AREA_MISMATCH", ...]}
 * }</pre>
 * {@link #defaults()} is the bundled {@code default-profile.json} (its description says what it assumes).
 *
 * <h2>Rules</h2>
 * A parcel (a record) is at level 1 when none of its reason codes is in {@code not_level1}. Otherwise it is in
 * Group 3 when one of its codes is in {@code group3}, else in Group 2 when one is in {@code group2}, else in no group
 * ({@link Placement#OTHER}: out of level 1 for a reason the profile does not sort). Every code of {@code group2} and
 * {@code group3} must be in {@code not_level1}. Codes have {@link ReasonCode}'s form; a host's own codes are allowed.
 *
 * <p>Immutable.
 *
 * @param name        the profile's name
 * @param description what it means, in words
 * @param notLevel1   the codes that keep a parcel out of level 1
 * @param group2      the codes that put it in Group 2
 * @param group3      the codes that put it in Group 3
 */
public record CampaignProfile(String name, String description, Set<String> notLevel1, Set<String> group2,
                              Set<String> group3) {
    private static final String DEFAULT = "default-profile.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("name", "description", "not_level1", "group2", "group3");

    /**
     * Copies the sets and checks that the groups' codes keep a parcel out of level 1.
     *
     * @param name the profile's name
     * @param description what it means, in words
     * @param notLevel1 the codes that keep a parcel out of level 1
     * @param group2 the codes that put it in Group 2
     * @param group3 the codes that put it in Group 3
     */
    public CampaignProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        notLevel1 = Set.copyOf(notLevel1);
        group2 = Set.copyOf(group2);
        group3 = Set.copyOf(group3);
        for (String code : union(group2, group3)) {
            if (!notLevel1.contains(code)) {
                throw new IllegalArgumentException(code + " puts a parcel in a group but is not in not_level1:"
                        + " add it there");
            }
        }
    }

    /** Where a parcel stands in the campaign. */
    public enum Placement {
        /** At level 1 (Group 1: usable). */
        LEVEL1,
        /** Group 2: fix and verify the land users against the population registry. */
        GROUP2,
        /** Group 3: rebuild. */
        GROUP3,
        /** Out of level 1 for a reason the profile puts in no group. */
        OTHER
    }

    /**
     * {@return where a parcel with these reason codes stands}
     *
     * @param reasonCodes a parcel's distinct reason codes
     */
    public Placement place(List<String> reasonCodes) {
        boolean out = false;
        boolean two = false;
        for (String code : reasonCodes) {
            if (group3.contains(code)) {
                return Placement.GROUP3;
            }
            out |= notLevel1.contains(code);
            two |= group2.contains(code);
        }
        return !out ? Placement.LEVEL1 : two ? Placement.GROUP2 : Placement.OTHER;
    }

    /** {@return the bundled profile} */
    public static CampaignProfile defaults() {
        try (InputStream in = CampaignProfile.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + DEFAULT + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled " + DEFAULT + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a profile file.
     *
     * @throws IOException naming the file and what is wrong in it
     * @param file the profile's JSON file
     * @return the profile
     */
    public static CampaignProfile load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Reads a profile from JSON text.
     *
     * @param source the file or resource it came from, for messages
     * @throws IOException naming the source and what is wrong: invalid JSON, an unknown or missing field, a code
     *                     of the wrong form, a group code not in {@code not_level1}
     * @param json the profile as JSON text
     * @return the profile
     */
    public static CampaignProfile parse(String json, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw new IOException(source + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(source + ": expected a JSON object with not_level1, group2 and group3");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new IOException(source + ": unknown field \"" + field + "\"; a profile has " + FIELDS);
            }
        }
        try {
            return new CampaignProfile(root.path("name").asText(source), root.path("description").asText(""),
                    codes(root, "not_level1", source), codes(root, "group2", source), codes(root, "group3", source));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> codes(JsonNode root, String field, String source) throws IOException {
        JsonNode list = root.get(field);
        if (list == null || !list.isArray()) {
            throw new IOException(source + ": \"" + field + "\" must be a list of reason codes");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode code : list) {
            try {
                out.add(ReasonCode.of(code.asText()).value());
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ": \"" + field + "\": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>(new java.util.TreeSet<>(a));
        new java.util.TreeSet<>(b).forEach(out::add);
        return out;
    }
}
