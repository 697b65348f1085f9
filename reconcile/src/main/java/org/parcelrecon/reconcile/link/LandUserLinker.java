package org.parcelrecon.reconcile.link;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.matching.keys.KeyFunctions;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.TrainingOptions;
import org.parcelrecon.matching.vn.AdministrativeCommunes;
import org.parcelrecon.matching.vn.VietnamesePersonPreset;
import org.parcelrecon.reconcile.read.PopulationReader;
import org.parcelrecon.reconcile.read.RegisterEntry;

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
    private static final List<String> LEFT_COLUMNS = List.of("id", "full_name", "birth", "citizen_id", "commune");

    private final AdministrativeUnits units;
    private final LinkingSettings settings;

    private LandUserLinker(AdministrativeUnits units, LinkingSettings settings) {
        this.units = units;
        this.settings = settings;
    }

    /** A linker for registers and populations of this province. */
    public static LandUserLinker of(AdministrativeUnits units, LinkingSettings settings) {
        return new LandUserLinker(Objects.requireNonNull(units, "units"), Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Links every person among the entries' land users to the citizens.
     *
     * @param citizens a table with {@link PopulationReader#COLUMNS}
     * @param progress receives the number of land users scored so far, now and then
     */
    public LandUserLinks link(List<RegisterEntry> entries, Table citizens, IntConsumer progress) {
        int[] firstUser = new int[entries.size()];
        int users = 0;
        for (int e = 0; e < entries.size(); e++) {
            firstUser[e] = users;
            users += entries.get(e).row().landUsers().size();
        }
        int[] leftRowOfUser = new int[users];
        Arrays.fill(leftRowOfUser, -1);
        Table.Builder left = Table.builder(LEFT_COLUMNS);
        String[] cells = new String[LEFT_COLUMNS.size()];
        for (int e = 0; e < entries.size(); e++) {
            RegisterEntry entry = entries.get(e);
            List<LandUser> landUsers = entry.row().landUsers();
            for (int u = 0; u < landUsers.size(); u++) {
                if (!entry.personUsers().get(u)) {
                    continue;
                }
                LandUser user = landUsers.get(u);
                int row = left.size();
                cells[0] = "U" + row;
                cells[1] = user.name();
                cells[2] = user.birthYear().isPresent() ? Integer.toString(user.birthYear().getAsInt()) : null;
                cells[3] = user.idNumber().orElse(null);
                cells[4] = entry.communeAsWritten();
                left.addRow(cells);
                leftRowOfUser[firstUser[e] + u] = row;
            }
        }
        Table landUsers = left.build();
        int n = landUsers.size();
        int[] bestRight = new int[n];
        Arrays.fill(bestRight, -1);
        float[] best = new float[n];
        float[] runnerUp = new float[n];
        Arrays.fill(runnerUp, Float.NaN);
        if (n == 0 || citizens.size() == 0) {
            return new LandUserLinks(null, citizens, firstUser, leftRowOfUser, bestRight, best, runnerUp);
        }
        VietnamesePersonPreset.Columns columns = VietnamesePersonPreset.Columns.defaults().withOldCitizenId("old_id");
        LinkageModel model = VietnamesePersonPreset.linkModelForProvince(columns)
                .withProbabilityTwoRandomRecordsMatch(1.0 / citizens.size());
        KeyFunctions functions = VietnamesePersonPreset.keyFunctions(AdministrativeCommunes.of(units));
        Linker linker = Linker.link(model, landUsers, citizens, functions);
        if (settings.train()) {
            linker = linker.withModel(linker.train(TrainingOptions.defaults().withSeed(settings.seed())));
        }
        linker = linker.withOneMatchPerLeft();
        linker.stream(settings.minProbability(), progress).forEach(p -> LandUserLinks.keep(p, bestRight, best,
                runnerUp));
        return new LandUserLinks(linker, citizens, firstUser, leftRowOfUser, bestRight, best, runnerUp);
    }
}
