package io.geopress.llm;

import io.geopress.model.Timing;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/** Opens the language model that {@link LlmSettings} describe. */
public final class LanguageModels {
    private LanguageModels() {}

    /**
     * The configured model behind its rate limits, concurrency bound and retries.
     *
     * @param notices receives a line for each retry, naming the model, what failed and how long it waits
     * @throws LlmException when the settings are offline or the key they name is not set
     */
    public static LanguageModel open(LlmSettings settings, Consumer<String> notices) {
        return open(settings, notices, Timing.SYSTEM, () -> ThreadLocalRandom.current().nextDouble());
    }

    static LanguageModel open(LlmSettings settings, Consumer<String> notices, Timing timing, DoubleSupplier jitter) {
        if (settings.offline()) {
            throw new LlmException("no language model configured: set llm.preset in geopress.yml or GEOPRESS_LLM_PROVIDER");
        }
        if (settings.apiKey() == null && settings.apiKeyEnv() != null) {
            throw new LlmException(settings.describe() + ": no API key: set " + settings.apiKeyEnv() + " or GEOPRESS_LLM_API_KEY");
        }
        return new ResilientModel(new ChatEndpoint(settings), settings, Backoff.DEFAULT, timing, jitter, notices);
    }
}
