package io.geopress.ingest;

import io.geopress.model.Article;
import io.geopress.model.Publication;
import io.geopress.model.SitePath;
import java.nio.file.Path;
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
 * @param images the local image files the article's figures name, for the import to capture into the media store
 * @param key what makes it the same article when imported again, as its source tells: {@code id:ID} for an id the
 *     source gives (JSON Lines {@code id}, a feed's {@code guid}), {@code file:PATH} for a file's path under its content
 *     root, {@code url:URL} for a fetched page; null when the source tells nothing (a JSON Lines line without an id),
 *     and the store falls back to the article's source URL, slug, or source name with title
 * @param publication whether the source has it as a draft, and when it expires, for {@code import --publish}
 */
public record Imported(String origin, Article article, List<String> warnings, List<String> untranslated,
        List<SitePath> aliases, String aliasesAt, List<LocalImage> images, String key, Publication publication) {
    public Imported {
        warnings = List.copyOf(warnings);
        untranslated = List.copyOf(untranslated);
        aliases = List.copyOf(aliases);
        images = List.copyOf(images);
        publication = publication == null ? Publication.LIVE : publication;
    }

    public Imported(String origin, Article article, List<String> warnings, List<String> untranslated,
            List<SitePath> aliases, String aliasesAt, List<LocalImage> images, String key) {
        this(origin, article, warnings, untranslated, aliases, aliasesAt, images, key, Publication.LIVE);
    }

    public Imported(String origin, Article article, List<String> warnings, List<String> untranslated,
            List<SitePath> aliases, String aliasesAt, List<LocalImage> images) {
        this(origin, article, warnings, untranslated, aliases, aliasesAt, images, null);
    }

    /**
     * An image file on this machine that a figure names.
     *
     * @param src the figure's {@code src} as the importer wrote it (the path as the source gave it)
     * @param file where that path leads, resolved against the source file (or a Hugo site's {@code static/} folder)
     * @param origin {@code FILE:LINE} where the source named it, for a warning when it cannot be read
     */
    public record LocalImage(String src, Path file, String origin) {}

    public Imported(String origin, Article article, List<String> warnings, List<String> untranslated,
            List<SitePath> aliases, String aliasesAt) {
        this(origin, article, warnings, untranslated, aliases, aliasesAt, List.of());
    }

    Imported(String origin, Article article, List<String> warnings, List<String> untranslated) {
        this(origin, article, warnings, untranslated, List.of(), origin, List.of());
    }

    Imported with(Article changed, List<String> moreWarnings) {
        return new Imported(origin, changed, moreWarnings, untranslated, aliases, aliasesAt, images, key, publication);
    }

    /** This article with more old addresses to redirect to it. */
    Imported withAliases(List<SitePath> more, List<String> moreWarnings) {
        return new Imported(origin, article, moreWarnings, untranslated, more, aliasesAt, images, key, publication);
    }

    /** This article with the identity {@code key} (see the record's description). */
    public Imported withKey(String key) {
        return new Imported(origin, article, warnings, untranslated, aliases, aliasesAt, images, key, publication);
    }

    public Imported with(Article changed, List<String> moreWarnings, List<LocalImage> remaining) {
        return new Imported(origin, changed, moreWarnings, untranslated, aliases, aliasesAt, remaining, key, publication);
    }
}
