package io.geopress.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
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
        Summary summary = new Summary(url, title, a.summary().has(Lang.EN) ? a.summary().en() : a.summary().zh(),
                excerpt(zh, en, 600));
        try {
            return new SearchEntries(new SearchIndex.Entry(stored.slug(), url, title, zh, en), JSON.writeValueAsString(summary));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code limit} characters of the Chinese text, a line break and the English one. */
    private static String excerpt(String zh, String en, int limit) {
        if (zh.length() >= limit) return zh.substring(0, limit);
        return zh + "\n" + en.substring(0, Math.min(en.length(), limit - zh.length() - 1));
    }

    /**
     * The article's text in {@code lang}: summary, source title, body (captions, alt texts and table cells included),
     * then questions and answers, a line each.
     */
    private static String text(Article a, Lang lang) {
        int[] length = {a.summary().get(lang).length() + a.source().title().get(lang).length()};
        BodyContent.forEachText(a.body(), part -> length[0] += part.get(lang).length() + 1);
        for (Faq faq : a.faq()) length[0] += faq.question().get(lang).length() + faq.answer().get(lang).length() + 2;
        StringBuilder text = new StringBuilder(length[0] + 2);
        append(text, a.summary(), lang);
        append(text, a.source().title(), lang);
        BodyContent.forEachText(a.body(), part -> append(text, part, lang));
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
