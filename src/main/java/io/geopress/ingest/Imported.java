package io.geopress.ingest;

import io.geopress.model.Article;
import java.util.List;

/**
 * One article read from a file.
 *
 * @param origin where it was read, {@code FILE} or {@code FILE:LINE} for one line of a JSON Lines file
 * @param warnings what an editor should know, each naming the file and line, e.g. a block without translation
 * @param aliases other addresses the article had (Hugo's {@code aliases}), to redirect to it
 */
public record Imported(String origin, Article article, List<String> warnings, List<String> aliases) {
    public Imported {
        warnings = List.copyOf(warnings);
        aliases = List.copyOf(aliases);
    }

    public Imported(String origin, Article article, List<String> warnings) {
        this(origin, article, warnings, List.of());
    }
}
