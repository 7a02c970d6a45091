package io.geopress.site;

import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelText;
import io.geopress.model.Listing;
import io.geopress.model.Redirect;
import io.geopress.model.StoredArticle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The published articles a build renders. Lists need every article's title, pages need one article at a time,
 * so a large site is read in batches and never held in memory whole.
 */
public interface Catalog {
    /** Every published article, newest first. */
    List<Listing> listings();

    /** Old addresses of articles (renamed slugs, Hugo aliases), to be kept working as redirects. */
    List<Redirect> redirects();

    /**
     * The slugs of the tag, category and source names of {@code listings}, which a store keeps; read after the
     * listings, so that every name they hold has one.
     */
    default LabelSlugs labelSlugs(List<Listing> listings) {
        return Tags.assign(listings);
    }

    /** What list pages say of their labels beside their names: a Hugo section's title and description, for its category. */
    default List<LabelText> labelTexts() {
        return List.of();
    }

    /** The slugs of articles withdrawn after they were published, whose addresses keep answering that they are gone. */
    default List<String> withdrawn() {
        return List.of();
    }

    /**
     * The slug of each article by the identity of its source ({@code file:posts/a.md} for a file under its content
     * root), for the links between articles by file ({@link io.geopress.model.LinkTarget#REFERENCE}); read after the
     * listings, and only when {@link #referring} is not empty.
     */
    default Map<String, String> identities() {
        return Map.of();
    }

    /** The slugs of the published articles whose live revision links to another article by file. */
    default Set<String> referring() {
        return Set.of();
    }

    /** Gets ready to hand over articles, in the calling thread: a store builds its reader of stored articles. */
    default void warmUp() {}

    /** Hands over the published articles of {@code slugs}, newest first, a batch at a time. */
    void forEachBatch(List<String> slugs, Consumer<List<StoredArticle>> action);

    /** A catalog of articles already in memory. */
    static Catalog of(List<StoredArticle> articles) {
        return of(articles, List.of());
    }

    /** A catalog of articles and redirects already in memory. */
    static Catalog of(List<StoredArticle> articles, List<Redirect> redirects) {
        return new Catalog() {
            @Override
            public List<Listing> listings() {
                return articles.stream().map(a -> new Listing(a.slug(), a.article().title(), a.article().summary(),
                        a.publishedAt(), a.article().tags(), a.article().categories(), a.article().source().name(),
                        a.modifiedAt(), a.revision())).toList();
            }

            @Override
            public List<Redirect> redirects() {
                return redirects;
            }

            @Override
            public void forEachBatch(List<String> slugs, Consumer<List<StoredArticle>> action) {
                Set<String> wanted = Set.copyOf(slugs);
                action.accept(articles.stream().filter(a -> wanted.contains(a.slug())).toList());
            }
        };
    }
}
