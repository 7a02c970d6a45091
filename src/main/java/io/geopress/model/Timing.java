package io.geopress.model;

import java.time.Duration;
import java.time.Instant;

/** The clock and the sleep behind retries, rate limits and request pacing; tests pass one that only pretends to wait. */
public interface Timing {
    Timing SYSTEM = new Timing() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }
    };

    Instant now();

    void sleep(Duration duration) throws InterruptedException;
}
