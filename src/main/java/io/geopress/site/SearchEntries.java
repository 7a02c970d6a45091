package io.geopress.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Faq;
import io.geopress.model.Lang;
import io.geopress.model.StoredArticle;
import io.geopress.search.SearchIndex;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What search knows of an article: its text in each language for the index, a summary for the static index. */
final class SearchEntries {
    /** One article in search.json, the index a site served without geopress searches in the browser. */
    record Summary(String url, String title, String summary, String text) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchEntries() {}

    static SearchIndex.Entry entry(StoredArticle stored, String url) {
        Article a = stored.article();
        return new SearchIndex.Entry(stored.slug(), url, a.title().joined(" / "), text(a, Lang.ZH), text(a, Lang.EN));
    }

    private static Summary summary(StoredArticle stored, String url) {
        Article a = stored.article();
        String text = text(a, Lang.ZH) + "\n" + text(a, Lang.EN);
        return new Summary(url, a.title().joined(" / "), a.summary().has(Lang.EN) ? a.summary().en() : a.summary().zh(),
                text.length() <= 600 ? text : text.substring(0, 600));
    }

    /** The article's entry of search.json, an array of them. */
    static String summaryJson(StoredArticle stored, String url) {
        try {
            return JSON.writeValueAsString(summary(stored, url));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Article a, Lang lang) {
        Stream<Bilingual> parts = Stream.of(Stream.of(a.summary(), a.source().title()),
                        a.body().stream().map(Block::text),
                        a.faq().stream().flatMap((Faq f) -> Stream.of(f.question(), f.answer())))
                .flatMap(s -> s);
        return parts.map(b -> b.get(lang)).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
    }
}
