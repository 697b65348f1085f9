package org.parcelrecon.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * Test-only bridge to the system's glibc {@code iconv}, the independent reference for TCVN5712-1
 * and CP1258 (DOMAIN.md §6, tag GLIBC). Tests call {@link #supports(String)} in an assumption and
 * are skipped, with a message, when iconv or the charset is missing.
 */
final class Iconv {
    private Iconv() {
    }

    /** Whether {@code iconv} is on the PATH and converts from {@code charset} to UTF-8. */
    static boolean supports(String charset) {
        try {
            return convert(charset, "UTF-8", new byte[] {'a'}).length == 1;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Why a test that needs {@code charset} is skipped. */
    static String skipReason(String charset) {
        return "glibc iconv with charset " + charset + " is not available on this machine "
                + "(the reference test needs `iconv -f " + charset + " -t UTF-8` on the PATH)";
    }

    /** Runs {@code iconv -f from -t to} on {@code input}. */
    static byte[] convert(String from, String to, byte[] input) throws IOException {
        Process p = new ProcessBuilder("iconv", "-f", from, "-t", to).redirectErrorStream(false).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input);
        }
        byte[] out;
        try (InputStream o = p.getInputStream()) {
            out = o.readAllBytes();
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("iconv did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for iconv", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("iconv -f " + from + " -t " + to + " exited with " + p.exitValue());
        }
        return out;
    }
}
