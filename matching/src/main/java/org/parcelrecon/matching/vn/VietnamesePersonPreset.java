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
 * registry ({@link #linkModel}, {@link #linkModelForProvince}), or one register's land users among themselves
 * ({@link #dedupeModel}).
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
 *       as written, equal after core's certain repairs (separators, lost leading zeros), equal to the citizen's old
 *       CMND number (when the right table has an {@link Columns#oldCitizenId() old-ID column}: a land user still
 *       registered under the 9-digit number the registry keeps beside the CCCD), one digit off, CMND against CCCD
 *       (a 9-digit number against a 12-digit one, and not this citizen's known old number), else;</li>
 *   <li>{@code commune}: null, equal after {@code vn_commune} (term-frequency adjusted), else;</li>
 *   <li>{@code address}, when {@link Columns#address()} is named (both tables need it): null (an address that
 *       names no place below the commune, e.g. a field {@code Xứ đồng …}), same residential group and village
 *       ({@code vn_locality}: {@code Tổ 4, Khu 9}), same village or quarter ({@code vn_hamlet}: thôn, xóm, ấp, bản,
 *       khu), else. The register gives the parcel's address and the registry the residence; a household mostly
 *       lives on its residential land, so the village tells apart namesakes of one commune (two citizens born the
 *       same year with the same name rarely live in one village), and training learns how often the parcel lies
 *       where its user lives.</li>
 * </ul>
 * A column left empty in {@link Columns} drops its comparison and rules.
 *
 * <h2>Default m and u (an untrained model still ranks)</h2>
 * Every level starts with m and u stated from error rates rather than left unset, so that an untrained model
 * gives usable probabilities; training replaces them (none is fixed). {@code m} (share of true pairs at the
 * level) follows the error rates of land registers: about 80% of names are typed with correct diacritics, 15-17%
 * lose them or come in a legacy font, 2-3% carry a typo; a birth year is wrong in about 2% and one year off in as
 * many; about 70% of IDs are the CCCD as written, 7% need a repair, 15% are the old CMND. {@code u} (share of
 * random pairs) follows the frequency of values: two random Vietnamese share a family name about 15% of the time
 * (Nguyễn alone is 38%, and {@code 0.38² ≈ 0.14}), a middle name 20% (Văn, Thị), a given name 2%, a birth year
 * 1/60 (an adult population spans about 60 years), a commune 1/50 (a province has 50 to 150), an ID almost never
 * ({@code 1e-7}). Exact name and commune levels are term-frequency adjusted on top. With these, a land user
 * who agrees on full name, year and commune with a citizen gains about 20 bits over a random pair, the same name
 * in another commune about 10 bits less, a disagreeing written ID costs about 5 bits and an agreeing one adds
 * about 23. The prior λ ({@code 1e-6}) is a placeholder: when scoring untrained, set it to about
 * {@code 1 / rows of the right table} (each land user is at most one citizen), as the CLI does.
 *
 * <h2>Blocking rules</h2>
 * Every rule is an equality of keys, so each stays a hash join, and each is kept for the true pairs it alone
 * recovers on generated data (the module README lists pairs-completeness and candidates per rule):
 * <ol>
 *   <li>the repaired citizen ID;</li>
 *   <li>the repaired ID against the citizen's old CMND, when there is an old-ID column;</li>
 *   <li>folded family and given name, birth year and commune (survives a mistyped or missing middle name);</li>
 *   <li>folded middle and given name, birth year and commune (survives a mistyped family name);</li>
 *   <li>folded family and middle name, the given name's first letter, birth year and commune (survives a
 *       mistyped given name);</li>
 *   <li>with an {@link Columns#address() address} column: folded family, middle and given name, commune and the
 *       village of the address ({@code vn_hamlet}; survives a missing or wrong birth year);</li>
 *   <li>{@link #linkModel} only: three parts of the ID, each with the folded given name (its first nine digits,
 *       its last six, its first six with its last three: a mistyped digit leaves one intact); folded family and
 *       given name and birth year across communes (people who moved); folded family and given name within a
 *       commune (a wrong or missing birth year).</li>
 * </ol>
 * None pairs on a common name alone. In a generated province of 3 million land-user rows and 1.7 million
 * citizens ({@code generate --parcels 2100000}), {@code given & year} alone makes 1.2 billion pairs,
 * {@code family & given & commune} 330 million, even the full name and year across communes 56 million, while
 * rules 1-5 together make 15.7 million and keep 99.63% of the true pairs (the old-CMND rule alone finds 26,000
 * that no other rule does). What {@link #linkModelForProvince} gives up: land users with neither a
 * usable ID nor a usable birth year (about 0.3% when 6.5% of IDs and 5% of years are unusable, independently),
 * whom a name within a commune of 30,000 people could rarely decide anyway, and people whose commune differs
 * between the sources and whose ID is unusable.
 *
 * <h2>Example</h2>
 * <pre>
 *   Columns columns = Columns.defaults().withOldCitizenId("old_id"); // id, full_name, birth, citizen_id, commune
 *   LinkageModel model = VietnamesePersonPreset.linkModelForProvince(columns);
 *   KeyFunctions keys = VietnamesePersonPreset.keyFunctions(adminCanonicalizer);
 *   Linker linker = Linker.link(model, landUsers, citizens, keys);
 *   Linker trained = linker.withModel(linker.train(TrainingOptions.defaults()));
 * </pre>
 *
 * <p>Stateless and thread-safe; the models and key functions it returns are immutable.
 */
public final class VietnamesePersonPreset {
    private VietnamesePersonPreset() {
    }

    /**
     * Which columns hold what. {@code id} and {@code fullName} are required; the others may be the empty string
     * when the tables lack them.
     *
     * @param id           the record id
     * @param fullName     the full-name cell (family name first), e.g. {@code "Ông Nguyễn Văn An"}
     * @param birth        date of birth or birth year, in any form the {@code date} key function reads
     * @param citizenId    the CCCD or CMND number
     * @param commune      the commune (xã, phường, thị trấn) of residence or of the parcel, or an address that
     *                     names it
     * @param oldCitizenId the right table's column of old 9-digit CMND numbers (the population registry's
     *                     {@code old_id}), compared with the left's {@code citizenId}; empty when there is none
     * @param address      the address column of both tables (the parcel's in a register, the residence in the
     *                     registry), whose village or quarter is compared; empty when there is none
     */
    public record Columns(String id, String fullName, String birth, String citizenId, String commune,
                          String oldCitizenId, String address) {
        /**
         * Checks that id and name columns are named.
         *
         * @param id the record id
         * @param fullName the full-name cell (family name first), e.g. {@code "Ông Nguyễn Văn An"}
         * @param birth date of birth or birth year, in any form the {@code date} key function reads
         * @param citizenId the CCCD or CMND number
         * @param commune the commune (xã, phường, thị trấn) of residence or of the parcel, or an address that names it
         * @param oldCitizenId the right table's column of old 9-digit CMND numbers (the population registry's {@code
         *     old_id}), compared with the left's {@code citizenId}; empty when there is none
         * @param address the address column of both tables; empty when there is none
         */
        public Columns {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(birth, "birth");
            Objects.requireNonNull(citizenId, "citizenId");
            Objects.requireNonNull(commune, "commune");
            Objects.requireNonNull(oldCitizenId, "oldCitizenId");
            Objects.requireNonNull(address, "address");
            if (id.isBlank() || fullName.isBlank()) {
                throw new IllegalArgumentException("the id and full-name columns must be named, got '" + id + "' and '"
                        + fullName + "'");
            }
        }

        /**
         * Columns without an old-ID column.
         *
         * @param id the record id
         * @param fullName the full-name cell (family name first), e.g. {@code "Ông Nguyễn Văn An"}
         * @param birth date of birth or birth year, in any form the {@code date} key function reads
         * @param citizenId the CCCD or CMND number
         * @param commune the commune (xã, phường, thị trấn) of residence or of the parcel, or an address that names it
         */
        public Columns(String id, String fullName, String birth, String citizenId, String commune) {
            this(id, fullName, birth, citizenId, commune, "", "");
        }

        /**
         * Columns without an address column.
         *
         * @param id the record id
         * @param fullName the full-name cell (family name first)
         * @param birth date of birth or birth year
         * @param citizenId the CCCD or CMND number
         * @param commune the commune, or an address that names it
         * @param oldCitizenId the right table's column of old 9-digit CMND numbers; empty when there is none
         */
        public Columns(String id, String fullName, String birth, String citizenId, String commune,
                       String oldCitizenId) {
            this(id, fullName, birth, citizenId, commune, oldCitizenId, "");
        }

        /**
         * {@code id, full_name, birth, citizen_id, commune}, no old-ID column.
         *
         * @return the column names the preset expects by default
         */
        public static Columns defaults() {
            return new Columns("id", "full_name", "birth", "citizen_id", "commune");
        }

        /**
         * {@return these columns with the right table's old CMND numbers in {@code column} (e.g. {@code old_id})}
         *
         * @param column the right table's column of old 9-digit numbers
         */
        public Columns withOldCitizenId(String column) {
            return new Columns(id, fullName, birth, citizenId, commune, column, address);
        }

        /**
         * {@return these columns with both tables' addresses in {@code column} (e.g. {@code address}), whose village
         * or quarter is then compared}
         *
         * @param column the address column of both tables
         */
        public Columns withAddress(String column) {
            return new Columns(id, fullName, birth, citizenId, commune, oldCitizenId, column);
        }
    }

    /**
     * {@return the link model for land users (left) against citizens (right), untrained}
     *
     * @param columns the tables' column names
     */
    public static LinkageModel linkModel(Columns columns) {
        return model(columns, LinkType.LINK, 1e-6, false);
    }

    /**
     * {@return the link model for a whole province: the same, except that the rule on given name and birth year also
     * requires the same commune} Across a province that rule alone makes hundreds of millions of pairs (a common
     * given name born in one year); within communes it makes a few million, at the cost of people whose commune
     * differs between the two sources and whose ID is unreadable.
     *
     * @param columns the tables' column names
     */
    public static LinkageModel linkModelForProvince(Columns columns) {
        return model(columns, LinkType.LINK, 1e-7, true);
    }

    /**
     * {@return the deduplication model for one table of land users, untrained}
     *
     * @param columns the table's column names
     */
    public static LinkageModel dedupeModel(Columns columns) {
        return model(columns, LinkType.DEDUPE, 1e-5, false);
    }

    /**
     * {@return the standard key functions with {@code vn_commune} backed by {@code canonicalizer} (e.g. the 2025
     * crosswalk
     * of core's administrative units)}
     *
     * @param canonicalizer reads a commune code as the commune it stands for today
     */
    public static KeyFunctions keyFunctions(CommuneCanonicalizer canonicalizer) {
        Objects.requireNonNull(canonicalizer, "canonicalizer");
        return KeyFunctions.standard().with(VietnameseKeyFunctions.COMMUNE, canonicalizer::canonicalize);
    }

    private static LinkageModel model(Columns c, LinkType type, double prior, boolean withinCommunes) {
        List<Comparison> comparisons = new ArrayList<>();
        // m, then u, of: exact, without diacritics, Jaro-Winkler, else (see the class comment)
        comparisons.add(namePart("family", c.fullName(), "vn_family", 0.90, true,
                new double[] {0.80, 0.17, 0.02, 0.01}, new double[] {0.15, 0.01, 0.02, 0.82}));
        comparisons.add(namePart("middle", c.fullName(), "vn_middle", 0.90, false,
                new double[] {0.80, 0.15, 0.03, 0.02}, new double[] {0.20, 0.02, 0.05, 0.73}));
        comparisons.add(namePart("given", c.fullName(), "vn_given", 0.92, true,
                new double[] {0.80, 0.16, 0.03, 0.01}, new double[] {0.02, 0.002, 0.01, 0.968}));
        if (!c.birth().isBlank()) {
            comparisons.add(Comparison.of("birth", c.birth(), "date",
                    ComparisonLevel.nullLevel(),
                    mu(ComparisonLevel.exact().withLabel("same date"), 0.50, 5e-5),
                    mu(ComparisonLevel.dayMonthSwapped().withLabel("day and month swapped"), 0.01, 1e-5),
                    mu(ComparisonLevel.exact("year").withLabel("same year"), 0.44, 0.017),
                    mu(ComparisonLevel.numericWithin(1).withFunction("year").withLabel("years 1 apart"), 0.02, 0.033),
                    mu(ComparisonLevel.otherwise(), 0.03, 0.95)));
        }
        if (!c.citizenId().isBlank()) {
            List<ComparisonLevel> levels = new ArrayList<>();
            levels.add(ComparisonLevel.nullLevel());
            levels.add(mu(ComparisonLevel.exact("identity").withLabel("equal as written"), 0.70, 1e-7));
            levels.add(mu(ComparisonLevel.exact().withLabel("equal after repair"), 0.07, 1e-7));
            if (!c.oldCitizenId().isBlank()) {
                levels.add(mu(ComparisonLevel.exact().withRightColumn(c.oldCitizenId())
                        .withLabel("equal to the old CMND"), 0.15, 1e-7));
            }
            levels.add(mu(ComparisonLevel.levenshtein(1).withLabel("one digit off"), 0.01, 1e-5));
            levels.add(mu(ComparisonLevel.cmndVsCccd().withLabel("CMND against CCCD"), 0.05, 0.25));
            levels.add(mu(ComparisonLevel.otherwise(), 0.02, 0.75));
            comparisons.add(Comparison.of("citizen_id", c.citizenId(), "citizen_id",
                    levels.toArray(new ComparisonLevel[0])));
        }
        if (!c.commune().isBlank()) {
            comparisons.add(Comparison.of("commune", c.commune(), VietnameseKeyFunctions.COMMUNE,
                    ComparisonLevel.nullLevel(),
                    mu(ComparisonLevel.exact().withTermFrequency(1.0), 0.95, 0.02),
                    mu(ComparisonLevel.otherwise(), 0.05, 0.98)));
        }
        if (!c.address().isBlank()) {
            // m: the parcel lies where its user lives for most residential land; u: a village name is shared by
            // about one pair in 20 across a province, a group within it by one in 300 (training replaces both)
            comparisons.add(Comparison.of("address", c.address(), VietnameseKeyFunctions.HAMLET,
                    ComparisonLevel.nullLevel(),
                    mu(ComparisonLevel.exact(VietnameseKeyFunctions.LOCALITY).withLabel("same group and village"),
                            0.30, 0.003),
                    mu(ComparisonLevel.exact().withLabel("same village"), 0.40, 0.05),
                    mu(ComparisonLevel.otherwise(), 0.30, 0.947)));
        }
        return new LinkageModel(type, c.id(), prior, blockingRules(c, withinCommunes), comparisons);
    }

    private static ComparisonLevel mu(ComparisonLevel level, double m, double u) {
        return level.withM(m, false).withU(u, false);
    }

    private static Comparison namePart(String name, String column, String part, double threshold, boolean tf,
                                       double[] m, double[] u) {
        ComparisonLevel exact = ComparisonLevel.exact(part + "|lower").withLabel("exact");
        ComparisonLevel folded = ComparisonLevel.exact().withLabel("exact without diacritics");
        if (tf) {
            exact = exact.withTermFrequency(1.0);
            folded = folded.withTermFrequency(1.0);
        }
        return Comparison.of(name, column, part + "|fold",
                ComparisonLevel.nullLevel(),
                mu(exact, m[0], u[0]),
                mu(folded, m[1], u[1]),
                mu(ComparisonLevel.jaroWinkler(threshold), m[2], u[2]),
                mu(ComparisonLevel.otherwise(), m[3], u[3]));
    }

    /**
     * {@return the preset's blocking rules for these columns (see the class comment)}
     *
     * @param c the tables' column names
     */
    public static List<BlockingRule> blockingRules(Columns c) {
        return blockingRules(c, false);
    }

    private static List<BlockingRule> blockingRules(Columns c, boolean withinCommunes) {
        KeyRef family = KeyRef.of(c.fullName(), "vn_family|fold");
        KeyRef middle = KeyRef.of(c.fullName(), "vn_middle|fold");
        KeyRef given = KeyRef.of(c.fullName(), "vn_given|fold");
        boolean birth = !c.birth().isBlank();
        boolean commune = !c.commune().isBlank();
        KeyRef year = birth ? KeyRef.of(c.birth(), "year") : null;
        KeyRef place = commune ? KeyRef.of(c.commune(), VietnameseKeyFunctions.COMMUNE) : null;
        List<BlockingRule> rules = new ArrayList<>();
        String id = c.citizenId();
        if (!id.isBlank()) {
            rules.add(BlockingRule.on(KeyRef.of(id, "citizen_id")));
            if (!c.oldCitizenId().isBlank()) {
                rules.add(BlockingRule.on(KeyRef.across(id, c.oldCitizenId(), "citizen_id")));
            }
        }
        if (birth && commune) {
            rules.add(BlockingRule.on(family, given, year, place));
            rules.add(BlockingRule.on(middle, given, year, place));
            rules.add(BlockingRule.on(family, middle, KeyRef.of(c.fullName(), "vn_given|fold|prefix:1"), year,
                    place));
            if (!c.address().isBlank()) {
                // a missing or wrong birth year: the full name within one village of the commune
                rules.add(BlockingRule.on(family, middle, given, place,
                        KeyRef.of(c.address(), VietnameseKeyFunctions.HAMLET)));
            }
        } else if (birth) {
            rules.add(BlockingRule.on(family, given, year));
            rules.add(BlockingRule.on(middle, given, year));
        } else if (commune) {
            rules.add(BlockingRule.on(family, middle, given, place));
        } else {
            rules.add(BlockingRule.on(family, middle, given));
        }
        if (!withinCommunes && !id.isBlank()) {
            // A mistyped digit leaves one of the three parts intact. Across a generated province (no ID typos, and
            // names agreeing) they found no true pair the other rules missed, for 755,000 more pairs: kept only here.
            rules.add(BlockingRule.on(KeyRef.of(id, "citizen_id|prefix:9"), given));
            rules.add(BlockingRule.on(KeyRef.of(id, "citizen_id|suffix:6"), given));
            rules.add(BlockingRule.on(KeyRef.of(id, "citizen_id|prefix:6"), KeyRef.of(id, "citizen_id|suffix:3"),
                    given));
        }
        if (!withinCommunes && birth && commune) {
            rules.add(BlockingRule.on(family, given, year));
            rules.add(BlockingRule.on(family, given, place));
        }
        return rules;
    }
}
