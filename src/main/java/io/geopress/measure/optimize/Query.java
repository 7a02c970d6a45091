package io.geopress.measure.optimize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.model.Lang;
import java.util.Objects;

/**
 * One question of a query panel, as the queries file holds it: {@code {"id","query","lang","target"}}.
 *
 * @param id stable: the slug, the language and the question's place among that language's, e.g. {@code trams-en-2}
 * @param target the slug of the article the question is meant for
 */
public record Query(String id, String query, Lang lang, String target) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Query {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(target, "target");
    }

    /** The question as one line of the queries file (JSON Lines), without the line break. */
    public String jsonLine() {
        return JSON.createObjectNode().put("id", id).put("query", query).put("lang", lang.code()).put("target", target).toString();
    }
}
