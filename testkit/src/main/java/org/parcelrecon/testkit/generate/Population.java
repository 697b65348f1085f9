package org.parcelrecon.testkit.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parcelrecon.core.citizen.CitizenIds;

/**
 * The people of one sheet: households with a head, often a spouse, children and sometimes an elderly parent, each
 * person with a name, a birth date, a sex, a 12-digit personal number whose digits agree with them, and for some
 * adults an old 9-digit CMND.
 *
 * <h2>Numbers</h2>
 * A 12-digit number is province of birth registration (3 digits: Quảng Ninh {@code 022} for 88% of adults and 95%
 * of those born from 2000, otherwise a neighbouring or large province), century and sex (1 digit), the last two
 * digits of the birth year, and a 6-digit block (DOMAIN.md §1.1). The block must make the number unique across the
 * whole run, yet each sheet is generated on its own: sheet {@code g} of {@code G} owns the block values
 * {@code g·K .. g·K+K-1} (with {@code K = 10^6 / G}) of every (province, century-sex, year) triple, scrambled by an
 * affine bijection modulo 10^6 so the numbers look random. A sheet that runs out of values for a triple moves the
 * person's birth year by a year (never needed at 2.1 million parcels, where K is 66 and a sheet has a handful of
 * people per triple). CMND numbers are {@code 1} + 8 digits, unique by the same scheme modulo 10^8; that real
 * CMND prefixes name the issuing province is unsourced (DOMAIN.md §1.2), so none is imitated.
 */
final class Population {
    /** Birth provinces of people not registered in Quảng Ninh, with weights: neighbours and large provinces. */
    private static final String[] OTHER_PROVINCES = {
        "031", "030", "024", "020", "034", "036", "001", "033", "038", "040", "035", "037", "027", "019"};
    private static final double[] OTHER_CUMULATIVE = cumulative(new double[] {
        20, 14, 10, 8, 8, 7, 7, 5, 5, 4, 3, 3, 3, 3});
    static final int YEAR_NOW = 2024;
    private static final long A12 = 387_401L;
    private static final long A9 = 31_415_927L;

    static {
        for (String prefix : OTHER_PROVINCES) {
            if (CitizenIds.birthProvince(prefix).isEmpty()) {
                throw new IllegalStateException("not a CCCD province code: " + prefix);
            }
        }
    }

    /** A citizen. */
    static final class Person {
        final String cccd;
        final String cmnd;
        final String family;
        final String middle;
        final String given;
        final boolean female;
        final LocalDate birthDate;
        final Household household;
        final String relation;
        final boolean inPopulation;

        Person(String cccd, String cmnd, String family, String middle, String given, boolean female,
               LocalDate birthDate, Household household, String relation, boolean inPopulation) {
            this.cccd = cccd;
            this.cmnd = cmnd;
            this.family = family;
            this.middle = middle;
            this.given = given;
            this.female = female;
            this.birthDate = birthDate;
            this.household = household;
            this.relation = relation;
            this.inPopulation = inPopulation;
        }

        String fullName() {
            return family + " " + middle + " " + given;
        }

        int birthYear() {
            return birthDate.getYear();
        }

        boolean adult() {
            return YEAR_NOW - birthYear() >= 18;
        }
    }

    /** A household: its members in the order head, spouse, parent, children. */
    static final class Household {
        final String id;
        final String address;
        final List<Person> members = new ArrayList<>(5);
        Person head;
        Person spouse;

        Household(String id, String address) {
            this.id = id;
            this.address = address;
        }
    }

    private final SplittableRandom rng;
    private final String idPrefix;
    private final long blockBase;
    private final long blockSize;
    private final long cmndBase;
    private final long cmndSize;
    private final long scrambleSeed;
    private final double notInPopulationRate;
    private final Map<Integer, Integer> used = new HashMap<>();
    private int cmndUsed;
    final List<Household> households = new ArrayList<>();

    /**
     * @param idPrefix            prefix of household ids, e.g. {@code "06652-12"}
     * @param globalOrdinal       the sheet's place among all sheets of the run
     * @param totalSheets         how many sheets the run has
     * @param runSeed             the run's seed (scrambles the numbers)
     * @param notInPopulationRate the rate of {@link InjectedError#USER_NOT_IN_POPULATION}
     */
    Population(SplittableRandom rng, String idPrefix, int globalOrdinal, int totalSheets, long runSeed,
               double notInPopulationRate) {
        this.rng = rng;
        this.idPrefix = idPrefix;
        this.blockSize = 1_000_000L / totalSheets;
        this.blockBase = globalOrdinal * blockSize;
        this.cmndSize = 100_000_000L / totalSheets;
        this.cmndBase = globalOrdinal * cmndSize;
        this.scrambleSeed = runSeed;
        this.notInPopulationRate = notInPopulationRate;
    }

    /** A new household living at {@code address}. */
    Household newHousehold(String address) {
        Household h = new Household("HH-" + idPrefix + "-" + (households.size() + 1), address);
        households.add(h);
        boolean headFemale = rng.nextDouble() < 0.2;
        int headYear = 1940 + rng.nextInt(31) + rng.nextInt(31);
        String family = NameTables.family(rng);
        Person head = person(h, family, headFemale, headYear, "Chủ hộ");
        h.head = head;
        String childFamily = family;
        Integer motherYear = headFemale ? headYear : null;
        if (headYear <= 1998 && rng.nextDouble() < 0.85) {
            int spouseYear = headFemale ? headYear - rng.nextInt(7) : headYear + rng.nextInt(7);
            String spouseFamily = NameTables.family(rng);
            Person spouse = person(h, spouseFamily, !headFemale, spouseYear, headFemale ? "Chồng" : "Vợ");
            h.spouse = spouse;
            if (headFemale) {
                childFamily = spouseFamily;
            } else {
                motherYear = spouse.birthYear();
            }
        }
        double parent = rng.nextDouble();
        int parentYear = headYear - 22 - rng.nextInt(14);
        boolean mother = rng.nextDouble() < 0.6;
        if (parent < 0.15 && parentYear >= 1920) {
            person(h, mother ? NameTables.family(rng) : family, mother, parentYear, mother ? "Mẹ" : "Bố");
        }
        int children = h.spouse == null ? (rng.nextDouble() < 0.3 ? 1 : 0) : childCount(rng.nextDouble());
        int base = motherYear != null ? motherYear : headYear;
        for (int c = 0; c < children; c++) {
            int year = Math.min(YEAR_NOW - 1, base + 20 + rng.nextInt(19));
            person(h, childFamily, rng.nextBoolean(), year, "Con");
        }
        return h;
    }

    private static int childCount(double u) {
        return u < 0.10 ? 0 : u < 0.30 ? 1 : u < 0.70 ? 2 : u < 0.90 ? 3 : 4;
    }

    private Person person(Household h, String family, boolean female, int year, String relation) {
        String middle = NameTables.middle(rng, female, year);
        String given = NameTables.given(rng, female);
        double qn = year >= 2000 ? 0.95 : 0.88;
        String province = rng.nextDouble() < qn ? "022" : OTHER_PROVINCES[NameTables.pick(OTHER_CUMULATIVE, rng.nextDouble())];
        int day = rng.nextInt(365);
        boolean withCmnd = year <= 1995 && rng.nextDouble() < 0.6;
        boolean inPopulation = rng.nextDouble() >= notInPopulationRate;
        for (int attempt = 0; attempt < 40; attempt++) {
            int y = year + (attempt % 2 == 0 ? attempt / 2 : -(attempt + 1) / 2);
            int centurySex = (y / 100 - 19) * 2 + (female ? 1 : 0);
            int key = Integer.parseInt(province) * 1000 + centurySex * 100 + y % 100;
            int n = used.getOrDefault(key, 0);
            if (n >= blockSize) {
                continue;
            }
            used.put(key, n + 1);
            long shift = Math.floorMod(Seeds.of(scrambleSeed, key), 1_000_000L);
            long block = (A12 * (blockBase + n) + shift) % 1_000_000L;
            String cccd = province + centurySex + two(y % 100) + six(block);
            String cmnd = "";
            if (withCmnd) {
                long shift9 = Math.floorMod(Seeds.of(scrambleSeed, 9), 100_000_000L);
                long value = (A9 * (cmndBase + cmndUsed++) + shift9) % 100_000_000L;
                cmnd = "1" + String.format("%08d", value);
            }
            LocalDate birth = LocalDate.ofYearDay(y, 1 + Math.min(day, LocalDate.of(y, 12, 31).getDayOfYear() - 1));
            Person p = new Person(cccd, cmnd, family, middle, given, female, birth, h, relation, inPopulation);
            h.members.add(p);
            return p;
        }
        throw new IllegalStateException("no free citizen number near birth year " + year + " for province " + province
                + "; the run has too many sheets for the 6-digit block (see GeneratorSettings.MAX_PARCELS)");
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String six(long v) {
        String s = Long.toString(v);
        return "000000".substring(s.length()) + s;
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            c[i] = acc;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= acc;
        }
        return c;
    }
}
