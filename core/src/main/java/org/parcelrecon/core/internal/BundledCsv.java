package org.parcelrecon.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a small CSV table bundled as a class-path resource: UTF-8, header row, RFC 4180 quoting
 * (no line breaks inside fields). Rows come back in file order as column → value maps.
 *
 * <p>A missing resource or a malformed row is a broken build, not bad user input, so it throws
 * {@link IllegalStateException} naming the resource and line.
 */
public final class BundledCsv {
    private BundledCsv() {
    }

    /**
     * Reads the whole table.
     *
     * @param anchor a class in the resource's package
     * @param resource the resource's name, relative to the anchor's package
     * @param requiredColumns columns the header must have
     * @return one map per data row, in file order, keyed by the header's column names
     * @throws IllegalStateException if the resource is missing, lacks a required column, or has a malformed row
     */
    public static List<Map<String, String>> read(Class<?> anchor, String resource, List<String> requiredColumns) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + anchor.getPackageName() + "/" + resource);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource,
                    requiredColumns, IllegalStateException::new);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bundled resource " + resource, e);
        }
    }

    /**
     * Reads a small table of the same form from a reader (e.g. a user's file); a malformed table is reported by
     * the exception {@code failure} makes of a message naming {@code name} and the line.
     *
     * @param reader          the table's text, header first
     * @param name            the table's name in messages (e.g. its path)
     * @param requiredColumns columns the header must have
     * @param failure         makes the exception thrown for a malformed table from its message
     * @return one map per data row, in file order, keyed by the header's column names
     * @throws IOException if the reader fails
     */
    public static List<Map<String, String>> read(BufferedReader reader, String name, List<String> requiredColumns,
                                                 Function<String, ? extends RuntimeException> failure)
            throws IOException {
        String resource = name;
        try {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new IllegalStateException(resource + ": empty file");
            }
            List<String> header = splitLine(stripBom(headerLine), resource, 1);
            if (!header.containsAll(requiredColumns)) {
                throw new IllegalStateException(resource + ": header " + header + " lacks one of " + requiredColumns);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = splitLine(line, resource, lineNumber);
                if (fields.size() != header.size()) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": " + fields.size()
                            + " fields, header has " + header.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), fields.get(i).strip());
                }
                rows.add(row);
            }
            return List.copyOf(rows);
        } catch (IllegalStateException e) {
            throw failure.apply(e.getMessage());
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Splits one CSV line into its fields, unquoting quoted ones.
     *
     * @param line the line, without its line break
     * @param resource the resource's name, for the error message
     * @param lineNumber the 1-based line number, for the error message
     * @return the fields, in order
     * @throws IllegalStateException if a quoted field is not closed on the line
     */
    public static List<String> splitLine(String line, String resource, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(resource + " line " + lineNumber + ": unterminated quote");
        }
        fields.add(field.toString());
        return fields;
    }
}
