package io.geopress.model;

import java.util.List;
import java.util.Objects;

/**
 * A question a reader would ask, answered from the article.
 *
 * @param blocks the ids of the body's blocks the answer draws on; empty when not known
 */
public record Faq(Bilingual question, Bilingual answer, List<String> blocks) {
    public Faq {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        question = question.plain();
        blocks = List.copyOf(blocks == null ? List.of() : blocks);
    }

    public Faq(Bilingual question, Bilingual answer) {
        this(question, answer, List.of());
    }
}
