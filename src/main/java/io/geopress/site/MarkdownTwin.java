package io.geopress.site;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Faq;
import io.geopress.model.Figure;
import io.geopress.model.Lang;
import io.geopress.site.page.ArticlePage;
import io.geopress.site.page.BodyNode;
import io.geopress.site.page.Footnotes;
import io.geopress.site.page.LangText;
import io.geopress.site.page.MachineLabel;
import io.geopress.site.page.SitePart;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown twin of an article page (its URL with {@code .md} appended, as llmstxt.org proposes): the same content in the
 * same order and in the same languages, for language models that read Markdown more reliably than HTML. Links and
 * images have absolute addresses; tables, code, rules and footnotes are GFM's.
 */
final class MarkdownTwin {
    /** What the twin's name adds to its page's. */
    static final String SUFFIX = ".md";
    /** A rule inside an article: llms-full.txt puts {@code ---} between articles. */
    private static final String RULE = "* * *";

    private final StringBuilder md = new StringBuilder(8192);
    private final SitePart site;
    private final MarkdownInline inline;

    private MarkdownTwin(ArticlePage page, URI pageUrl) {
        SitePart shown = page.site();
        this.site = shown.withInline(shown.inline().forTwin(new Footnotes(page.notes()), pageUrl));
        this.inline = new MarkdownInline(site.inline());
    }

    /** The twin of {@code page}, whose absolute address {@code pageUrl} is, against which its addresses resolve. */
    static String of(ArticlePage page, URI pageUrl) {
        return new MarkdownTwin(page, pageUrl).write(page);
    }

    private String write(ArticlePage page) {
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
        paragraphs(page.sourceTitle());
        paragraphs(page.sourceLines());
        for (BodyNode node : page.body()) {
            if (node instanceof BodyNode.ListNode list) {
                list(list, 0);
                md.append('\n');
            } else if (node instanceof BodyNode.Single single) {
                block(single.block());
            }
        }
        notes();
        if (!page.faq().isEmpty()) {
            md.append("## 常见问题(FAQ)\n\n");
            for (Faq qa : page.faq()) {
                md.append("### ").append(MarkdownText.heading(joined(qa.question()))).append("\n\n");
                paragraphs(qa.answer());
            }
        }
        if (page.excerpt()) {
            String where = page.excerptSource() != null ? page.excerptSource() : page.excerptSourceName().any();
            md.append("*本文为节选 / This is an excerpt. 原文 / Original: ").append(MarkdownText.inline(where)).append("*\n\n");
        }
        md.append("## 版权与免责声明 / Copyright and disclaimer\n\n");
        for (Bilingual p : page.disclaimer()) paragraphs(p);
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

    private void block(Block b) {
        switch (b.kind()) {
            case HEADING -> md.append("#".repeat(b.level())).append(' ')
                    .append(MarkdownText.closingHashes(String.join(" / ", site.texts(b.text()).stream().map(inline::inline).toList())))
                    .append("\n\n");
            case QUOTE -> {
                for (LangText t : site.texts(b.text())) md.append("> ").append(inline.line(t)).append("\n>\n");
                md.setLength(md.length() - 2);
                md.append('\n');
            }
            case FIGURE -> figure(b);
            case TABLE -> {
                paragraphs(b.text());
                MarkdownTable.write(md, site, inline, b.table());
            }
            case CODE -> md.append(MarkdownText.fence(b.snippet().code(), b.snippet().language())).append('\n');
            case RULE -> md.append(RULE).append("\n\n");
            default -> paragraphs(b.text());
        }
        if (b.has(BlockFlag.NEEDS_REVIEW)) md.append("*待审核 / Needs review*\n\n");
    }

    /** The image (none when the site has no copy of it), then the caption, or the alt text in its place, and the credit. */
    private void figure(Block b) {
        Figure figure = b.figure();
        String src = b.has(BlockFlag.MISSING_IMAGE) ? null : site.imageUrl(figure);
        if (src != null) {
            md.append("![").append(MarkdownText.linkText(site.alt(figure, false))).append("](")
                    .append(MarkdownText.destination(src)).append(")\n\n");
        }
        paragraphs(b.text().isEmpty() && src == null ? figure.alt() : b.text());
        if (figure.credit() != null) md.append("图片来源 / Image: ").append(MarkdownText.inline(figure.credit())).append("\n\n");
    }

    /**
     * The footnotes as GFM definitions, numbered as the page numbers them; the second language on an indented line
     * of the same paragraph (after a blank line, a reader without footnotes would take it for code).
     */
    private void notes() {
        for (Footnotes.Entry note : inline.notes().listed()) {
            md.append("[^").append(note.number()).append("]:");
            boolean first = true;
            for (LangText t : site.texts(note.block().text())) {
                md.append(first ? " " : "    ").append(inline.line(t)).append('\n');
                first = false;
            }
            if (first) md.append('\n');
            md.append('\n');
        }
    }

    private void list(BodyNode.ListNode list, int indent) {
        String pad = "   ".repeat(indent);
        int n = 1;
        for (BodyNode.Item item : list.items()) {
            String marker = list.ordered() ? (n++) + ". " : "- ";
            for (LangText t : site.texts(item.block().text())) {
                md.append(pad).append(t.second() ? "   " : marker).append(inline.line(t)).append('\n');
            }
            if (item.children() != null) list(item.children(), indent + 1);
        }
    }

    private void paragraphs(Bilingual text) {
        for (LangText t : site.texts(text)) md.append(inline.line(t)).append("\n\n");
    }

    /** A question's languages on one line, in the page's order. */
    private String joined(Bilingual text) {
        return String.join(" / ", site.texts(text).stream().map(LangText::text).toList());
    }
}
