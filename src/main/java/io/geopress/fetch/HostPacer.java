package io.geopress.fetch;

import io.geopress.model.Timing;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Keeps requests to one host at least an interval apart; other hosts do not wait for it. */
final class HostPacer {
    private final Timing timing;
    private final Duration interval;
    private final Map<String, Instant> next = new HashMap<>();

    HostPacer(Timing timing, Duration interval) {
        this.timing = timing;
        this.interval = interval;
    }

    /** Waits until a request to {@code host} may be sent, and counts it as sent. */
    synchronized void await(String host) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        Instant now = timing.now();
        Instant allowed = next.get(key);
        if (allowed != null && now.isBefore(allowed)) {
            timing.sleep(Duration.between(now, allowed));
            now = timing.now();
        }
        next.put(key, now.plus(interval));
    }
}
