package io.geopress.enrich;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.geopress.model.Lang;
import io.geopress.text.Extracts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How well a text is supported by passages, by the bge-small-zh embedding model run in process. Texts must be in one
 * language: the model scores a Chinese sentence against its own English translation barely above an unrelated
 * Chinese one (DESIGN.md §4). The model takes a second or more to load: it is loaded on first use, once.
 */
final class Grounding {
    /**
     * The least cosine similarity at which an answer counts as supported by a cited block, per language. Measured in
     * GroundingTest (it prints the scores) on answers about one block: in Chinese, answers drawn from it scored 0.82
     * and 0.83, made-up answers on the same subject 0.60; in English (a Chinese model, so less sharp) 0.88 and 0.89
     * against 0.72 and 0.77. Each threshold sits between the two groups, nearer the made-up ones' side in Chinese.
     */
    static double threshold(Lang lang) {
        return lang == Lang.ZH ? 0.72 : 0.83;
    }

    private volatile EmbeddingModel model;

    /**
     * The best similarity of {@code text} to any of {@code passages}, or to any one or two consecutive sentences of
     * them; 0 when there are none. An answer usually draws on a sentence or two of a long block, and compared with
     * the whole block it scores well below the threshold: the rest of the block dilutes the match.
     */
    double support(String text, List<String> passages) {
        Embedding answer = model().embed(text).content();
        double best = 0;
        for (String part : parts(passages)) best = Math.max(best, CosineSimilarity.between(answer, model().embed(part).content()));
        return best;
    }

    private static Set<String> parts(List<String> passages) {
        Set<String> parts = new LinkedHashSet<>();
        for (String passage : passages) {
            if (passage.isBlank()) continue;
            parts.add(passage);
            List<String> sentences = Extracts.sentences(passage);
            for (int i = 0; i < sentences.size(); i++) {
                parts.add(sentences.get(i));
                if (i + 1 < sentences.size()) parts.add(sentences.get(i) + sentences.get(i + 1));
            }
        }
        return parts;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) model = new BgeSmallZhV15QuantizedEmbeddingModel();
                m = model;
            }
        }
        return m;
    }
}
