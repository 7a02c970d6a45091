package io.geopress.model;

import java.util.List;
import java.util.Objects;

/**
 * A question a reader would ask, answered from the article.
 *
 * @param blocks the positions in the body (from 0) of the blocks the answer draws on; empty when not known
 */
public record Faq(Bilingual question, Bilingual answer, List<Integer> blocks) {
    public Faq {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        blocks = List.copyOf(blocks == null ? List.of() : blocks);
    }

    public Faq(Bilingual question, Bilingual answer) {
        this(question, answer, List.of());
    }
}
