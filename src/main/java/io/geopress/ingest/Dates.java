package io.geopress.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as sources write them: 2026-03-11 10:42, 2026/3/17, 2026年3月17日, ISO-8601 with or without zone. */
final class Dates {
    private static final Pattern LOOSE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?:\\s*日)?(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private Dates() {}

    /** A date found anywhere in the text, or null. */
    static OffsetDateTime find(String text, ZoneId zone) {
        Matcher m = LOOSE.matcher(text);
        return m.find() ? toDateTime(m, zone) : null;
    }

    /** The text when it is nothing but a date, else null. */
    static OffsetDateTime parseWhole(String text, ZoneId zone) {
        Matcher m = LOOSE.matcher(text.strip());
        return m.matches() ? toDateTime(m, zone) : null;
    }

    /** ISO-8601 first (with offset, local date-time, date), then the loose forms; null when it is no date. */
    static OffsetDateTime parse(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException ignored) {
            // try the forms without an offset next
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // and the loose forms last
        }
        return parseWhole(t, zone);
    }

    private static OffsetDateTime toDateTime(Matcher m, ZoneId zone) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return date.atTime(time).atZone(zone).toOffsetDateTime();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
