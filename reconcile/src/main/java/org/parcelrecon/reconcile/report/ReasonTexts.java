package org.parcelrecon.reconcile.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One line per built-in reason code that a land officer understands, in English with the Vietnamese term, from the
 * bundled {@value #RESOURCE}.
 */
final class ReasonTexts {
    static final String RESOURCE = "reasons.properties";
    private static final Map<String, String> TEXTS = load();

    private ReasonTexts() {
    }

    /** The explanation of a built-in code; empty for a code the file does not list (e.g. a host's rule). */
    static Optional<String> of(String code) {
        return Optional.ofNullable(TEXTS.get(code));
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = ReasonTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the report's reason texts are missing from the jar: " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return Map.copyOf(out);
    }
}
