package org.parcelrecon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The folder or file an {@code --out} option names, checked before any work so a mistake costs nothing. */
final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * The folder, created if absent.
     *
     * @throws IOException saying so in words when {@code out} is an existing file rather than a folder
     */
    static Path prepare(Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException("--out " + out + " is an existing file, not a folder: give a new or existing folder");
        }
        return Files.createDirectories(out);
    }

    /**
     * The output file, its folder created if absent.
     *
     * @throws IOException saying so in words when {@code out} is an existing folder
     */
    static Path file(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            throw new IOException("--out " + out + " is a folder; give the file to write, e.g. "
                    + out.resolve("pairs.csv"));
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            prepare(parent);
        }
        return out;
    }

    /**
     * Removes, on a thread of its own, the files a previous run left in {@code out} under the names this run writes,
     * so that it creates its files instead of truncating the old ones. Why: ext4 writes a file that was truncated and
     * written again out to disk when it is closed (its {@code auto_da_alloc} guard), and the close waits for that:
     * on the 275,000-parcel pair, closing {@code changes.csv} and {@code changes.geojson} over a previous run's took
     * ~20 ms of the run's last moments (with ~3 ms of CPU), and the small files ~5 ms more; new files close at once.
     * Removing the old ones costs what truncating them did (their blocks are freed either way), off the run's path.
     * Only a regular file with no other name is removed: a symbolic link, or a file linked elsewhere, is written
     * through as before. A file that cannot be removed is left to be overwritten. Called once the run has read its
     * inputs without a fault, so a run that fails on them leaves the previous results as they were.
     *
     * @param out   the output folder, existing
     * @param names the files' names in it
     * @return done when the files are gone; {@link #await} it before writing any of them
     */
    static CompletableFuture<Void> removePrevious(Path out, List<String> names) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                for (String name : names) {
                    removeIfPlain(out.resolve(name));
                }
            } finally {
                done.complete(null);
            }
        }, "remove-previous-results");
        t.setDaemon(true);
        t.start();
        return done;
    }

    private static void removeIfPlain(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isRegularFile() && links(file) == 1) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // absent, or not removable: the writer opens it as before (and reports what it cannot write)
        }
    }

    /** The file's number of names; 0 where the file system does not say (then it is left alone). */
    private static int links(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    /**
     * Waits for {@link #removePrevious} to be done.
     *
     * @param removed what {@link #removePrevious} gave
     * @throws IOException if interrupted meanwhile
     */
    static void await(CompletableFuture<Void> removed) throws IOException {
        try {
            removed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted before writing the results", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // never: the task completes normally
        }
    }
}
