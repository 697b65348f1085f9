package org.parcelrecon.core.citizen;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The current year in Vietnam, recomputed only when the clock passes the next new year, so that parsing millions
 * of IDs does not build a date for each. Thread-safe: the cached value is an immutable pair behind a volatile.
 */
final class CurrentYear {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private record Cached(int year, long nextYearStartsAtMillis) {
    }

    private static volatile Cached cached = compute(System.currentTimeMillis());

    private CurrentYear() {
    }

    static int inVietnam() {
        long now = System.currentTimeMillis();
        Cached c = cached;
        if (now >= c.nextYearStartsAtMillis()) {
            c = compute(now);
            cached = c;
        }
        return c.year();
    }

    private static Cached compute(long nowMillis) {
        int year = Year.from(ZonedDateTime.ofInstant(Instant.ofEpochMilli(nowMillis), VIETNAM)).getValue();
        long next = ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, VIETNAM).toInstant().toEpochMilli();
        return new Cached(year, next);
    }
}
