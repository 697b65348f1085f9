package org.parcelrecon.reconcile.link;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.matching.keys.KeyFunctions;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.TrainingOptions;
import org.parcelrecon.matching.vn.AdministrativeCommunes;
import org.parcelrecon.matching.vn.VietnamesePersonPreset;
import org.parcelrecon.reconcile.read.PopulationReader;

/**
 * Links a register's land users to the population registry with the province preset
 * ({@link VietnamesePersonPreset#linkModelForProvince}), each land user at most one citizen
 * ({@link Linker#withOneMatchPerLeft()}). Persons only: an organisation's name ({@code Công ty …}) is not looked
 * for. The first person of a row carries the row's birth year and ID; co-users named in the same cell carry their
 * names alone. The model is trained on the data unless the settings say not to (then the preset's default weights
 * score, with the prior 1 / citizens).
 *
 * <p>Linking is province-wide, not per commune, on purpose: a land user may live in another commune than the parcel,
 * and the ID and old-CMND blocking rules find them anywhere. Its result ({@link LandUserLinks}) is the input the
 * per-commune step reads.
 *
 * <p>Thread-safe; the work runs on the common fork-join pool.
 */
public final class LandUserLinker {
    private final AdministrativeUnits units;
    private final LinkingSettings settings;

    private LandUserLinker(AdministrativeUnits units, LinkingSettings settings) {
        this.units = units;
        this.settings = settings;
    }

    /**
     * {@return a linker for registers and populations of this province}
     *
     * @param units the province's units, to compare communes across the 2025 merger
     * @param settings training, threshold and seed
     */
    public static LandUserLinker of(AdministrativeUnits units, LinkingSettings settings) {
        return new LandUserLinker(Objects.requireNonNull(units, "units"), Objects.requireNonNull(settings, "settings"));
    }

    /** Whether the table has the column with at least one value in it. */
    private static boolean hasValues(Table table, String column) {
        return table.columnIndex(column).stream().anyMatch(c -> table.distinctCount(c) > 0);
    }

    /**
     * Links every person among the register's land users to the citizens.
     *
     * @param citizens a table with {@link PopulationReader#COLUMNS}
     * @param progress receives the number of land users scored so far, now and then
     * @param users every land user of the register
     * @return the best citizen of each person, with the runner-up's probability
     */
    public LandUserLinks link(LandUsers users, Table citizens, IntConsumer progress) {
        Table landUsers = users.table();
        int n = landUsers.size();
        int[] bestRight = new int[n];
        Arrays.fill(bestRight, -1);
        float[] best = new float[n];
        float[] runnerUp = new float[n];
        Arrays.fill(runnerUp, Float.NaN);
        if (n == 0 || citizens.size() == 0) {
            return new LandUserLinks(null, citizens, users.lines(), users.firstUser(), users.leftRowOfUser(),
                    bestRight, best, runnerUp);
        }
        VietnamesePersonPreset.Columns columns = VietnamesePersonPreset.Columns.defaults().withOldCitizenId("old_id");
        if (hasValues(landUsers, "address") && hasValues(citizens, "address")) {
            columns = columns.withAddress("address"); // the village tells namesakes of one commune apart
        }
        LinkageModel model = VietnamesePersonPreset.linkModelForProvince(columns)
                .withProbabilityTwoRandomRecordsMatch(1.0 / citizens.size());
        KeyFunctions functions = VietnamesePersonPreset.keyFunctions(AdministrativeCommunes.of(units));
        // one match per land user, in training too (the share matched by none of their candidates, and m)
        Linker linker = Linker.link(model, landUsers, citizens, functions).withOneMatchPerLeft();
        if (settings.train()) {
            linker = linker.withModel(linker.train(TrainingOptions.defaults().withSeed(settings.seed())));
        }
        linker.stream(settings.minProbability(), progress).forEach(p -> LandUserLinks.keep(p, bestRight, best,
                runnerUp));
        return new LandUserLinks(linker, citizens, users.lines(), users.firstUser(), users.leftRowOfUser(), bestRight,
                best, runnerUp);
    }
}
