package org.parcelrecon.core.parcel;

import java.util.Objects;
import java.util.Optional;

/**
 * The key of a land parcel as registers and maps write it: map sheet number (số tờ bản đồ), plot number
 * (số thửa) and, when known, the 5-digit code of the commune the sheet belongs to.
 *
 * <p>Sheets are numbered per commune (per survey), so a key without a commune code is only unique within one
 * commune's data. Since the 2025 merger, sheets keep the numbering of the <em>old</em> commune: key a parcel by
 * the old commune code when there is one (see {@code org.parcelrecon.core.admin}).
 *
 * <p>Sheet and plot are whole numbers from 1 to {@value #MAX_NUMBER}; leading zeros are not part of them
 * ({@code "0078"} is plot 78). Lettered numbers seen in some registers ({@code "12a"}, {@code "345b"}) are not
 * supported: the parser rejects them with a reason rather than guessing what the letter means.
 *
 * <p>{@link #toString()} is the canonical form, read back by {@link ParcelKeys#parseCanonical(String)}:
 * <table>
 *   <caption>Canonical forms</caption>
 *   <tr><th>key</th><th>toString</th></tr>
 *   <tr><td>sheet 12, plot 345, commune 06652</td><td>{@code 06652:12/345}</td></tr>
 *   <tr><td>sheet 12, plot 345, no commune</td><td>{@code 12/345}</td></tr>
 * </table>
 *
 * @param sheet       the map sheet number, 1 to {@value #MAX_NUMBER}
 * @param plot        the plot number on that sheet, 1 to {@value #MAX_NUMBER}
 * @param communeCode the commune code, exactly 5 ASCII digits (e.g. {@code "06652"}), if known
 */
public record ParcelKey(int sheet, int plot, Optional<String> communeCode) {
    /** The largest sheet or plot number accepted (six digits). */
    public static final int MAX_NUMBER = 999_999;

    /**
     * Checks that sheet and plot are in range.
     *
     * @param sheet the map sheet number, 1 to {@value #MAX_NUMBER}
     * @param plot the plot number on that sheet, 1 to {@value #MAX_NUMBER}
     * @param communeCode the commune code, exactly 5 ASCII digits (e.g. {@code "06652"}), if known
     */
    public ParcelKey {
        Objects.requireNonNull(communeCode, "communeCode");
        if (sheet < 1 || sheet > MAX_NUMBER) {
            throw new IllegalArgumentException("sheet must be 1 to " + MAX_NUMBER + ", got " + sheet);
        }
        if (plot < 1 || plot > MAX_NUMBER) {
            throw new IllegalArgumentException("plot must be 1 to " + MAX_NUMBER + ", got " + plot);
        }
        communeCode.ifPresent(c -> {
            if (!c.matches("[0-9]{5}")) {
                throw new IllegalArgumentException("commune code must be 5 ASCII digits, got '" + c + "'");
            }
        });
    }

    /**
     * {@return a key without a commune code}
     *
     * @param sheet the map sheet number, 1 to {@value #MAX_NUMBER}
     * @param plot the plot number on that sheet, 1 to {@value #MAX_NUMBER}
     */
    public static ParcelKey of(int sheet, int plot) {
        return new ParcelKey(sheet, plot, Optional.empty());
    }

    /**
     * {@return a key with a commune code, e.g. {@code of("06652", 12, 345)}}
     *
     * @param communeCode the commune code, exactly 5 ASCII digits (e.g. {@code "06652"}), if known
     * @param sheet the map sheet number, 1 to {@value #MAX_NUMBER}
     * @param plot the plot number on that sheet, 1 to {@value #MAX_NUMBER}
     */
    public static ParcelKey of(String communeCode, int sheet, int plot) {
        Objects.requireNonNull(communeCode, "communeCode");
        return new ParcelKey(sheet, plot, Optional.of(communeCode));
    }

    /** The canonical form: {@code 06652:12/345}, or {@code 12/345} without a commune. */
    @Override
    public String toString() {
        return communeCode.map(c -> c + ":").orElse("") + sheet + "/" + plot;
    }
}
