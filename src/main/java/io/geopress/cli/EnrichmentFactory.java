package io.geopress.cli;

import io.geopress.enrich.EnrichOptions;
import io.geopress.enrich.Enrichment;
import io.geopress.enrich.ResponseCache;
import io.geopress.llm.LanguageModel;

/** Where the enrich command gets its steps: the enrich package's, or in tests a fake. */
interface EnrichmentFactory {
    Enrichment offline(EnrichOptions options);

    Enrichment withModel(LanguageModel model, EnrichOptions options, ResponseCache cache);

    EnrichmentFactory STEPS = new EnrichmentFactory() {
        @Override
        public Enrichment offline(EnrichOptions options) {
            return Enrichment.offline(options);
        }

        @Override
        public Enrichment withModel(LanguageModel model, EnrichOptions options, ResponseCache cache) {
            return Enrichment.withModel(model, options, cache);
        }
    };
}
