package io.geopress.llm;

import io.geopress.model.FakeTiming;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final FakeTiming timing = new FakeTiming();

    @Test
    void withoutLimitsNothingWaits() throws Exception {
        RateLimiter limiter = new RateLimiter(0, 0, timing);
        for (int i = 0; i < 1000; i++) limiter.acquire(100_000);
        assertThat(timing.sleeps()).isEmpty();
    }

    @Test
    void aRequestOverTheRequestLimitWaitsUntilTheOldestLeavesTheMinute() throws Exception {
        RateLimiter limiter = new RateLimiter(2, 0, timing);
        limiter.acquire(1);
        timing.pass(Duration.ofSeconds(15));
        limiter.acquire(1);
        limiter.acquire(1);
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(45));
        limiter.acquire(1);
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(45), Duration.ofSeconds(15));
    }

    @Test
    void tokensOverTheTokenLimitWaitUntilEnoughHaveLeftTheMinute() throws Exception {
        RateLimiter limiter = new RateLimiter(0, 1000, timing);
        limiter.acquire(400);
        timing.pass(Duration.ofSeconds(10));
        limiter.acquire(400);
        timing.pass(Duration.ofSeconds(10));
        limiter.acquire(500); // 800 + 500 > 1000: waits for the first 400 to leave, not the second
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(40));
    }

    @Test
    void aSettledTicketFreesTheTokensItDidNotUse() throws Exception {
        RateLimiter limiter = new RateLimiter(0, 1000, timing);
        limiter.acquire(900).settle(100);
        limiter.acquire(900);
        assertThat(timing.sleeps()).isEmpty();
    }

    @Test
    void aRequestLargerThanTheWholeTokenLimitStillGoesAlone() throws Exception {
        RateLimiter limiter = new RateLimiter(0, 1000, timing);
        limiter.acquire(5000);
        assertThat(timing.sleeps()).isEmpty();
        limiter.acquire(10);
        assertThat(timing.sleeps()).containsExactly(Duration.ofMinutes(1));
    }
}
