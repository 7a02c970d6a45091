package io.geopress.ingest;

import io.geopress.model.Article;
import java.util.List;

/**
 * One article read from a file.
 *
 * @param origin where it was read, {@code FILE} or {@code FILE:LINE} for one line of a JSON Lines file
 * @param warnings what an editor should know, each naming the file and line, e.g. a block without translation
 */
public record Imported(String origin, Article article, List<String> warnings) {
    public Imported {
        warnings = List.copyOf(warnings);
    }
}
