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

/**
 * What search knows of an article: its text in each language for the index, and a summary for search.json, the
 * index a site served without geopress searches in the browser.
 */
record SearchEntries(SearchIndex.Entry entry, String summaryJson) {
    /** One article in search.json. */
    record Summary(String url, String title, String summary, String text) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    static SearchEntries of(StoredArticle stored, String url) {
        Article a = stored.article();
        String title = a.title().joined(" / ");
        String zh = text(a, Lang.ZH);
        String en = text(a, Lang.EN);
        String both = zh + "\n" + en;
        Summary summary = new Summary(url, title, a.summary().has(Lang.EN) ? a.summary().en() : a.summary().zh(),
                both.length() <= 600 ? both : both.substring(0, 600));
        try {
            return new SearchEntries(new SearchIndex.Entry(stored.slug(), url, title, zh, en), JSON.writeValueAsString(summary));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The article's text in {@code lang}: summary, source title, body, then questions and answers, a line each. */
    private static String text(Article a, Lang lang) {
        StringBuilder text = new StringBuilder(8192);
        append(text, a.summary(), lang);
        append(text, a.source().title(), lang);
        for (Block block : a.body()) append(text, block.text(), lang);
        for (Faq faq : a.faq()) {
            append(text, faq.question(), lang);
            append(text, faq.answer(), lang);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Bilingual part, Lang lang) {
        String line = part.get(lang);
        if (line.isEmpty()) return;
        if (!text.isEmpty()) text.append('\n');
        text.append(line);
    }
}
