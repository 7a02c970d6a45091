package io.geopress.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.geopress.model.Bilingual;
import io.geopress.model.GeopressException;
import io.geopress.search.SearchIndex;
import io.geopress.site.SearchResultsPage;
import io.geopress.site.SiteBuilder;
import io.geopress.site.page.SearchResults;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The search API, and the search page with its results for readers without JavaScript, over the index of the build
 * being served. A query the index refuses (SearchIndex.MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS) is answered 400, with
 * why.
 */
final class SearchEndpoints implements AutoCloseable {
    /** Results on the search page rendered on request; the API takes a {@code limit} of its own. */
    private static final int RESULTS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final String NO_INDEX = "This build has no search index: run 'geopress build' again.";

    private final SiteFiles files;
    private final SearchResultsPage page;
    private SearchIndex index;
    private SearchIndex previousIndex;
    private Path indexRoot;

    SearchEndpoints(SiteFiles files, SearchResultsPage page) {
        this.files = files;
        this.page = page;
    }

    /** {@code /api/search?q=…&limit=…}: ranked articles with highlighted snippets, as JSON. */
    void api(Context ctx) throws IOException {
        Path root = files.root(ctx);
        if (root == null) return;
        ctx.header("Cache-Control", "no-cache");
        String q = ctx.queryParam("q");
        SearchIndex searched = index(root);
        if (searched == null) {
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, NO_INDEX);
            return;
        }
        List<SearchIndex.Hit> hits;
        try {
            hits = searched.search(q, limit(ctx.queryParam("limit")));
        } catch (SearchIndex.QueryRefused e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("query", q == null ? "" : q);
        ArrayNode list = body.putArray("hits");
        for (SearchIndex.Hit hit : hits) {
            list.addObject().put("url", hit.url()).put("title", hit.title()).put("snippet", hit.snippet()).put("score", hit.score());
        }
        ctx.contentType(JSON_TYPE).result(JSON.writeValueAsString(body));
    }

    private static int limit(String text) {
        try {
            return text == null ? 10 : Math.max(1, Math.min(50, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return 10;
        }
    }

    private static void error(Context ctx, HttpStatus status, String message) throws IOException {
        ctx.status(status).contentType(JSON_TYPE).result(JSON.writeValueAsString(JSON.createObjectNode().put("error", message)));
    }

    /**
     * {@code search/?q=…}: the search page with the results in it, for readers without JavaScript (the form on the
     * page submits here); without a query, the static search page.
     */
    void page(Context ctx) throws IOException {
        String q = ctx.queryParam("q"); // Javalin decodes leniently: a malformed escape is dropped or a U+FFFD
        if (q == null || q.isBlank()) {
            files.serve(ctx);
            return;
        }
        Path root = files.root(ctx);
        if (root == null) return;
        SearchIndex searched = index(root);
        if (searched == null) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(SiteFiles.TEXT).result(NO_INDEX + "\n");
            return;
        }
        String query = q.strip();
        List<SearchIndex.Hit> hits = List.of();
        Bilingual refused = null;
        try {
            hits = searched.search(query, RESULTS);
        } catch (SearchIndex.QueryRefused e) {
            refused = e.reason();
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        ctx.header("Cache-Control", "no-store"); // an answer to one query, made now: not one to keep
        ctx.contentType(SiteFiles.HTML).result(page.render(root, new SearchResults(query, hits, refused)));
    }

    /** The index of the build being served, opened again when another build is switched in; null when it has none. */
    private synchronized SearchIndex index(Path root) {
        if (index == null || !root.equals(indexRoot)) {
            SearchIndex opened;
            try {
                opened = SearchIndex.open(root.resolve(SiteBuilder.SEARCH_INDEX));
            } catch (GeopressException e) {
                return null;
            }
            if (previousIndex != null) previousIndex.close(); // two builds back: no request is still reading it
            previousIndex = index;
            index = opened;
            indexRoot = root;
        }
        return index;
    }

    @Override
    public synchronized void close() {
        if (index != null) index.close();
        if (previousIndex != null) previousIndex.close();
    }
}
