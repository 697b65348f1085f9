package org.parcelrecon.testkit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parcelrecon.core.admin.AdminUnit;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.admin.UnitType;

/**
 * The plan of a run, cheap to make before any parcel is: how many parcels each commune gets, its sheets with
 * their target sizes and kinds, the pre-2025 commune each sheet lay in, and where everything lies on the ground.
 *
 * <p>Layout, in VN-2000 / TM-3 107°45′ metres: communes on a grid of 8 columns starting at E 380 000,
 * N 2 400 000 and going east then south; inside a commune, sheets on a square grid of frames
 * {@value #FRAME_M} m wide. Everything depends only on the settings.
 */
final class ProvincePlan {
    static final double FRAME_M = 1500;
    static final double ORIGIN_E = 380_000;
    static final double ORIGIN_N = 2_400_000;
    static final int COMMUNE_COLUMNS = 8;
    /** Gap between communes' areas, in m. */
    static final double COMMUNE_GAP_M = 1000;

    /** One sheet to generate. */
    record SheetPlan(int communeIndex, AdminUnit commune, AdminUnit oldCommune, int sheetNumber, boolean urban,
                     int targetParcels, int globalOrdinal, double frameLeft, double frameTop) {
    }

    final List<SheetPlan> sheets;
    final int totalSheets;
    final long totalParcels;

    private ProvincePlan(List<SheetPlan> sheets, long totalParcels) {
        this.sheets = List.copyOf(sheets);
        this.totalSheets = sheets.size();
        this.totalParcels = totalParcels;
    }

    static ProvincePlan of(GeneratorSettings settings) {
        AdministrativeUnits units = AdministrativeUnits.quangNinh();
        List<String> codes = settings.communes();
        int n = codes.size();
        long[] allocation = allocate(settings, codes);

        List<List<int[]>> sheetTargets = new ArrayList<>(n);
        int maxSheets = 1;
        for (int i = 0; i < n; i++) {
            SplittableRandom rng = Seeds.random(settings.seed(), Long.parseLong(codes.get(i)), Seeds.PLAN);
            List<int[]> targets = sheetTargets(rng, allocation[i]);
            sheetTargets.add(targets);
            maxSheets = Math.max(maxSheets, targets.size());
        }
        int sheetColumns = (int) Math.ceil(Math.sqrt(maxSheets));
        double communeSize = sheetColumns * FRAME_M + COMMUNE_GAP_M;

        List<SheetPlan> plans = new ArrayList<>();
        int ordinal = 0;
        for (int i = 0; i < n; i++) {
            AdminUnit commune = units.current(codes.get(i)).orElseThrow();
            List<AdminUnit> predecessors = units.predecessors(commune.code());
            SplittableRandom rng = Seeds.random(settings.seed(), Long.parseLong(commune.code()), Seeds.PLAN, 2);
            double urbanShare = urbanShare(commune.type());
            double communeLeft = ORIGIN_E + (i % COMMUNE_COLUMNS) * communeSize;
            double communeTop = ORIGIN_N - (i / COMMUNE_COLUMNS) * communeSize;
            List<int[]> targets = sheetTargets.get(i);
            for (int s = 0; s < targets.size(); s++) {
                boolean urban = rng.nextDouble() < urbanShare;
                AdminUnit old = predecessors.isEmpty() ? commune : predecessors.get(rng.nextInt(predecessors.size()));
                double left = communeLeft + (s % sheetColumns) * FRAME_M;
                double top = communeTop - (s / sheetColumns) * FRAME_M;
                plans.add(new SheetPlan(i, commune, old, s + 1, urban, targets.get(s)[0], ordinal++, left, top));
            }
        }
        return new ProvincePlan(plans, settings.parcels());
    }

    private static double urbanShare(UnitType type) {
        return switch (type) {
            case PHUONG -> 0.75;
            case THI_TRAN -> 0.5;
            case DAC_KHU -> 0.3;
            case XA -> 0.12;
        };
    }

    /** Shares the parcels among communes by a weight per commune (0.5 to 1.5), largest remainder first. */
    static long[] allocate(GeneratorSettings settings, List<String> codes) {
        int n = codes.size();
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = 0.5 + Seeds.unit(Seeds.of(settings.seed(), Long.parseLong(codes.get(i)), Seeds.WEIGHT));
            sum += weights[i];
        }
        long[] out = new long[n];
        double[] remainder = new double[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            double exact = settings.parcels() * weights[i] / sum;
            out[i] = (long) Math.floor(exact);
            remainder[i] = exact - out[i];
            given += out[i];
        }
        long left = settings.parcels() - given;
        while (left > 0) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            out[best]++;
            remainder[best] = -1;
            left--;
        }
        return out;
    }

    /** Sheet sizes of 80-200 parcels (mean 140: one province has 2.1 million parcels on 15,501 sheets). */
    private static List<int[]> sheetTargets(SplittableRandom rng, long parcels) {
        List<int[]> targets = new ArrayList<>();
        long remaining = parcels;
        while (remaining > 0) {
            int t;
            if (remaining <= 240) {
                t = (int) remaining;
            } else {
                t = 80 + rng.nextInt(121);
                if (remaining - t < 40) {
                    t = (int) (remaining - 40);
                }
            }
            targets.add(new int[] {t});
            remaining -= t;
        }
        return targets;
    }
}
