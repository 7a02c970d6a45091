package io.geopress.measure.retrieve;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import io.geopress.model.Progress;
import io.geopress.store.Embeddings;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embeddings of passages by bge-small-zh, run in process: each passage's is read from the store that keeps them,
 * or made and kept there when it has none yet. The model takes a second or two to load: it is loaded when a first
 * text is embedded.
 */
final class Vectors {
    /** The model's name, part of each passage's hash: another model's vectors are never mistaken for these. */
    static final String MODEL = "bge-small-zh-v1.5-q";
    /** Passages embedded by one call of the model. */
    private static final int BATCH = 16;

    /** What making sure of some passages' vectors did. */
    record Found(int embedded, int reused) {}

    private final Embeddings store;
    private final Map<String, float[]> known = new HashMap<>();
    private EmbeddingModel model;
    private int embedded;

    Vectors(Embeddings store) {
        this.store = store;
    }

    /** Reads or makes the vector of each of {@code passages}, counting the work in {@code progress}. */
    Found ensure(List<Passage> passages, Progress progress) {
        Map<String, Passage> unknown = new LinkedHashMap<>();
        for (Passage p : passages) if (!known.containsKey(p.hash())) unknown.putIfAbsent(p.hash(), p);
        Map<String, float[]> kept = store.find(unknown.keySet());
        known.putAll(kept);
        List<Passage> missing = unknown.values().stream().filter(p -> !kept.containsKey(p.hash())).toList();
        return new Found(embed(missing, progress), kept.size());
    }

    /** The vector of a passage {@link #ensure} has seen. */
    float[] of(Passage passage) {
        return known.get(passage.hash());
    }

    /** The vector of a query (not kept). */
    float[] query(String text) {
        return model().embed(text).content().vector();
    }

    /** Passages this instance has embedded so far. */
    int embedded() {
        return embedded;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private int embed(List<Passage> passages, Progress progress) {
        if (passages.isEmpty()) return 0;
        progress.start("embed passages", passages.size());
        for (int from = 0; from < passages.size(); from += BATCH) {
            List<Passage> batch = passages.subList(from, Math.min(passages.size(), from + BATCH));
            List<Embedding> vectors = model().embedAll(batch.stream().map(p -> TextSegment.from(p.text())).toList()).content();
            Map<String, float[]> made = new HashMap<>();
            for (int i = 0; i < batch.size(); i++) made.put(batch.get(i).hash(), vectors.get(i).vector());
            store.put(made);
            known.putAll(made);
            progress.advance(from + batch.size());
        }
        progress.finish();
        embedded += passages.size();
        return passages.size();
    }

    private EmbeddingModel model() {
        if (model == null) model = new BgeSmallZhV15QuantizedEmbeddingModel();
        return model;
    }
}
