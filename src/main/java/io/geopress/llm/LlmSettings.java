package io.geopress.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Which language model to use and how hard to push it: the {@code llm:} section of geopress.yml with the
 * environment's overrides applied. Kept apart from the site's settings, so that changing models never changes a
 * built page's fingerprint.
 *
 * @param preset the preset the endpoint came from, or null for an endpoint given by its base URL alone
 * @param baseUrl the OpenAI-compatible endpoint, to which {@code /chat/completions} is added; null when offline
 * @param model the model to ask; null when offline
 * @param apiKeyEnv the name of the environment variable meant to hold the key, or null when none is needed
 * @param apiKey the key itself, or null; never shown by {@link #toString()}
 * @param limits timeouts, retries, rate limits and concurrency
 * @param prices what a million tokens cost, for estimates
 */
public record LlmSettings(Preset preset, URI baseUrl, String model, String apiKeyEnv, String apiKey, Limits limits, Prices prices) {
    /**
     * @param timeout how long one request may take
     * @param maxRetries how many times a failed request is tried again (429, 408, 5xx, timeouts, connection failures)
     * @param giveUpAfter how long one call may take with all its retries and waits
     * @param requestsPerMinute at most this many requests in any minute; 0 for no limit
     * @param tokensPerMinute at most this many tokens (prompt and reply) in any minute; 0 for no limit
     * @param concurrency at most this many calls at once
     */
    public record Limits(Duration timeout, int maxRetries, Duration giveUpAfter, int requestsPerMinute, int tokensPerMinute,
            int concurrency) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(120), 3, Duration.ofSeconds(300), 0, 0, 4);

        public Limits {
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
            if (giveUpAfter.isNegative() || giveUpAfter.isZero()) throw new IllegalArgumentException("giveUpAfter must be positive");
            if (maxRetries < 0 || requestsPerMinute < 0 || tokensPerMinute < 0) throw new IllegalArgumentException("negative limit");
            if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1");
        }
    }

    /** Prices per million tokens, in whatever currency the site's owner pays in. */
    public record Prices(double inputPerMillion, double outputPerMillion) {
        public static final Prices NONE = new Prices(0, 0);

        public Prices {
            if (!(inputPerMillion >= 0 && outputPerMillion >= 0)) throw new IllegalArgumentException("prices must be at least 0");
        }

        public double cost(long promptTokens, long completionTokens) {
            return (promptTokens * inputPerMillion + completionTokens * outputPerMillion) / 1_000_000;
        }
    }

    public LlmSettings {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(prices, "prices");
        if ((baseUrl == null) != (model == null)) throw new IllegalArgumentException("a base URL and a model go together");
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** No model: enrichment works extractively and says what it could not produce. */
    public static LlmSettings offline(Limits limits, Prices prices) {
        return new LlmSettings(null, null, null, null, null, limits, prices);
    }

    public boolean offline() {
        return model == null;
    }

    /** "model deepseek-chat at api.deepseek.com": how messages name the endpoint. */
    public String describe() {
        if (offline()) return "offline (no language model)";
        String host = baseUrl.getHost() == null ? baseUrl.toString() : baseUrl.getHost();
        return "model " + model + " at " + (baseUrl.getPort() == -1 ? host : host + ":" + baseUrl.getPort());
    }

    @Override
    public String toString() {
        return "LlmSettings[preset=" + (preset == null ? null : preset.id()) + ", baseUrl=" + baseUrl + ", model=" + model
                + ", apiKeyEnv=" + apiKeyEnv + ", apiKey=" + (apiKey == null ? "none" : "(redacted)") + ", limits=" + limits
                + ", prices=" + prices + "]";
    }
}
