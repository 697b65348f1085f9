package org.parcelrecon.core.text;

import java.util.Locale;
import java.util.Objects;

/**
 * How the bytes of a text file (a register or population export) are read: detected ({@link #AUTO}) or named by the
 * user. See {@link TextFiles#open} for what detection does.
 */
public enum TextFileEncoding {
    /** Detected: a byte-order mark, else UTF-8 when the start of the file is UTF-8, else a legacy code page. */
    AUTO("auto"),
    /** UTF-8, with or without a byte-order mark. */
    UTF_8("utf-8"),
    /** UTF-16 with a byte-order mark (little- or big-endian), as Excel's "Unicode text" writes it. */
    UTF_16("utf-16"),
    /** The Windows-1258 code page (Vietnamese Windows), tone marks as combining bytes. */
    WINDOWS_1258("windows-1258"),
    /** TCVN 5712:1993 (TCVN3, the .VnTime fonts). */
    TCVN3("tcvn3"),
    /** VNI-Windows (the VNI-Times fonts). */
    VNI("vni");

    private final String label;

    TextFileEncoding(String label) {
        this.label = label;
    }

    /**
     * {@return the name a user writes: {@code auto}, {@code utf-8}, {@code utf-16}, {@code windows-1258}, {@code
     * tcvn3}, {@code vni}}
     */
    public String label() {
        return label;
    }

    /**
     * {@return the encoding a user named, case and {@code -}/{@code _} aside ({@code UTF8}, {@code cp1258} and
     * {@code vni-windows} are accepted too)}
     *
     * @throws IllegalArgumentException naming the accepted names
     * @param name the name a user gave, e.g. {@code "utf-8"}, {@code "TCVN3"}
     */
    public static TextFileEncoding parse(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        switch (n) {
            case "auto":
                return AUTO;
            case "utf8":
                return UTF_8;
            case "utf16":
                return UTF_16;
            case "windows1258":
            case "cp1258":
                return WINDOWS_1258;
            case "tcvn3":
            case "tcvn":
            case "tcvn5712":
                return TCVN3;
            case "vni":
            case "vniwindows":
                return VNI;
            default:
                throw new IllegalArgumentException("unknown encoding '" + name
                        + "'; use auto, utf-8, utf-16, windows-1258, tcvn3 or vni");
        }
    }
}
