package io.geopress.cli;

import io.geopress.enrich.ResponseCache;
import io.geopress.store.ArticleStore;
import java.util.Optional;

/** The store as the model's response cache (enrich, optimize, queries). */
record StoredReplies(ArticleStore store) implements ResponseCache {
    @Override
    public Optional<String> get(String key) {
        return store.reply(key);
    }

    @Override
    public void put(String key, String reply) {
        store.putReply(key, reply);
    }
}
