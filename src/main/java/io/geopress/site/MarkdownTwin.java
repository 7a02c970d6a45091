package io.geopress.site;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Faq;
import io.geopress.model.Lang;
import io.geopress.site.page.ArticlePage;
import io.geopress.site.page.BodyNode;
import java.util.List;

/**
 * The Markdown twin of an article page ({@code index.html.md}, as llmstxt.org proposes): the same content in the
 * same order, for language models that read Markdown more reliably than HTML.
 */
final class MarkdownTwin {
    private MarkdownTwin() {}

    static String of(ArticlePage page) {
        StringBuilder md = new StringBuilder(8192);
        md.append("# ").append(oneLine(page.title().any())).append('\n');
        if (page.title().isComplete()) md.append('\n').append(oneLine(page.title().en())).append('\n');
        md.append('\n').append("URL: ").append(page.head().canonical()).append('\n');
        if (!page.dateIso().isEmpty()) md.append("Date: ").append(page.dateIso()).append('\n');
        if (!page.summary().isEmpty()) {
            md.append("\n## AI Summary (BLUF)\n\n");
            if (page.summary().has(Lang.EN)) md.append(page.summary().en()).append("\n\n");
            if (page.summary().has(Lang.ZH)) md.append("原文翻译: ").append(page.summary().zh()).append('\n');
        }
        md.append('\n');
        paragraphs(md, page.sourceTitle());
        paragraphs(md, page.sourceLines());
        for (BodyNode node : page.body()) {
            if (node instanceof BodyNode.ListNode list) {
                list(md, list, 0);
                md.append('\n');
            } else if (node instanceof BodyNode.Single single) {
                block(md, single.block());
            }
        }
        if (!page.faq().isEmpty()) {
            md.append("## 常见问题(FAQ)\n\n");
            for (Faq qa : page.faq()) {
                md.append("### ").append(oneLine(qa.question().joined(" / "))).append("\n\n");
                paragraphs(md, qa.answer());
            }
        }
        if (page.excerpt()) {
            String where = page.excerptSource() != null ? page.excerptSource() : page.excerptSourceName().any();
            md.append("*本文为节选 / This is an excerpt. 原文 / Original: ").append(where).append("*\n\n");
        }
        md.append("## 版权与免责声明 / Copyright and disclaimer\n\n");
        for (Bilingual p : page.disclaimer()) paragraphs(md, p);
        return md.toString();
    }

    private static void block(StringBuilder md, Block b) {
        switch (b.kind()) {
            case HEADING -> md.append("#".repeat(b.level())).append(' ').append(oneLine(b.text().joined(" / "))).append("\n\n");
            case QUOTE -> {
                for (String t : List.of(b.text().zh(), b.text().en())) {
                    if (!t.isEmpty()) md.append("> ").append(oneLine(t)).append("\n>\n");
                }
                md.setLength(md.length() - 2);
                md.append('\n');
            }
            default -> paragraphs(md, b.text());
        }
    }

    private static void list(StringBuilder md, BodyNode.ListNode list, int indent) {
        String pad = "   ".repeat(indent);
        int n = 1;
        for (BodyNode.Item item : list.items()) {
            String marker = list.ordered() ? (n++) + ". " : "- ";
            Bilingual t = item.block().text();
            md.append(pad).append(marker).append(oneLine(t.any())).append('\n');
            if (t.isComplete()) md.append(pad).append("   ").append(oneLine(t.en())).append('\n');
            if (item.children() != null) list(md, item.children(), indent + 1);
        }
    }

    private static void paragraphs(StringBuilder md, Bilingual text) {
        if (text.has(Lang.ZH)) md.append(text.zh()).append("\n\n");
        if (text.has(Lang.EN)) md.append(text.en()).append("\n\n");
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
