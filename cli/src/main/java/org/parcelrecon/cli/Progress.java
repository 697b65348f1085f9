package org.parcelrecon.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on standard error, for a land officer watching a province run: one line when a phase
 * ends, with what it did and how long it took, and, inside a long phase, a line at each further tenth done. Plain
 * lines rather than a redrawn bar, so that a log file or a pipe reads the same as a terminal.
 * <pre>
 *   link: read register.csv: 3,046,287 rows (15.9 s)
 *   link: scoring 10% of 2,994,226 left rows (0.4 s)
 *   ...
 *   link: scoring 100% of 2,994,226 left rows (3.1 s)
 * </pre>
 * Not thread-safe: one command, one thread reporting.
 */
final class Progress {
    private final PrintWriter err;
    private final String command;
    private final LongSupplier nanoClock;
    private long phaseStart;

    Progress(PrintWriter err, String command) {
        this(err, command, System::nanoTime);
    }

    /** With a clock of nanoseconds, for tests. */
    Progress(PrintWriter err, String command, LongSupplier nanoClock) {
        this.err = Objects.requireNonNull(err, "err");
        this.command = Objects.requireNonNull(command, "command");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.phaseStart = nanoClock.getAsLong();
    }

    /** Ends the current phase with a line saying what it did; the next phase starts now. */
    void done(String what) {
        long now = nanoClock.getAsLong();
        line(what + " (" + seconds(now - phaseStart) + ")");
        phaseStart = now;
    }

    /**
     * A consumer of "units done so far" for a phase of {@code total} units that prints a line each time another
     * tenth is reached ({@code tenths("scoring", n, "left rows")}: "scoring 10% of 2,994,226 left rows (0.4 s)"),
     * the last at 100%; the phase ends with that last line.
     */
    IntConsumer tenths(String verb, long total, String units) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more, got " + total);
        }
        String of = String.format(Locale.ROOT, "%,d", total);
        int[] lastTenth = {0};
        return done -> {
            int tenth = total == 0 ? 10 : (int) Math.min(10, 10L * done / total);
            if (tenth > lastTenth[0]) {
                lastTenth[0] = tenth;
                long now = nanoClock.getAsLong();
                line(verb + " " + tenth * 10 + "% of " + of + " " + units + " (" + seconds(now - phaseStart) + ")");
                if (tenth == 10) {
                    phaseStart = now;
                }
            }
        };
    }

    private void line(String text) {
        err.println(command + ": " + text);
        err.flush();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
