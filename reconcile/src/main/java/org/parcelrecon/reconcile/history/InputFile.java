package org.parcelrecon.reconcile.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One input file of a run as the history remembers it: enough to tell whether the next run read the same data.
 *
 * @param role   what the file was: {@code register}, {@code map}, {@code old_map}, {@code population}, {@code rules}
 * @param name   the file's name (without its folder)
 * @param size   its size in bytes
 * @param sha256 the SHA-256 of its content, 64 lowercase hex digits
 */
public record InputFile(String role, String name, long size, String sha256) {
    /**
     * Checks for nulls and the hash's form.
     *
     * @param role what the file was: {@code register}, {@code map}, {@code old_map}, {@code population}, {@code rules}
     * @param name the file's name (without its folder)
     * @param size its size in bytes
     * @param sha256 the SHA-256 of its content, 64 lowercase hex digits
     */
    public InputFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits; got " + sha256);
        }
    }

    /**
     * Reads the file once to hash it.
     *
     * @throws IOException naming the file when it cannot be read
     * @param role what the file was: {@code register}, {@code map}, {@code old_map}, {@code population}, {@code rules}
     * @param file the file
     * @return its role, name, size and hash
     */
    public static InputFile of(String role, Path file) throws IOException {
        MessageDigest sha = digest();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read to record it in the run history: " + e.getMessage(), e);
        }
        return new InputFile(role, String.valueOf(file.getFileName()), size, HexFormat.of().formatHex(sha.digest()));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
