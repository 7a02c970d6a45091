package io.geopress.measure.retrieve;

import io.geopress.config.SiteConfig;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import io.geopress.site.SiteBuilder;
import io.geopress.store.ArticleStore;
import java.util.Comparator;
import java.util.List;

/** The site's own articles as retrieval reads them, in slug order. */
final class OurArticles {
    private OurArticles() {}

    /**
     * The live articles at their published revision when {@code published}; otherwise every article but those withdrawn
     * at its latest revision, so that a draft or an edit not yet published is measured.
     */
    static List<Document> read(ArticleStore store, SiteConfig config, boolean published) {
        List<StoredArticle> articles = published ? store.published()
                : store.list().stream().filter(a -> a.status() != Status.WITHDRAWN).toList();
        String site = config.title().in(config.languages().get(0));
        return articles.stream().sorted(Comparator.comparing(StoredArticle::slug))
                .map(a -> new Document(config.baseUrl() + SiteBuilder.pagePath(a.slug()), site, a.slug(), true, a.article()))
                .toList();
    }
}
