package io.geopress.measure.retrieve;

/**
 * A source the simulated engine retrieved for a query, as its answerer reads it.
 *
 * @param rank 1 for the best match
 * @param url the article's address (our page's URL on the site, or the competitor's source URL)
 * @param site the site it belongs to: our site's name, or the competitor's domain
 * @param slug our article's slug, or null for a competitor's
 * @param text its best passages for the query, within the passage budget, joined by blank lines
 */
public record RetrievedSource(int rank, String url, String site, String title, String slug, boolean ours, String text) {}
