package io.geopress.measure.audit;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Table;
import io.geopress.text.Script;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An article's body as the checks count it. Its length is in units: a Chinese character of the Chinese text, a word
 * (a run of Latin letters) of the English text; a bilingual body counts both texts, so that a figure stated in both
 * languages counts twice against twice the length, and densities read the same for a body in one language.
 */
final class BodyText {
    private final List<Bilingual> texts = new ArrayList<>();
    private final List<Bilingual> running = new ArrayList<>();
    private final int tables;
    private final int quoteBlocks;

    private BodyText(Article article) {
        int tableCount = 0;
        int quotes = 0;
        for (Block block : article.body()) {
            if (!block.kind().translatable()) continue;
            texts.add(block.text());
            if (block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.LIST_ITEM) running.add(block.text());
            if (block.kind() == BlockKind.QUOTE) {
                quotes += (block.text().has(Lang.ZH) ? 1 : 0) + (block.text().has(Lang.EN) ? 1 : 0);
            }
            Table table = block.table();
            if (table != null) {
                tableCount++;
                for (Table.Row row : table.rows()) for (Table.Cell cell : row.cells()) texts.add(cell.text());
            }
        }
        this.tables = tableCount;
        this.quoteBlocks = quotes;
    }

    static BodyText of(Article article) {
        return new BodyText(article);
    }

    /** Every text of the body in {@code lang}: blocks, captions, table cells. */
    List<String> in(Lang lang) {
        return texts.stream().map(t -> t.get(lang)).filter(s -> !s.isEmpty()).toList();
    }

    /** The paragraphs' and list items' texts in {@code lang}, where figures would want a table. */
    List<String> running(Lang lang) {
        return running.stream().map(t -> t.get(lang)).filter(s -> !s.isEmpty()).toList();
    }

    /** The body's length in units: Chinese characters of its Chinese text plus words of its English text. */
    int units() {
        int units = 0;
        for (String zh : in(Lang.ZH)) units += Script.hanCount(zh);
        for (String en : in(Lang.EN)) units += Script.latinWords(en);
        return units;
    }

    int tables() {
        return tables;
    }

    /** Quote blocks, each language of one counted apart. */
    int quoteBlocks() {
        return quoteBlocks;
    }

    /** The distinct http(s) addresses on hosts other than {@code siteHost} the body links to, in both languages and in tables. */
    Set<String> outboundLinks(String siteHost) {
        Set<String> urls = new LinkedHashSet<>();
        for (Bilingual text : texts) {
            for (Lang lang : Lang.values()) collect(text.nodes(lang), siteHost, urls);
        }
        return urls;
    }

    private static void collect(List<Inline> nodes, String siteHost, Set<String> urls) {
        for (Inline node : nodes) {
            if (node instanceof Inline.Link l) {
                String host = host(l.url());
                if (host != null && !host.equalsIgnoreCase(siteHost)) urls.add(l.url());
                collect(l.children(), siteHost, urls);
            } else if (node instanceof Inline.Styled s) {
                collect(s.children(), siteHost, urls);
            }
        }
    }

    /** The host of an http(s) address, or null for another link (a path on the site, mailto:, a reference). */
    private static String host(String url) {
        if (!url.regionMatches(true, 0, "http://", 0, 7) && !url.regionMatches(true, 0, "https://", 0, 8)) return null;
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Density per 1,000 units; 0 for an empty body. */
    static double per1000(int count, int units) {
        return units == 0 ? 0 : count * 1000.0 / units;
    }
}
