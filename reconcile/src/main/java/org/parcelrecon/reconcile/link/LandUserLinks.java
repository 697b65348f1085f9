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
 * <p>Users are numbered as {@link LandUserLinker} numbered them: register entries in order, each entry's land users
 * in order. An organisation, or a person linking found no candidate for, has no link.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class LandUserLinks {
    private final Linker linker;
    private final Table citizens;
    private final int[] firstUser;
    private final int[] leftRowOfUser;
    private final int[] bestRight;
    private final float[] bestProbability;
    private final float[] runnerUp;

    LandUserLinks(Linker linker, Table citizens, int[] firstUser, int[] leftRowOfUser, int[] bestRight,
                  float[] bestProbability, float[] runnerUp) {
        this.linker = linker;
        this.citizens = citizens;
        this.firstUser = firstUser;
        this.leftRowOfUser = leftRowOfUser;
        this.bestRight = bestRight;
        this.bestProbability = bestProbability;
        this.runnerUp = runnerUp;
    }

    /** No links at all (a run without a population). */
    public static LandUserLinks none(int[] firstUser, int users) {
        int[] noRow = new int[users];
        java.util.Arrays.fill(noRow, -1);
        return new LandUserLinks(null, null, firstUser, noRow, new int[0], new float[0], new float[0]);
    }

    /** The number of land users (persons and organisations). */
    public int userCount() {
        return leftRowOfUser.length;
    }

    /** The number of land users linking looked for (persons). */
    public int personCount() {
        int n = 0;
        for (int r : leftRowOfUser) {
            if (r >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The number of persons linked to a citizen (with a best candidate at or above the settings' minimum). */
    public int linkedCount() {
        int n = 0;
        for (int r : bestRight) {
            if (r >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The land user's link, built with its explanation; empty when it has none. */
    public Optional<UserLink> link(int entry, int userInEntry) {
        int user = firstUser[entry] + userInEntry;
        int left = leftRowOfUser[user];
        if (left < 0 || bestRight[left] < 0) {
            return Optional.empty();
        }
        int right = bestRight[left];
        double p = bestProbability[left];
        UserLink.Builder b = UserLink.builder(citizen(right), p);
        Explanation why = linker.explain(linker.score(left, right));
        for (Explanation.Contribution c : why.contributions()) {
            b.explain(c.comparison(), c.label(), c.weight());
        }
        if (!Float.isNaN(runnerUp[left])) {
            b.runnerUpProbability(Math.min(runnerUp[left], p));
        }
        return Optional.of(b.build());
    }

    /** The citizen's row in the population table for this land user, when linked. */
    public OptionalInt citizenRow(int entry, int userInEntry) {
        int left = leftRowOfUser[firstUser[entry] + userInEntry];
        return left < 0 || bestRight[left] < 0 ? OptionalInt.empty() : OptionalInt.of(bestRight[left]);
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
