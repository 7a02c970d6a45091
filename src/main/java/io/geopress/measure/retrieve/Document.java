package io.geopress.measure.retrieve;

import io.geopress.model.Article;

/**
 * An article retrieval may return, ours or a competitor's.
 *
 * @param slug our article's slug; null for a competitor's
 */
record Document(String url, String site, String slug, boolean ours, Article article) {}
