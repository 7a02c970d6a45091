package io.geopress.measure.retrieve;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import io.geopress.model.Progress;
import io.geopress.store.Embeddings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The embeddings of passages by bge-small-zh, run in process: each passage's is read from the store that keeps it
 * (ours or the competitors'), or made and kept there when no store has it yet. The model takes a second or two to
 * load: it is loaded when a first text is embedded.
 */
final class Vectors {
    /** The model's name, part of each passage's hash: another model's vectors are never mistaken for these. */
    static final String MODEL = "bge-small-zh-v1.5-q";
    /** Passages embedded by one call of the model. */
    private static final int BATCH = 16;

    /** What making sure of some passages' vectors did. */
    record Found(int embedded, int reused) {}

    private final Function<Passage, Embeddings> storeOf;
    private final Map<String, float[]> known = new HashMap<>();
    private EmbeddingModel model;
    private int embedded;

    /** @param storeOf the store that keeps a passage's vector */
    Vectors(Function<Passage, Embeddings> storeOf) {
        this.storeOf = storeOf;
    }

    /** Reads or makes the vector of each of {@code passages}, counting the work in {@code progress}. */
    Found ensure(List<Passage> passages, Progress progress) {
        Map<Embeddings, List<Passage>> unknown = new LinkedHashMap<>();
        for (Passage p : passages) if (!known.containsKey(p.hash())) unknown.computeIfAbsent(storeOf.apply(p), s -> new ArrayList<>()).add(p);
        int reused = 0;
        List<Passage> missing = new ArrayList<>();
        for (Map.Entry<Embeddings, List<Passage>> e : unknown.entrySet()) {
            Map<String, float[]> kept = e.getKey().find(e.getValue().stream().map(Passage::hash).distinct().toList());
            known.putAll(kept);
            reused += kept.size();
            for (Passage p : e.getValue()) if (!kept.containsKey(p.hash())) missing.add(p);
        }
        return new Found(embed(distinct(missing), progress), reused);
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

    private static List<Passage> distinct(List<Passage> passages) {
        Map<String, Passage> byHash = new LinkedHashMap<>();
        for (Passage p : passages) byHash.putIfAbsent(p.hash(), p);
        return new ArrayList<>(byHash.values());
    }

    private int embed(List<Passage> passages, Progress progress) {
        if (passages.isEmpty()) return 0;
        progress.start("embed passages", passages.size());
        for (int from = 0; from < passages.size(); from += BATCH) {
            List<Passage> batch = passages.subList(from, Math.min(passages.size(), from + BATCH));
            List<Embedding> vectors = model().embedAll(batch.stream().map(p -> TextSegment.from(p.text())).toList()).content();
            Map<Embeddings, Map<String, float[]>> byStore = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                Passage p = batch.get(i);
                known.put(p.hash(), vectors.get(i).vector());
                byStore.computeIfAbsent(storeOf.apply(p), s -> new HashMap<>()).put(p.hash(), vectors.get(i).vector());
            }
            byStore.forEach(Embeddings::put);
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
