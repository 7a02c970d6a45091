package io.geopress.model;

import java.util.Objects;

/**
 * The code of a code block, kept exactly as written (only the characters no output can carry are removed).
 *
 * @param language the language the source named (a Markdown fence's info, a {@code language-…} class), or null
 */
public record Snippet(String language, String code) implements Block.Detail {
    public Snippet {
        language = language == null || language.isBlank() ? null : CleanText.of(language).strip();
        code = CleanText.of(Objects.requireNonNull(code, "code"));
    }
}
