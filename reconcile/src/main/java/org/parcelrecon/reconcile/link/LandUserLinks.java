package org.parcelrecon.reconcile.link;

import java.util.Optional;
import java.util.OptionalInt;
import org.parcelrecon.core.evidence.Citizen;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.matching.Explanation;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.ScoredPair;
import org.parcelrecon.matching.Table;
import org.parcelrecon.reconcile.read.BirthYears;

/**
 * What linking found for every land user of a register: for each person, the best citizen, its probability and the
 * runner-up's, kept in flat arrays (a province has millions of land users); the {@link UserLink} with its
 * explanation is built when a commune asks for it.
 *
 * <p>A land user is named by its register row's line and its place on the row. An organisation, or a person
 * linking found no candidate for, has no link.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class LandUserLinks {
    private final Linker linker;
    private final Table citizens;
    private final long[] lines;
    private final int[] firstUser;
    private final int[] leftRowOfUser;
    private final int[] bestRight;
    private final float[] bestProbability;
    private final float[] runnerUp;

    LandUserLinks(Linker linker, Table citizens, long[] lines, int[] firstUser, int[] leftRowOfUser, int[] bestRight,
                  float[] bestProbability, float[] runnerUp) {
        this.linker = linker;
        this.lines = lines;
        this.citizens = citizens;
        this.firstUser = firstUser;
        this.leftRowOfUser = leftRowOfUser;
        this.bestRight = bestRight;
        this.bestProbability = bestProbability;
        this.runnerUp = runnerUp;
    }

    /**
     * No links at all (a run without a population).
     *
     * @return links in which nobody is linked
     */
    public static LandUserLinks none() {
        return new LandUserLinks(null, null, new long[0], new int[0], new int[0], new int[0], new float[0],
                new float[0]);
    }

    /** {@return the number of land users (persons and organisations)} */
    public int userCount() {
        return leftRowOfUser.length;
    }

    /** {@return the number of land users linking looked for (persons)} */
    public int personCount() {
        int n = 0;
        for (int r : leftRowOfUser) {
            if (r >= 0) {
                n++;
            }
        }
        return n;
    }

    /** {@return the number of persons linked to a citizen (with a best candidate at or above the settings' minimum)} */
    public int linkedCount() {
        int n = 0;
        for (int r : bestRight) {
            if (r >= 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@return the link of land user {@code userInRow} of the register row on {@code line}, built with its
     * explanation; empty
     * when it has none}
     *
     * @param line the register row's line in its file
     * @param userInRow the land user's place on the row, from 0
     */
    public Optional<UserLink> link(long line, int userInRow) {
        int entry = java.util.Arrays.binarySearch(lines, line);
        if (entry < 0) {
            return Optional.empty();
        }
        int user = firstUser[entry] + userInRow;
        if (user >= leftRowOfUser.length) {
            return Optional.empty();
        }
        int left = leftRowOfUser[user];
        if (left < 0 || bestRight[left] < 0) {
            return Optional.empty();
        }
        int right = bestRight[left];
        double p = bestProbability[left];
        UserLink.Builder b = UserLink.builder(citizen(right), p);
        Explanation why = linker.explain(ScoredPair.of(left, right, "", "", 0, new int[0]));
        for (Explanation.Contribution c : why.contributions()) {
            b.explain(c.comparison(), c.label(), c.weight());
        }
        if (!Float.isNaN(runnerUp[left])) {
            b.runnerUpProbability(Math.min(runnerUp[left], p));
        }
        return Optional.of(b.build());
    }

    private Citizen citizen(int row) {
        String id = citizens.value(row, "citizen_id").orElse("?");
        String kind = id.length() == 12 && isDigits(id) ? "CCCD" : id.length() == 9 && isDigits(id) ? "CMND" : "OTHER";
        String name = citizens.value(row, "full_name").orElse("?");
        OptionalInt year = citizens.value(row, "birth").map(BirthYears::parse).orElse(OptionalInt.empty());
        return new Citizen(id, kind, name, year);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static void keep(ScoredPair p, int[] bestRight, float[] best, float[] runnerUp) {
        int l = p.leftRow();
        float prob = (float) p.matchProbability();
        if (bestRight[l] < 0 || prob > best[l]) {
            if (bestRight[l] >= 0) {
                runnerUp[l] = Float.isNaN(runnerUp[l]) ? best[l] : Math.max(runnerUp[l], best[l]);
            }
            bestRight[l] = p.rightRow();
            best[l] = prob;
        } else if (Float.isNaN(runnerUp[l]) || prob > runnerUp[l]) {
            runnerUp[l] = prob;
        }
    }
}
