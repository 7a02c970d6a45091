package io.geopress.site;

import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import io.geopress.config.SiteConfig;
import io.geopress.media.MediaStore;
import io.geopress.model.GeopressException;
import io.geopress.model.LabelSlugs;
import io.geopress.model.Listing;
import io.geopress.model.StoredArticle;
import io.geopress.site.page.ArticlePage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An article's outputs rendered in memory, as a build makes them, from whatever revision it is given (a draft, a
 * revision not yet published): its page (with its JSON-LD), its Markdown twin and its line of llms.txt. For checks
 * that must not need a build, such as {@code geopress audit}. Links to other articles by file stay text, as in a
 * build that has no article for them.
 */
public final class ArticlePreview {
    /** The file listing the site's articles for language models, at the root of a build. */
    public static final String LLMS_TXT = LlmsTxt.FILE;
    /** The file of crawler rules, at the root of a build. */
    public static final String ROBOTS_TXT = "robots.txt";

    /**
     * One article's outputs.
     *
     * @param pagePath the page's file under {@code public/}; its twin's is {@code twinPath}
     * @param twinUrl the twin's absolute address, which its llms.txt line links to
     */
    public record Rendered(String pagePath, String twinPath, String twinUrl, byte[] html, String twin, String llmsEntry) {}

    private final SiteConfig config;
    private final TemplateEngine templates;
    private final Pages pages;
    private final Links links;

    /** For the site in {@code siteDir} (its theme, if any, compiled apart from a build's), its labels' slugs {@code labels}. */
    public ArticlePreview(Path siteDir, SiteConfig config, LabelSlugs labels) {
        this.config = config;
        try {
            this.templates = Templates.engine(siteDir, Templates.PREVIEW_CLASSES);
            this.pages = new Pages(config, Assets.bundled(), labels, Pages.variants(MediaStore.at(siteDir)));
        } catch (TemplateException e) {
            throw new GeopressException(siteDir + ": " + Templates.oneLine(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.links = new Links(config);
    }

    /** The outputs of {@code stored} at the revision it holds, with the dates it holds (none for a draft). */
    public Rendered render(StoredArticle stored) {
        ArticlePage page = pages.article(stored);
        PageBytes html = new PageBytes();
        try {
            templates.render("article.jte", page, html);
        } catch (TemplateException e) {
            throw new GeopressException("article '" + stored.slug() + "': its page cannot be made: " + Templates.oneLine(e), e);
        }
        String twinUrl = links.absolute(page.head().markdown());
        Listing listing = Catalog.of(List.of(stored)).listings().get(0);
        String pagePath = Links.articleFile(stored.slug());
        return new Rendered(pagePath, pagePath + MarkdownTwin.SUFFIX, twinUrl, html.toByteArray(),
                MarkdownTwin.of(page, links.uri(page.head().canonical())), LlmsTxt.entry(listing, links));
    }

    /** The robots.txt a build of this site writes. */
    public String robotsTxt() {
        return Robots.of(config);
    }
}
