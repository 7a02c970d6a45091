package io.geopress.enrich;

import java.util.Optional;

/**
 * Model replies kept by key, so that enriching an unchanged article makes no model call. The key names the step,
 * its prompt version, the model and a hash of the request (see {@code Enrichment}); the store keeps them.
 */
public interface ResponseCache {
    Optional<String> get(String key);

    void put(String key, String reply);

    /** A cache that keeps nothing: every request goes to the model. */
    ResponseCache NONE = new ResponseCache() {
        @Override
        public Optional<String> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, String reply) {}
    };
}
