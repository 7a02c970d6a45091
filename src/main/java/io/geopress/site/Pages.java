package io.geopress.site;

import io.geopress.config.SiteConfig;
import io.geopress.media.MediaStore;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Field;
import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelSlugs.Kind;
import io.geopress.model.Lang;
import io.geopress.model.Listing;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import io.geopress.model.StoredArticle;
import io.geopress.site.page.AboutPage;
import io.geopress.site.page.ArticlePage;
import io.geopress.site.page.BodyNode;
import io.geopress.site.page.ImageVariant;
import io.geopress.site.page.InlineHtml;
import io.geopress.site.page.ListPage;
import io.geopress.site.page.MachineLabel;
import io.geopress.site.page.ShareLink;
import io.geopress.site.page.SitePart;
import io.geopress.site.page.TagLink;
import io.geopress.site.page.TagsPage;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Turns stored articles into the values the templates show. */
final class Pages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SiteConfig config;
    private final Links links;
    private final SitePart site;
    private final LabelSlugs labels;

    Pages(SiteConfig config, Assets assets) {
        this(config, assets, new LabelSlugs(Map.of()), src -> List.of());
    }

    /**
     * @param labels the slugs of the tags, categories and sources that pages link to
     * @param media the media store's copies of a figure's image (see {@link SitePart#media})
     */
    Pages(SiteConfig config, Assets assets, LabelSlugs labels, Function<String, List<ImageVariant>> media) {
        this.config = config;
        this.labels = labels;
        this.links = new Links(config);
        String base = config.basePath();
        this.site = new SitePart(config.title(), links.home(), assets.link(base, Assets.CSS), assets.link(base, Assets.SCRIPT),
                assets.link(base, Assets.SEARCH_SCRIPT), config.readingMode(), config.icp(),
                config.publicSecurity(), config.languages(), InlineHtml.of(config.linkRel()), media);
    }

    /** The copies of a figure's image that {@code media} holds with a known width, for a page's {@code srcset}. */
    static Function<String, List<ImageVariant>> variants(MediaStore media) {
        return src -> media.variants(src).stream().filter(v -> v.width() > 0).map(v -> new ImageVariant(v.url(), v.width())).toList();
    }

    SitePart site() {
        return site;
    }

    AboutPage about() {
        String contact = config.contact();
        String href = contact == null ? null
                : contact.startsWith("http://") || contact.startsWith("https://") ? contact
                : contact.contains("@") ? "mailto:" + contact : null;
        return new AboutPage(site, config.about(), href, contact);
    }

    /**
     * What the site-wide feeds show of an article: its body as the page shows it (its notes numbered by the site
     * part), every address made absolute.
     *
     * @param translation the label on its machine-translated blocks, or null
     */
    record Body(SitePart site, List<BodyNode> body, MachineLabel translation) {}

    Body body(StoredArticle stored) {
        Article a = stored.article();
        return new Body(site.forArticle(BodyContent.notes(a.body()), pageUri(stored)), BodyTree.of(a.body()), labels(a).translation());
    }

    ArticlePage article(StoredArticle stored) {
        Article a = stored.article();
        String path = links.articlePath(stored.slug());
        String canonical = links.absolute(path);
        List<Block> notes = BodyContent.notes(a.body());
        ArticlePage.Image image = BodyContent.image(a, site.forArticle(List.of(), links.uri(canonical)));
        String home = links.absolute(links.home());
        OffsetDateTime date = localDate(stored);
        Bilingual titles = a.title().isEmpty() ? new Bilingual(stored.slug(), stored.slug()) : a.title(); // a store from before titles were required
        String title = titles.in(config.primary());
        String description = description(a);
        ArticlePage.Head head = new ArticlePage.Head(
                title + " | " + site.displayName(),
                description,
                canonical,
                path + MarkdownTwin.SUFFIX,
                site.ogLocale(),
                date == null ? "" : date.toString(),
                stored.modifiedAt() == null ? "" : stored.modifiedAt().toString(),
                site.displayName(),
                JsonLd.of(stored, config, canonical, home, image, BodyContent.citations(a.body(), home)),
                image);
        String sourceSlug = a.source().name().isEmpty() ? null : labels.slug(Kind.SOURCE, a.source().name().any());
        return new ArticlePage(
                site.forArticle(notes, null),
                titles,
                date == null ? "" : date.toLocalDate().toString(),
                date == null ? "" : DAY.format(date),
                a.summary(),
                a.source().title(),
                sourceLines(a.source()),
                sourceSlug == null ? null : links.path(Links.sourceFolder(sourceSlug)),
                BodyTree.of(a.body()),
                notes,
                a.faq(),
                a.excerpt(),
                a.source().name().isEmpty() ? new Bilingual("原文", "the original") : a.source().name(),
                a.source().url(),
                share(canonical, title),
                a.disclaimer().isEmpty() ? config.disclaimer() : a.disclaimer(),
                tagLinks(a.tags(), Kind.TAG, Links::tagFolder),
                tagLinks(a.categories(), Kind.CATEGORY, Links::categoryFolder),
                labels(a),
                head);
    }

    /**
     * A page of the list at {@code folder} ("" for the home list, "tags/SLUG/" for a tag's), under its heading and
     * {@code description} (empty when it has none).
     */
    ListPage list(String folder, Bilingual heading, Bilingual description, List<Listing> entries, int number, int pages) {
        List<ListPage.Entry> shown = entries.stream().map(s -> {
            OffsetDateTime date = local(s.publishedAt());
            return new ListPage.Entry(links.articlePath(s.slug()), s.title(), s.summary(),
                    date == null ? "" : date.toLocalDate().toString(), date == null ? "" : DAY.format(date));
        }).toList();
        return new ListPage(site, heading, description, shown, number, pages,
                number > 1 ? links.listPath(folder, number - 1) : null,
                number < pages ? links.listPath(folder, number + 1) : null,
                links.absolute(links.listPath(folder, number)),
                links.path(folder + Feeds.RSS), links.path(folder + Feeds.ATOM));
    }

    TagsPage tagIndex(List<Tags.Tag> tags) {
        return new TagsPage(site, new Bilingual("全部标签", "All tags"), new Bilingual("还没有标签。", "No tags yet."),
                index(tags, Links::tagFolder));
    }

    TagsPage categoryIndex(List<Tags.Tag> categories) {
        return new TagsPage(site, new Bilingual("全部分类", "All categories"),
                new Bilingual("还没有分类。", "No categories yet."), index(categories, Links::categoryFolder));
    }

    private List<TagLink> index(List<Tags.Tag> tags, UnaryOperator<String> folder) {
        return tags.stream().map(t -> new TagLink(t.name(), links.path(folder.apply(t.slug())), t.listings().size())).toList();
    }

    /** An article's tags (or categories) as links to their lists; a blank name has no list. */
    private List<TagLink> tagLinks(List<String> names, Kind kind, UnaryOperator<String> folder) {
        List<TagLink> tagLinks = new ArrayList<>(names.size());
        for (String name : names) {
            String slug = labels.slug(kind, name);
            if (slug != null) tagLinks.add(new TagLink(name, links.path(folder.apply(slug)), 0));
        }
        return tagLinks;
    }

    /** The article page's absolute address, against which a copy of its body resolves its addresses. */
    private URI pageUri(StoredArticle stored) {
        return links.uri(links.absolute(links.articlePath(stored.slug())));
    }

    private OffsetDateTime localDate(StoredArticle s) {
        return local(s.publishedAt() != null ? s.publishedAt() : s.article().date());
    }

    private OffsetDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(config.timeZone()).toOffsetDateTime();
    }

    /** "发布时间:2026-03-11 10:42 文章来源:某报" and "Release Date: 2026-03-11 10:42 Source: Some Daily". */
    private Bilingual sourceLines(Source source) {
        if (!source.isKnown() && source.published() == null) return Bilingual.EMPTY;
        String when = source.published() == null ? ""
                : MINUTE.format(source.published().atZoneSameInstant(config.timeZone()));
        String zhName = source.name().has(Lang.ZH) ? source.name().zh() : source.name().en();
        String enName = source.name().has(Lang.EN) ? source.name().en() : source.name().zh();
        String zh = (when.isEmpty() ? "" : "发布时间:" + when + " ") + (zhName.isEmpty() ? "" : "文章来源:" + zhName);
        String en = (when.isEmpty() ? "" : "Release Date: " + when + " ") + (enName.isEmpty() ? "" : "Source: " + enName);
        if (zhName.isEmpty() && source.url() != null) {
            zh = zh + " 原文链接:" + source.url();
            en = en + " Original: " + source.url();
        }
        if (source.author() != null) {
            zh = zh + " 作者:" + source.author();
            en = en + " Author: " + source.author();
        }
        return new Bilingual(zh.strip(), en.strip());
    }

    private static String description(Article a) {
        if (a.summary().has(Lang.EN)) return a.summary().en();
        if (!a.summary().isEmpty()) return a.summary().zh();
        String first = a.body().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).map(Block::text)
                .map(Bilingual::any).findFirst().orElse(a.title().any());
        return first.length() > 160 ? first.substring(0, 159) + "…" : first;
    }

    /**
     * The share targets the site offers, in its order. WeChat's is the page's QR code, made at build time and kept
     * in the page as a data URI: a file of its own beside each page would cost a build one more file per article.
     */
    private List<ShareLink> share(String url, String title) {
        String u = Links.encode(url);
        String t = Links.encode(title);
        return config.share().stream().map(target -> switch (target) {
            case "weibo" -> new ShareLink("weibo", "微博", "https://service.weibo.com/share/share.php?url=" + u + "&title=" + t);
            case "wechat" -> new ShareLink("wechat", "微信", QrCode.dataUri(url));
            case "x" -> new ShareLink("x", "X", "https://twitter.com/intent/tweet?url=" + u + "&text=" + t);
            case "linkedin" -> new ShareLink("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u);
            default -> new ShareLink("copy", "复制链接 Copy link", url);
        }).toList();
    }

    /** Labels for the parts whose provenance says a model wrote them, and for machine-translated blocks. */
    private static ArticlePage.Labels labels(Article a) {
        boolean translated = a.body().stream().anyMatch(b -> b.machineTranslated() != null);
        MachineLabel translation = !translated ? null
                : Optional.ofNullable(label(a.provenance().get(Field.TRANSLATION))).orElse(new MachineLabel("a language model", ""));
        return new ArticlePage.Labels(label(a.provenance().get(Field.TITLE)), label(a.provenance().get(Field.SUMMARY)),
                label(a.provenance().get(Field.FAQ)), translation);
    }

    private static MachineLabel label(Provenance p) {
        return p == null || !p.generated() ? null : new MachineLabel(p.agent(), p.at().toString().substring(0, 10));
    }
}
