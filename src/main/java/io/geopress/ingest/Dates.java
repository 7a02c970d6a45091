package io.geopress.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as sources write them: ISO-8601 with or without an offset ({@code Z}, {@code +08:00}, {@code +0800}),
 * {@code 2026-03-11 10:42}, {@code 2026/3/17}, {@code 2026.3.17}, {@code 2026年3月17日 10:42}. A date or time without an
 * offset is in the site's zone; a date alone is its start. Impossible dates (2026-02-30) are no dates.
 */
final class Dates {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?:\\s*日)?"
                    + "(?:[T\\s]+(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2})(?:[.,]\\d+)?)?)?"
                    + "(?:\\s*(Z|[+-]\\d{2}(?::?\\d{2})?))?");

    private Dates() {}

    /** The date when the whole text is one, else null. */
    static OffsetDateTime parse(String text, ZoneId zone) {
        if (text == null) return null;
        Matcher m = DATE.matcher(text.strip());
        return m.matches() ? toDateTime(m, zone) : null;
    }

    /** The first date found anywhere in the text, or null. */
    static OffsetDateTime find(String text, ZoneId zone) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            OffsetDateTime date = toDateTime(m, zone);
            if (date != null) return date;
        }
        return null;
    }

    private static OffsetDateTime toDateTime(Matcher m, ZoneId zone) {
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            LocalDateTime at = m.group(4) == null ? date.atStartOfDay()
                    : date.atTime(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
            return m.group(7) == null ? at.atZone(zone).toOffsetDateTime() : at.atOffset(offset(m.group(7)));
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
        return ZoneOffset.of(digits.length() == 3 ? digits : digits.substring(0, 3) + ":" + digits.substring(3));
    }
}
