package io.geopress.measure.engine;

import io.geopress.enrich.ResponseCache;
import io.geopress.llm.LanguageModel;
import io.geopress.measure.retrieve.RetrievedSource;
import java.util.List;
import java.util.function.Consumer;

/** Writes a generative engine's answer to a query from the sources it retrieved, citing them as {@code [rank]}. */
public interface Answerer {
    /** The answer to {@code query} from {@code sources}; {@code sample} (0, 1, …) tells the samples of one query apart. */
    String answer(Query query, List<RetrievedSource> sources, int sample);

    /** "offline" or "model". */
    String engine();

    /** The model's name, or "extractive". */
    String model();

    /** The offline engine: sentences picked by relevance with diversity, deterministic (every sample is the same). */
    static Answerer extractive() {
        return new ExtractiveAnswerer(ExtractiveAnswerer.MAX_SENTENCES, ExtractiveAnswerer.MAX_CHARACTERS);
    }

    /**
     * The GEO paper's engine through {@code model}: its answer prompt, sampled at {@code options}' temperature.
     *
     * @param cache keeps replies by prompt, model and sample, so that the same run asked again costs nothing
     * @param notices receives a line for each reply cut off at the token limit
     */
    static Answerer withModel(LanguageModel model, ModelOptions options, ResponseCache cache, Consumer<String> notices) {
        return new ModelAnswerer(model, options, cache, notices);
    }
}
