package io.geopress.site;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Faq;
import io.geopress.model.Lang;
import io.geopress.site.page.ArticlePage;
import io.geopress.site.page.BodyNode;
import io.geopress.site.page.LangText;
import io.geopress.site.page.MachineLabel;
import io.geopress.site.page.SitePart;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown twin of an article page (its URL with {@code .md} appended, as llmstxt.org proposes): the same content in the
 * same order and in the same languages, for language models that read Markdown more reliably than HTML.
 */
final class MarkdownTwin {
    /** What the twin's name adds to its page's. */
    static final String SUFFIX = ".md";

    private MarkdownTwin() {}

    static String of(ArticlePage page) {
        SitePart site = page.site();
        StringBuilder md = new StringBuilder(8192);
        List<LangText> title = site.texts(page.title());
        md.append("# ").append(MarkdownText.heading(title.get(0).text())).append('\n');
        if (title.size() > 1) md.append('\n').append(MarkdownText.text(title.get(1).text())).append('\n');
        md.append('\n').append("URL: ").append(MarkdownText.inline(page.head().canonical())).append('\n');
        if (!page.dateIso().isEmpty()) md.append("Date: ").append(page.dateIso()).append('\n');
        String machine = machineWritten(page.labels());
        if (!machine.isEmpty()) md.append("Machine-generated / 机器生成: ").append(MarkdownText.inline(machine)).append('\n');
        if (!page.summary().isEmpty()) {
            md.append("\n## AI Summary (BLUF)\n\n");
            for (LangText t : site.texts(page.summary(), Lang.EN)) {
                boolean translation = t.lang() == Lang.ZH && !t.alone();
                md.append(translation ? "原文翻译: " + MarkdownText.inline(t.text()) : MarkdownText.text(t.text())).append("\n\n");
            }
            md.setLength(md.length() - 1);
        }
        md.append('\n');
        paragraphs(md, site, page.sourceTitle());
        paragraphs(md, site, page.sourceLines());
        for (BodyNode node : page.body()) {
            if (node instanceof BodyNode.ListNode list) {
                list(md, site, list, 0);
                md.append('\n');
            } else if (node instanceof BodyNode.Single single) {
                block(md, site, single.block());
            }
        }
        if (!page.faq().isEmpty()) {
            md.append("## 常见问题(FAQ)\n\n");
            for (Faq qa : page.faq()) {
                md.append("### ").append(MarkdownText.heading(joined(site, qa.question()))).append("\n\n");
                paragraphs(md, site, qa.answer());
            }
        }
        if (page.excerpt()) {
            String where = page.excerptSource() != null ? page.excerptSource() : page.excerptSourceName().any();
            md.append("*本文为节选 / This is an excerpt. 原文 / Original: ").append(MarkdownText.inline(where)).append("*\n\n");
        }
        md.append("## 版权与免责声明 / Copyright and disclaimer\n\n");
        for (Bilingual p : page.disclaimer()) paragraphs(md, site, p);
        return md.toString();
    }

    /** "title (deepseek-chat, 2026-05-01); translation into en (…)": the parts a model wrote, or empty. */
    private static String machineWritten(ArticlePage.Labels labels) {
        List<String> parts = new ArrayList<>();
        if (labels.title() != null) parts.add("title (" + by(labels.title()) + ")");
        if (labels.summary() != null) parts.add("summary (" + by(labels.summary()) + ")");
        if (labels.faq() != null) parts.add("FAQ (" + by(labels.faq()) + ")");
        if (labels.translation() != null) {
            parts.add("translation (" + by(labels.translation()) + ")");
        }
        return String.join("; ", parts);
    }

    private static String by(MachineLabel label) {
        return label.date().isEmpty() ? label.model() : label.model() + ", " + label.date();
    }

    private static void block(StringBuilder md, SitePart site, Block b) {
        switch (b.kind()) {
            case HEADING -> md.append("#".repeat(b.level())).append(' ')
                    .append(MarkdownText.heading(joined(site, b.text()))).append("\n\n");
            case QUOTE -> {
                for (LangText t : site.texts(b.text())) md.append("> ").append(MarkdownText.text(t.text())).append("\n>\n");
                md.setLength(md.length() - 2);
                md.append('\n');
            }
            default -> paragraphs(md, site, b.text());
        }
        if (b.has(BlockFlag.NEEDS_REVIEW)) md.append("*待审核 / Needs review*\n\n");
    }

    private static void list(StringBuilder md, SitePart site, BodyNode.ListNode list, int indent) {
        String pad = "   ".repeat(indent);
        int n = 1;
        for (BodyNode.Item item : list.items()) {
            String marker = list.ordered() ? (n++) + ". " : "- ";
            for (LangText t : site.texts(item.block().text())) {
                md.append(pad).append(t.second() ? "   " : marker).append(MarkdownText.text(t.text())).append('\n');
            }
            if (item.children() != null) list(md, site, item.children(), indent + 1);
        }
    }

    private static void paragraphs(StringBuilder md, SitePart site, Bilingual text) {
        for (LangText t : site.texts(text)) md.append(MarkdownText.text(t.text())).append("\n\n");
    }

    /** A heading's or a question's languages on one line, in the page's order. */
    private static String joined(SitePart site, Bilingual text) {
        return String.join(" / ", site.texts(text).stream().map(LangText::text).toList());
    }
}
