package io.geopress.site;

import io.geopress.model.Bilingual;
import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Table;
import io.geopress.site.page.ArticlePage;
import io.geopress.site.page.SitePart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What an article's body holds beyond its blocks' order: every text in it, the sources it links to, its image. */
final class BodyContent {
    /** An outbound source the body links to: its address and the text of its first link. */
    record Citation(String url, String name) {}

    private BodyContent() {}

    /** Each text of the body in order: a block's text (a caption, a note), then a figure's alt text or a table's cells. */
    static void forEachText(List<Block> body, Consumer<Bilingual> action) {
        for (Block block : body) {
            action.accept(block.text());
            if (block.figure() != null) action.accept(block.figure().alt());
            Table table = block.table();
            if (table != null) for (Table.Row row : table.rows()) for (Table.Cell cell : row.cells()) action.accept(cell.text());
        }
    }

    /** The body's footnote blocks, which a page lists after the rest. */
    static List<Block> notes(List<Block> body) {
        return body.stream().filter(b -> b.kind() == BlockKind.FOOTNOTE).toList();
    }

    /**
     * The http(s) addresses the body links to that lie outside the site ({@code siteUrl} and below), each once, in
     * the order of their first link, named by that link's text.
     */
    static List<Citation> citations(List<Block> body, String siteUrl) {
        Map<String, String> found = new LinkedHashMap<>();
        forEachText(body, text -> {
            for (Lang lang : Lang.values()) links(text.nodes(lang), link -> {
                String url = link.url();
                boolean web = url.startsWith("http://") || url.startsWith("https://");
                if (web && !url.startsWith(siteUrl)) found.putIfAbsent(url, Inline.plain(link.children()).strip());
            });
        });
        List<Citation> citations = new ArrayList<>(found.size());
        found.forEach((url, name) -> citations.add(new Citation(url, name.equals(url) ? "" : name)));
        return citations;
    }

    private static void links(List<Inline> nodes, Consumer<Inline.Link> action) {
        for (Inline node : nodes) {
            if (node instanceof Inline.Link l) {
                action.accept(l);
                links(l.children(), action);
            } else if (node instanceof Inline.Styled s) {
                links(s.children(), action);
            }
        }
    }

    /**
     * The image that stands for the article: its own (a page's cover), else the first figure whose image the site
     * shows, by the address {@code site} gives it (absolute, for a site that makes addresses absolute); null when
     * there is none.
     */
    static ArticlePage.Image image(Article article, SitePart site) {
        Figure own = article.image();
        String ownUrl = own == null ? null : site.imageUrl(own);
        if (ownUrl != null) return new ArticlePage.Image(ownUrl, own.width(), own.height());
        for (Block block : article.body()) {
            Figure figure = block.figure();
            String url = figure == null || block.has(BlockFlag.MISSING_IMAGE) ? null : site.imageUrl(figure);
            if (url != null) return new ArticlePage.Image(url, figure.width(), figure.height());
        }
        return null;
    }
}
