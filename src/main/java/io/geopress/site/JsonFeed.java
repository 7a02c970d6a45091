package io.geopress.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.geopress.model.Listing;
import java.util.List;
import java.util.Map;

/**
 * The site's JSON Feed (version 1.1): its newest articles, those with a body in {@code bodies} carrying it whole as
 * {@code content_html}, the others their summary as text.
 */
final class JsonFeed {
    static final String FILE = "feed.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeed() {}

    static String of(String title, List<Listing> listings, Links links, Map<String, String> bodies) {
        ObjectNode feed = JSON.createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", title);
        feed.put("home_page_url", links.absolute(links.home()));
        feed.put("feed_url", links.absolute(links.path(FILE)));
        feed.put("language", "zh-CN");
        ArrayNode items = feed.putArray("items");
        for (Listing l : listings) {
            String url = links.absolute(links.articlePath(l.slug()));
            ObjectNode item = items.addObject();
            item.put("id", url);
            item.put("url", url);
            item.put("title", l.title().joined(" / "));
            String summary = l.summary().joined("\n");
            if (!summary.isEmpty()) item.put("summary", summary);
            String body = bodies.get(l.slug());
            // an item holds content_html or content_text: one without a body has its summary, or its title
            if (body != null) item.put("content_html", body);
            else item.put("content_text", summary.isEmpty() ? l.title().joined(" / ") : summary);
            item.put("date_published", l.publishedAt().toString());
            item.put("date_modified", l.modifiedAt().toString());
        }
        return feed.toPrettyString();
    }
}
