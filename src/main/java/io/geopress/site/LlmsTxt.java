package io.geopress.site;

import io.geopress.config.SiteConfig;
import io.geopress.model.Bilingual;
import io.geopress.model.Lang;
import io.geopress.model.Listing;
import java.util.List;

/**
 * llms.txt as llmstxt.org describes it: an H1 with the site's name, a blockquote summary, H2 sections of Markdown
 * links each with a one-line description, and an "Optional" section. Links point at the Markdown twins, newest
 * article first.
 */
final class LlmsTxt {
    static final String FILE = "llms.txt";

    private LlmsTxt() {}

    /** The file up to its list of articles; one {@link #entry} per article follows, then the {@link #tail}. */
    static String head(SiteConfig config) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(MarkdownText.heading(config.title().any())).append("\n\n");
        out.append("> Bilingual (Chinese / English) articles: each page holds the Chinese text with its English "
                + "translation block by block, an AI summary (BLUF), the source and a FAQ. "
                + "每篇文章中英对照，附 AI 摘要、来源与常见问题。\n\n");
        out.append("Every article below links to its Markdown version; the HTML page is the same URL without "
                + "the final `.md`.\n\n");
        out.append("## Articles\n\n");
        return out.toString();
    }

    /** An article's line: a link to its Markdown twin, with the first sentence of its summary. */
    static String entry(Listing l, Links links) {
        StringBuilder out = new StringBuilder();
        out.append("- [").append(MarkdownText.linkText(l.title().joined(" / "))).append("](")
                .append(MarkdownText.destination(links.absolute(links.articlePath(l.slug()) + MarkdownTwin.SUFFIX))).append(")");
        String line = description(l.summary());
        if (!line.isEmpty()) out.append(": ").append(MarkdownText.inline(line));
        return out.append('\n').toString();
    }

    /** The file after its list of articles: the "Optional" section. */
    static String tail(Links links) {
        StringBuilder out = new StringBuilder();
        out.append("\n## Optional\n\n");
        out.append("- [Full text](").append(MarkdownText.destination(links.absolute(links.home() + ArticleOutputs.LLMS_FULL)))
                .append("): every article above in Markdown, in one file\n");
        out.append("- [Sitemap](").append(MarkdownText.destination(links.absolute(links.home() + Sitemap.FILE)))
                .append("): every page with its date\n");
        return out.toString();
    }

    /** The top of llms-full.txt; each article's Markdown follows, newest first, after a rule. */
    static String fullHeader(SiteConfig config) {
        return "# " + MarkdownText.heading(config.title().any()) + "\n\n> Every published article in Markdown, newest first. "
                + "所有已发布文章的 Markdown 全文，按发布时间从新到旧。\n";
    }

    /** The English summary's first sentence (else the Chinese one's), on one line and not too long, not yet escaped. */
    private static String description(Bilingual summary) {
        String text = MarkdownText.oneLine(summary.has(Lang.EN) ? summary.en() : summary.zh()).strip();
        int end = -1;
        for (String stop : List.of(". ", "。", "! ", "? ")) {
            int at = text.indexOf(stop);
            if (at > 0 && (end < 0 || at < end)) end = at + 1;
        }
        String first = end > 0 ? text.substring(0, end).strip() : text;
        return first.length() > 200 ? first.substring(0, 199) + "…" : first;
    }
}
