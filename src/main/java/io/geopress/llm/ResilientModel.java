package io.geopress.llm;

import io.geopress.model.Timing;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * A model behind bounded concurrency, rate limits and retries. A request that fails with a rate limit, a server
 * error, a timeout or a connection failure is tried again after a backoff (or the server's Retry-After), until
 * the retries or the time allowed run out; then one {@link LlmException} says what failed.
 */
final class ResilientModel implements LanguageModel {
    private final ChatEndpoint endpoint;
    private final String name;
    private final String where;
    private final LlmSettings.Limits limits;
    private final Backoff backoff;
    private final RateLimiter limiter;
    private final Semaphore calls;
    private final Timing timing;
    private final DoubleSupplier jitter;
    private final Consumer<String> notices;

    ResilientModel(ChatEndpoint endpoint, LlmSettings settings, Backoff backoff, Timing timing, DoubleSupplier jitter,
            Consumer<String> notices) {
        this.endpoint = endpoint;
        this.name = settings.model();
        this.where = settings.describe();
        this.limits = settings.limits();
        this.backoff = backoff;
        this.limiter = new RateLimiter(limits.requestsPerMinute(), limits.tokensPerMinute(), timing);
        this.calls = new Semaphore(limits.concurrency(), true);
        this.timing = timing;
        this.jitter = jitter;
        this.notices = notices;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ChatReply chat(ChatRequest request) {
        try {
            calls.acquire();
            try {
                return withRetries(request);
            } finally {
                calls.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(where + ": interrupted");
        }
    }

    private ChatReply withRetries(ChatRequest request) throws InterruptedException {
        int attempts = limits.maxRetries() + 1;
        Instant start = null;
        AttemptFailure failure = null;
        for (int attempt = 1; ; attempt++) {
            RateLimiter.Ticket ticket = limiter.acquire(request.estimatedTokens());
            if (start == null) start = timing.now(); // waiting for the rate limit before the first try is not failing
            Duration left = limits.giveUpAfter().minus(Duration.between(start, timing.now()));
            if (failure != null && (left.isNegative() || left.isZero())) throw giveUp(failure, attempt - 1, start, "; out of time");
            try {
                ChatReply reply = endpoint.send(request, left.compareTo(limits.timeout()) < 0 ? left : limits.timeout());
                if (reply.totalTokens() > 0) ticket.settle(reply.totalTokens());
                return reply;
            } catch (AttemptFailure f) {
                failure = f;
            }
            if (!failure.retryable()) throw new LlmException(where + ": " + failure.getMessage() + " (not retried)");
            Duration asked = backoff.retryAfter(failure.retryAfter(), timing.now());
            Duration wait = asked != null ? asked : backoff.delay(attempt, jitter.getAsDouble());
            if (attempt >= attempts) throw giveUp(failure, attempt, start, "");
            if (Duration.between(start, timing.now()).plus(wait).compareTo(limits.giveUpAfter()) >= 0) {
                throw giveUp(failure, attempt, start, "; the next try would start past the limit of " + Seconds.of(limits.giveUpAfter()));
            }
            notices.accept(where + ": " + failure.getMessage() + "; trying again in " + Seconds.of(wait) + " (attempt "
                    + (attempt + 1) + " of " + attempts + ")");
            timing.sleep(wait);
        }
    }

    private LlmException giveUp(AttemptFailure failure, int attempts, Instant start, String why) {
        return new LlmException(where + ": " + failure.getMessage() + " after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                + " in " + Seconds.of(Duration.between(start, timing.now())) + why);
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
