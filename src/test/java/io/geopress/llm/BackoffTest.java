package io.geopress.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));
    private final Instant now = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void waitsDoubleUpToTheMaximumWithTheirUpperHalfRandom() {
        assertThat(backoff.delay(1, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delay(1, 0.999)).isBetween(Duration.ofMillis(999), Duration.ofSeconds(1));
        assertThat(backoff.delay(2, 0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(4, 0.5)).isEqualTo(Duration.ofSeconds(6));
        assertThat(backoff.delay(10, 0)).isEqualTo(Duration.ofSeconds(15));
        assertThat(backoff.delay(60, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDateAndCapped() {
        assertThat(backoff.retryAfter("7", now)).isEqualTo(Duration.ofSeconds(7));
        assertThat(backoff.retryAfter("1.5", now)).isEqualTo(Duration.ofMillis(1500));
        assertThat(backoff.retryAfter("Sat, 01 Mar 2025 08:00:42 GMT", now)).isEqualTo(Duration.ofSeconds(42));
        assertThat(backoff.retryAfter("Sat, 01 Mar 2025 07:59:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(backoff.retryAfter("86400", now)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.retryAfter("soon", now)).isNull();
        assertThat(backoff.retryAfter(null, now)).isNull();
    }
}
