package io.geopress.llm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How long to wait before trying a failed request again.
 *
 * @param first the wait before the first retry, doubled for each one after it
 * @param max the longest wait backoff alone leads to
 * @param retryAfterCap the longest wait a server's Retry-After is followed for
 */
record Backoff(Duration first, Duration max, Duration retryAfterCap) {
    static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));

    /**
     * The wait before retry number {@code retry} (1 for the first). Its upper half is random ({@code random} in
     * [0, 1)) so that clients that failed together do not all come back together.
     */
    Duration delay(int retry, double random) {
        long full = Math.min(max.toMillis(), first.toMillis() << Math.min(retry - 1, 30));
        return Duration.ofMillis(full / 2 + (long) (random * (full - full / 2)));
    }

    /** The wait a Retry-After header asks for, in seconds or as an HTTP date, at most {@link #retryAfterCap}; null when unreadable. */
    Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) return null;
        Duration asked;
        try {
            asked = Duration.ofMillis(Math.round(Double.parseDouble(header.strip()) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                asked = Duration.between(now, ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
        if (asked.isNegative()) return Duration.ZERO;
        return asked.compareTo(retryAfterCap) > 0 ? retryAfterCap : asked;
    }
}
