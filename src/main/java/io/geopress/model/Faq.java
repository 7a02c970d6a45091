package io.geopress.model;

import java.util.Objects;

public record Faq(Bilingual question, Bilingual answer) {
    public Faq {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
