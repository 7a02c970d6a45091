package io.geopress.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the dates front matter carries: {@code 2024-05-01}, {@code 2024-05-01T09:30:00+08:00} (or {@code Z}),
 * {@code 2024-05-01 09:30} (seconds optional, a space or {@code T} between date and time, an optional offset
 * after an optional space, {@code +0800} or {@code +08:00}), and {@code 2024/5/1} (with an optional
 * {@code H:mm[:ss]} time). A date or time without an offset is in the site's zone; a date alone is its start.
 */
final class Dates {
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d[ H:mm[:ss]]", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) +(?=\\d)");
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("(\\d) +(?=[+-]\\d{2}:?\\d{2}$|Z$)");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private Dates() {}

    /** The date the text denotes, or null when it is not one of the accepted forms or not a real date. */
    static OffsetDateTime parse(String text, ZoneId zone) {
        String t = text.strip();
        if (t.isEmpty()) return null;
        if (t.indexOf('/') >= 0) return slashed(t, zone);
        t = SPACE_BEFORE_TIME.matcher(t).replaceFirst("$1T");
        t = SPACE_BEFORE_OFFSET.matcher(t).replaceFirst("$1");
        if (t.indexOf('T') >= 0) t = OFFSET_WITHOUT_COLON.matcher(t).replaceFirst("$1:$2");
        try {
            if (t.indexOf('T') < 0) return LocalDate.parse(t).atStartOfDay(zone).toOffsetDateTime();
            if (t.endsWith("Z") || t.matches(".*T.*[+-]\\d{2}:\\d{2}$")) return OffsetDateTime.parse(t);
            return LocalDateTime.parse(t).atZone(zone).toOffsetDateTime();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static OffsetDateTime slashed(String t, ZoneId zone) {
        try {
            TemporalAccessor parsed = SLASHED.parse(t);
            LocalDate date = LocalDate.from(parsed);
            LocalDateTime at = parsed.isSupported(ChronoField.HOUR_OF_DAY)
                    ? LocalDateTime.from(parsed) : date.atStartOfDay();
            return at.atZone(zone).toOffsetDateTime();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
