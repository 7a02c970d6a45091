package io.geopress.enrich;

import io.geopress.llm.LanguageModel;
import io.geopress.model.Article;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;

/** What a test of enrichment through the real provider needs: a scripted server, the provider on it, a cache in memory. */
abstract class ScriptedEnrichment {
    final ScriptedModel server = new ScriptedModel();
    final LanguageModel model = server.model(0);
    final MemoryCache cache = new MemoryCache();

    @AfterEach
    void stop() throws Exception {
        model.close();
        server.close();
    }

    Enriched enrich(Article article, EnrichOptions options) {
        return Enrichment.withModel(model, options, cache).enrich(article);
    }

    /** A response cache in memory. */
    static final class MemoryCache implements ResponseCache {
        private final Map<String, String> replies = new ConcurrentHashMap<>();

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(replies.get(key));
        }

        @Override
        public void put(String key, String reply) {
            replies.put(key, reply);
        }

        Set<String> keys() {
            return replies.keySet();
        }
    }
}
