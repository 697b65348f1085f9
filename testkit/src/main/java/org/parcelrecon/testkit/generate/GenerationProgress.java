package org.parcelrecon.testkit.generate;

/**
 * How far a run has got, reported after each sheet is written.
 * <pre>{@code
 * new GenerationProgress(70_140, 2_100_000, 501, 15_012, "06652")   // 3.3% done, working in commune 06652
 * }</pre>
 *
 * @param parcelsDone    base parcels written so far
 * @param parcelsPlanned base parcels the run makes in all ({@link GeneratorSettings#parcels()})
 * @param sheetsDone     sheets written so far
 * @param sheetsPlanned  sheets the run makes in all
 * @param communeCode    the commune of the sheet just written
 */
public record GenerationProgress(long parcelsDone, long parcelsPlanned, int sheetsDone, int sheetsPlanned,
                                 String communeCode) {
    /** {@return the share of parcels done, from 0 to 1} */
    public double fraction() {
        return parcelsPlanned == 0 ? 1 : (double) parcelsDone / parcelsPlanned;
    }
}
