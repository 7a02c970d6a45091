package io.geopress.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Who or what produced a part of an article.
 *
 * @param agent {@code import:text}, {@code import:html}, {@code editor}, or a model name
 * @param detail the file imported, the prompt version, …
 * @param at when it was produced
 * @param generated true when a machine wrote the text (the page labels those parts)
 */
public record Provenance(String agent, String detail, Instant at, boolean generated) {
    /** The agent of a part an editor wrote by hand. */
    public static final String EDITOR = "editor";

    public Provenance {
        Objects.requireNonNull(agent, "agent");
        agent = CleanText.of(agent);
        detail = detail == null ? "" : CleanText.of(detail);
        Objects.requireNonNull(at, "at");
    }
}
