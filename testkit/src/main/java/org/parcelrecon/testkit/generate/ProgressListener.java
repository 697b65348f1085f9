package org.parcelrecon.testkit.generate;

/**
 * Receives progress from {@link ProvinceGenerator#generate(java.nio.file.Path, ProgressListener)}: once after each
 * sheet is written (on average every 140 parcels), always on the thread that called {@code generate}, in order.
 * A listener should return quickly (a progress bar throttles its own redraws); an exception it throws stops the run.
 * <pre>{@code
 * generator.generate(dir, p -> bar.stepTo(p.parcelsDone()));
 * generator.generate(dir, ProgressListener.NONE);
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = progress -> { };

    /**
     * Called after each sheet.
     *
     * @param progress the sheets and parcels done so far
     */
    void onProgress(GenerationProgress progress);
}
