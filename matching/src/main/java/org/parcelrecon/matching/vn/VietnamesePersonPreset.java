package org.parcelrecon.matching.vn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parcelrecon.matching.BlockingRule;
import org.parcelrecon.matching.Comparison;
import org.parcelrecon.matching.ComparisonLevel;
import org.parcelrecon.matching.KeyRef;
import org.parcelrecon.matching.LinkType;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.keys.KeyFunctions;

/**
 * A ready model for linking Vietnamese people: land users in a register against citizens in the population
 * registry ({@link #linkModel}), or one register's land users among themselves ({@link #dedupeModel}).
 *
 * <h2>Comparisons</h2>
 * The full-name cell is parsed by {@link org.parcelrecon.core.name.PersonNames} (titles such as {@code Ông},
 * {@code Hộ bà} removed, the first person of a co-owner cell taken, legacy encodings decoded), and its parts are
 * compared separately, so that training can learn that the given name tells people apart far better than the
 * middle name ({@code Văn}, {@code Thị} are shared by millions):
 * <ul>
 *   <li>{@code family}, {@code middle}, {@code given}: null (part missing; {@code middle} is missing for two-word
 *       names), exact with diacritics, exact after folding (e.g. {@code Nguyễn} against {@code NGUYEN}), Jaro-Winkler
 *       on the folded form (0.90 for family and middle, 0.92 for given), else. Exact levels of family and given are
 *       term-frequency adjusted: agreeing on Nguyễn (about 38% of Vietnamese) weighs less than agreeing on
 *       Quách;</li>
 *   <li>{@code birth}: null (no readable date or year), same date, day and month swapped, same year (also when one
 *       side gives only the year), years one apart, else;</li>
 *   <li>{@code citizen_id}: null (no readable ID: digits lost to scientific notation, letters, wrong length), equal
 *       as written, equal after core's certain repairs (separators, lost leading zeros), one digit off, CMND against
 *       CCCD (the old 9-digit number against the 12-digit one: not comparable, but not a disagreement either),
 *       else;</li>
 *   <li>{@code commune}: null, equal after {@code vn_commune} (term-frequency adjusted), else.</li>
 * </ul>
 * A column left empty in {@link Columns} drops its comparison and rules.
 *
 * <h2>Blocking rules</h2>
 * Chosen to keep true pairs that survive only one kind of error: the repaired citizen ID, and three parts of it
 * (its last six digits, its first nine, its first six with its last three: one mistyped digit leaves one intact);
 * folded given name and birth year (survives a moved commune); folded family and given name within a commune
 * (survives a wrong or missing birth date); folded family name, birth year and commune with the middle name or
 * with the given name's first letter (survive a mistyped given name). Every rule is an equality of keys, so each
 * stays a hash join; none pairs on a common name alone, which would make hundreds of millions of pairs in a
 * province.
 *
 * <h2>Example</h2>
 * <pre>
 *   Columns columns = Columns.defaults();          // id, full_name, birth, citizen_id, commune
 *   LinkageModel model = VietnamesePersonPreset.linkModel(columns);
 *   KeyFunctions keys = VietnamesePersonPreset.keyFunctions(adminCanonicalizer);
 *   Linker linker = Linker.link(model, landUsers, citizens, keys);
 *   Linker trained = linker.withModel(linker.train(TrainingOptions.defaults()));
 * </pre>
 */
public final class VietnamesePersonPreset {
    private VietnamesePersonPreset() {
    }

    /**
     * Which columns hold what. {@code id} and {@code fullName} are required; the others may be the empty string
     * when the tables lack them.
     *
     * @param id        the record id
     * @param fullName  the full-name cell (family name first), e.g. {@code "Ông Nguyễn Văn An"}
     * @param birth     date of birth or birth year, in any form the {@code date} key function reads
     * @param citizenId the CCCD or CMND number
     * @param commune   the commune (xã, phường, thị trấn) of residence or of the parcel
     */
    public record Columns(String id, String fullName, String birth, String citizenId, String commune) {
        /** Checks that id and name columns are named. */
        public Columns {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(birth, "birth");
            Objects.requireNonNull(citizenId, "citizenId");
            Objects.requireNonNull(commune, "commune");
            if (id.isBlank() || fullName.isBlank()) {
                throw new IllegalArgumentException("the id and full-name columns must be named, got '" + id + "' and '"
                        + fullName + "'");
            }
        }

        /** {@code id, full_name, birth, citizen_id, commune}. */
        public static Columns defaults() {
            return new Columns("id", "full_name", "birth", "citizen_id", "commune");
        }
    }

    /** The link model for land users (left) against citizens (right), untrained. */
    public static LinkageModel linkModel(Columns columns) {
        return model(columns, LinkType.LINK, 1e-6, false);
    }

    /**
     * The link model for a whole province: the same, except that the rule on given name and birth year also
     * requires the same commune. Across a province that rule alone makes hundreds of millions of pairs (a common
     * given name born in one year); within communes it makes a few million, at the cost of people whose commune
     * differs between the two sources and whose ID is unreadable.
     */
    public static LinkageModel linkModelForProvince(Columns columns) {
        return model(columns, LinkType.LINK, 1e-7, true);
    }

    /** The deduplication model for one table of land users, untrained. */
    public static LinkageModel dedupeModel(Columns columns) {
        return model(columns, LinkType.DEDUPE, 1e-5, false);
    }

    /**
     * The standard key functions with {@code vn_commune} backed by {@code canonicalizer} (e.g. the 2025 crosswalk
     * of core's administrative units).
     */
    public static KeyFunctions keyFunctions(CommuneCanonicalizer canonicalizer) {
        Objects.requireNonNull(canonicalizer, "canonicalizer");
        return KeyFunctions.standard().with(VietnameseKeyFunctions.COMMUNE, canonicalizer::canonicalize);
    }

    private static LinkageModel model(Columns c, LinkType type, double prior, boolean withinCommunes) {
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(namePart("family", c.fullName(), "vn_family", 0.90, true));
        comparisons.add(namePart("middle", c.fullName(), "vn_middle", 0.90, false));
        comparisons.add(namePart("given", c.fullName(), "vn_given", 0.92, true));
        if (!c.birth().isBlank()) {
            comparisons.add(Comparison.of("birth", c.birth(), "date",
                    ComparisonLevel.nullLevel(),
                    ComparisonLevel.exact().withLabel("same date"),
                    ComparisonLevel.dayMonthSwapped().withLabel("day and month swapped"),
                    ComparisonLevel.exact("year").withLabel("same year"),
                    ComparisonLevel.numericWithin(1).withFunction("year").withLabel("years 1 apart"),
                    ComparisonLevel.otherwise()));
        }
        if (!c.citizenId().isBlank()) {
            comparisons.add(Comparison.of("citizen_id", c.citizenId(), "citizen_id",
                    ComparisonLevel.nullLevel(),
                    ComparisonLevel.exact("identity").withLabel("equal as written"),
                    ComparisonLevel.exact().withLabel("equal after repair"),
                    ComparisonLevel.levenshtein(1).withLabel("one digit off"),
                    ComparisonLevel.cmndVsCccd().withLabel("CMND against CCCD"),
                    ComparisonLevel.otherwise()));
        }
        if (!c.commune().isBlank()) {
            comparisons.add(Comparison.of("commune", c.commune(), VietnameseKeyFunctions.COMMUNE,
                    ComparisonLevel.nullLevel(),
                    ComparisonLevel.exact().withTermFrequency(1.0),
                    ComparisonLevel.otherwise()));
        }
        return new LinkageModel(type, c.id(), prior, blockingRules(c, withinCommunes), comparisons);
    }

    private static Comparison namePart(String name, String column, String part, double threshold, boolean tf) {
        ComparisonLevel exact = ComparisonLevel.exact(part + "|lower").withLabel("exact");
        ComparisonLevel folded = ComparisonLevel.exact().withLabel("exact without diacritics");
        if (tf) {
            exact = exact.withTermFrequency(1.0);
            folded = folded.withTermFrequency(1.0);
        }
        return Comparison.of(name, column, part + "|fold",
                ComparisonLevel.nullLevel(),
                exact,
                folded,
                ComparisonLevel.jaroWinkler(threshold),
                ComparisonLevel.otherwise());
    }

    /** The preset's blocking rules for these columns (see the class comment). */
    public static List<BlockingRule> blockingRules(Columns c) {
        return blockingRules(c, false);
    }

    private static List<BlockingRule> blockingRules(Columns c, boolean withinCommunes) {
        KeyRef family = KeyRef.of(c.fullName(), "vn_family|fold");
        KeyRef middle = KeyRef.of(c.fullName(), "vn_middle|fold");
        KeyRef given = KeyRef.of(c.fullName(), "vn_given|fold");
        List<BlockingRule> rules = new ArrayList<>();
        if (!c.citizenId().isBlank()) {
            // Any one mistyped digit leaves one of the four keys intact: the first six digits (province, century and
            // sex, year) are in the last two, the six random ones are split between the second and the last two.
            String id = c.citizenId();
            rules.add(BlockingRule.on(KeyRef.of(id, "citizen_id")));
            rules.add(BlockingRule.on(KeyRef.of(id, "citizen_id|suffix:6")));
            rules.add(BlockingRule.on(KeyRef.of(id, "citizen_id|prefix:9")));
            rules.add(BlockingRule.on(KeyRef.of(id, "citizen_id|prefix:6"), KeyRef.of(id, "citizen_id|suffix:3")));
        }
        if (!c.birth().isBlank()) {
            if (withinCommunes && !c.commune().isBlank()) {
                rules.add(BlockingRule.on(given, KeyRef.of(c.birth(), "year"),
                        KeyRef.of(c.commune(), VietnameseKeyFunctions.COMMUNE)));
            } else {
                rules.add(BlockingRule.on(given, KeyRef.of(c.birth(), "year")));
            }
        }
        if (!c.commune().isBlank()) {
            KeyRef commune = KeyRef.of(c.commune(), VietnameseKeyFunctions.COMMUNE);
            rules.add(BlockingRule.on(family, given, commune));
            if (!c.birth().isBlank()) {
                KeyRef year = KeyRef.of(c.birth(), "year");
                rules.add(BlockingRule.on(family, middle, year, commune));
                rules.add(BlockingRule.on(family, KeyRef.of(c.fullName(), "vn_given|fold|prefix:1"), year, commune));
            }
        } else {
            rules.add(BlockingRule.on(family, middle, given));
        }
        return rules;
    }
}
