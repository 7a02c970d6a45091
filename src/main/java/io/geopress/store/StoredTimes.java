package io.geopress.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads back the times the store wrote (the {@code toString} of an OffsetDateTime or Instant) without
 * java.time's general parser, which costs a build of 10,000 articles a fifth of a second when the JVM is cold.
 * Anything not in that exact shape goes to the general parser.
 */
final class StoredTimes {
    private static final int[] SCALE = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    private StoredTimes() {}

    static OffsetDateTime offsetDateTime(String text) {
        OffsetDateTime quick = quick(text);
        return quick != null ? quick : OffsetDateTime.parse(text);
    }

    static Instant instant(String text) {
        OffsetDateTime quick = text.endsWith("Z") ? quick(text) : null;
        return quick != null ? quick.toInstant() : Instant.parse(text);
    }

    /** {@code 2025-07-20T08:30[:15[.123456789]](Z|+08:00)}, or null. */
    private static OffsetDateTime quick(String s) {
        int n = s.length();
        if (n < 17 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') return null;
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2), hour = digits(s, 11, 2), minute = digits(s, 14, 2);
        int second = 0, nano = 0, i = 16;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, 17, 2);
            i = 19;
            if (i < n && s.charAt(i) == '.') {
                int from = ++i;
                while (i < n && Character.isDigit(s.charAt(i))) i++;
                if (i == from || i - from > 9) return null;
                nano = digits(s, from, i - from) * SCALE[9 - (i - from)];
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int hours = digits(s, i + 1, 2), minutes = digits(s, i + 4, 2);
            if (hours < 0 || minutes < 0) return null;
            int seconds = hours * 3600 + minutes * 60;
            offset = ZoneOffset.ofTotalSeconds(s.charAt(i) == '-' ? -seconds : seconds);
        } else {
            return null;
        }
        if ((year | month | day | hour | minute | second) < 0) return null;
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException e) {
            return null; // out of range: the general parser says why
        }
    }

    /** The number written by {@code length} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int length) {
        if (from + length > s.length()) return -1;
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
