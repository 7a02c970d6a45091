package io.geopress.ingest;

import io.geopress.model.Article;
import io.geopress.model.SitePath;
import java.util.List;

/**
 * One article read from a file.
 *
 * @param origin where it was read, {@code FILE} or {@code FILE:LINE} for one line of a JSON Lines file
 * @param warnings what an editor should know, each naming the file and line, e.g. a translation cut short
 * @param untranslated a line per block the source gave in one language only, naming the file and line: many in a
 *     monolingual source, so shown on request ({@code --verbose}), the article's flags counting them otherwise
 * @param aliases other addresses the article had (Hugo's {@code aliases}), to redirect to it
 * @param aliasesAt where the aliases were given ({@code FILE:LINE}), for an error naming another article that holds one
 */
public record Imported(String origin, Article article, List<String> warnings, List<String> untranslated,
        List<SitePath> aliases, String aliasesAt) {
    public Imported {
        warnings = List.copyOf(warnings);
        untranslated = List.copyOf(untranslated);
        aliases = List.copyOf(aliases);
    }

    Imported(String origin, Article article, List<String> warnings, List<String> untranslated) {
        this(origin, article, warnings, untranslated, List.of(), origin);
    }

    Imported with(Article changed, List<String> moreWarnings) {
        return new Imported(origin, changed, moreWarnings, untranslated, aliases, aliasesAt);
    }
}
