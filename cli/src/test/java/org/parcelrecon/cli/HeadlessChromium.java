package org.parcelrecon.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} run headless on a local page: {@code --dump-dom} gives the document after its scripts ran,
 * and the browser's log on stderr holds what the page wrote to its console. {@code .ci/run} installs the package;
 * {@code PARCELRECON_CHROMIUM} names another binary.
 */
final class HeadlessChromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, when one is installed. */
    static Optional<HeadlessChromium> find() {
        String named = System.getenv("PARCELRECON_CHROMIUM");
        if (named != null && !named.isBlank()) {
            return Optional.of(new HeadlessChromium(Path.of(named)));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return NAMES.stream().flatMap(n -> Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, n)))
                .filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
    }

    /**
     * The page's document after its scripts ran, and the browser's log.
     *
     * @param dom the serialised document
     * @param log the browser's stderr, console messages included
     */
    record Loaded(String dom, String log) {
        /** The console messages the page wrote (Chromium logs them as {@code CONSOLE}). */
        List<String> consoleMessages() {
            return log.lines().filter(l -> l.contains("CONSOLE")).toList();
        }
    }

    /** Opens {@code page} from its file, as a reader does, in a fresh profile under {@code work}. */
    Loaded open(Path page, Path work) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        Path out = work.resolve(page.getFileName() + ".dom.html");
        Path err = work.resolve(page.getFileName() + ".log");
        Process p = new ProcessBuilder(binary.toString(), "--headless", "--disable-gpu", "--no-sandbox",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile, "--enable-logging=stderr",
                "--v=0", "--window-size=1280,1600", "--virtual-time-budget=5000", "--dump-dom",
                page.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish loading " + page + " in 90 s");
        }
        String log = Files.readString(err, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("chromium exited with " + p.exitValue() + " on " + page + ":\n" + log);
        }
        return new Loaded(Files.readString(out, StandardCharsets.UTF_8), log);
    }
}
