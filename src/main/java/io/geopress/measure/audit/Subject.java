package io.geopress.measure.audit;

import io.geopress.config.SiteConfig;
import io.geopress.enrich.EnrichOptions;
import io.geopress.model.StoredArticle;
import io.geopress.site.ArticlePreview;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What an article's checks read.
 *
 * @param shown the article as rendered: a draft with a publication date of now
 * @param stored the article as the store holds it
 * @param siteDir the site folder, absolute: its media store
 * @param built what the built site holds
 */
record Subject(StoredArticle shown, StoredArticle stored, ArticlePreview.Rendered rendered, Path siteDir, Built built,
        SiteConfig config, EnrichOptions limits, Instant now) {}
