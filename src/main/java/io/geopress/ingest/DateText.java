package io.geopress.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as pages write it: ISO-8601 with or without a zone, {@code 2026-03-11 10:42},
 * {@code 2026/03/11}, {@code 2026年3月11日 10:42}. A date without a zone is in the site's zone.
 */
final class DateText {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?"
                    + "(?:(?:[T\\s]+)(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2})(?:[.,]\\d+)?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private DateText() {}

    /** The date, or null when the text holds none. */
    static OffsetDateTime parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        try {
            return ZonedDateTime.parse(t).toOffsetDateTime();
        } catch (DateTimeException e) {
            // not full ISO-8601 with a zone; try the looser forms below
        }
        Matcher m = DATE.matcher(t);
        if (!m.lookingAt()) return null;
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            LocalDateTime time = m.group(4) == null ? date.atStartOfDay()
                    : date.atTime(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
            if (m.group(7) == null) return time.atZone(zone).toOffsetDateTime();
            return time.atOffset(offset(m.group(7)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) return ZoneOffset.UTC;
        String digits = text.replace(":", "");
        return digits.length() == 3 ? ZoneOffset.of(digits) : ZoneOffset.of(digits.substring(0, 3) + ":" + digits.substring(3));
    }
}
