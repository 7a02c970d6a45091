package io.geopress.measure.engine;

/**
 * One site's visibility over a run, each with its bootstrap interval over queries and samples. In one answer a
 * site's PAWC and word share are the sums over its retrieved sources (0 when none was retrieved); its citation
 * rate counts the answers that cite at least one of its sources.
 *
 * @param ours whether the site is ours
 * @param retrievedQueries the queries for which at least one of its sources was retrieved
 */
public record SiteSummary(String site, boolean ours, int retrievedQueries, Interval pawc, Interval share, Interval citationRate) {}
