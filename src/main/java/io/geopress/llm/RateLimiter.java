package io.geopress.llm;

import io.geopress.model.Timing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Keeps requests and tokens within per-minute limits over a sliding minute. A request reserves its estimated
 * tokens before it is sent and settles them at the provider's count once answered. A limit of 0 is no limit.
 */
final class RateLimiter {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int requestsPerMinute;
    private final int tokensPerMinute;
    private final Timing timing;
    private final Deque<Ticket> window = new ArrayDeque<>(); // oldest first; guarded by this

    RateLimiter(int requestsPerMinute, int tokensPerMinute, Timing timing) {
        if (requestsPerMinute < 0 || tokensPerMinute < 0) throw new IllegalArgumentException("negative limit");
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
        this.timing = timing;
    }

    /** A reservation of one request and some tokens within the window. */
    final class Ticket {
        private final Instant at;
        private int tokens;

        private Ticket(Instant at, int tokens) {
            this.at = at;
            this.tokens = tokens;
        }

        /** Replaces the estimate with the tokens the provider counted. */
        void settle(int counted) {
            synchronized (RateLimiter.this) {
                tokens = counted;
            }
        }
    }

    /** Waits until one more request of {@code tokens} fits both limits, then reserves it. */
    Ticket acquire(int tokens) throws InterruptedException {
        while (true) {
            Duration wait;
            synchronized (this) {
                Instant now = timing.now();
                while (!window.isEmpty() && !window.peekFirst().at.plus(WINDOW).isAfter(now)) window.removeFirst();
                Instant free = whenFree(tokens);
                if (free == null) {
                    Ticket ticket = new Ticket(now, tokens);
                    window.addLast(ticket);
                    return ticket;
                }
                wait = Duration.between(now, free);
            }
            timing.sleep(wait);
        }
    }

    /** When enough of the window will have expired for the request to fit, or null when it fits now. */
    private Instant whenFree(int tokens) {
        int requests = window.size();
        long used = 0;
        for (Ticket t : window) used += t.tokens;
        boolean overRequests = requestsPerMinute > 0 && requests >= requestsPerMinute;
        // a request larger than the whole limit still goes, alone, or it would never go
        boolean overTokens = tokensPerMinute > 0 && used + tokens > tokensPerMinute && requests > 0;
        if (!overRequests && !overTokens) return null;
        Instant free = null;
        for (Iterator<Ticket> it = window.iterator(); it.hasNext() && (overRequests || overTokens); ) {
            Ticket expiring = it.next();
            free = expiring.at.plus(WINDOW);
            requests--;
            used -= expiring.tokens;
            overRequests = requestsPerMinute > 0 && requests >= requestsPerMinute;
            overTokens = tokensPerMinute > 0 && used + tokens > tokensPerMinute && requests > 0;
        }
        return free;
    }
}
