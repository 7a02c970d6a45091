package io.geopress.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article in a page: strips what is never content (navigation, page header and footer, asides,
 * scripts, forms, ads, share and comment boxes, HTML comments), lets Readability locate the article, and
 * refuses a page whose content is too short or mostly links, as Readability returns the menu of a page that
 * has nothing else; a page that says it is an article (or whose content is one block of text) may be short.
 */
final class MainContent {
    /** Letters of any script (a Han character is one): about a short paragraph in either language. */
    static final int MIN_MEANINGFUL_CHARS = 200;
    /** Enough for a notice or a short note, on a page that says it is an article or holds one dense block. */
    static final int MIN_ARTICLE_CHARS = 40;
    /** Above this share of link text, content is a menu or an index (Readability's own cut-off). */
    static final double MAX_LINK_DENSITY = 0.5;

    private static final String NO_ADDRESS = "http://localhost/";
    private static final String MARK = "data-geopress-node";
    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, button, input, select, "
            + "textarea, svg, canvas, object, embed";
    /** Elements dropped unless they turn out to hold the article. */
    private static final String MAYBE_CONTENT = "form, dialog, [hidden], [aria-hidden=true], [style], [class], [id]";
    private static final String UNSEEN = "form, dialog, [hidden], [aria-hidden=true]";
    private static final String PAGE_FURNITURE = "nav, header, footer, aside, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=search]";
    private static final String MAIN = "article, main, [role=main]";
    /** An element a page marks as its article (#js_content: a WeChat article's body). */
    private static final String DECLARED = "#js_content, [itemprop=articleBody], article, main, [role=main]";
    private static final String QUOTED = "blockquote, figure";
    private static final String LEAD_MEDIA = "figure, img, picture";
    private static final String MEDIA = "figure, img, picture, table, pre";
    /** Class and id words of ads, share and comment boxes, related links; Chinese sites often use pinyin. */
    private static final Set<String> NOISE_WORDS = Set.of("ad", "ads", "adv", "advert", "adverts", "advertise",
            "advertisement", "advertising", "adsbygoogle", "adslot", "banner", "sponsor", "sponsored", "promo",
            "promotion", "share", "sharing", "social", "comment", "comments", "related", "recommend",
            "recommended", "popup", "newsletter", "subscribe", "cookie", "cookies", "sidebar", "breadcrumb",
            "breadcrumbs", "byline", "author", "dateline", "timestamp", "tags", "topics", "copyright", "trending",
            "popular", "toolbar", "signup", "modal", "outbrain", "taboola", "disqus", "cta", "donate", "donation",
            "gg", "guanggao", "fenxiang", "pinglun", "xiangguan", "tuijian", "banquan", "zerenbianji");
    /** The quotation a social network's embed code leaves in the page, the post itself, shown without its script. */
    private static final String EMBEDDED_POST = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, "
            + "blockquote.reddit-card, blockquote.reddit-embed-bq, blockquote.threads-post, blockquote.bluesky-embed";
    private static final Set<String> HOVER_WORDS = Set.of("rollover", "hovercard", "tooltip", "popover", "tippy");
    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private MainContent() {}

    /**
     * The main content of the page, detached from it; the document is changed on the way. Readability only
     * says where the article is: its own clean-up drops headings between content blocks and any block shorter
     * than 25 characters, a whole sentence in Chinese. So the content is the part of the (cleaned) page that
     * spans what Readability kept, with the headings just before it.
     */
    static Element extract(Document doc, String url, SourceFile file) {
        boolean declaredArticle = isDeclaredArticle(doc);
        clean(doc);
        List<Element> originals = mark(doc);
        // Readability resolves links against the address and logs an error when there is none to parse.
        Element picked = new Readability4J(url == null ? NO_ADDRESS : url, doc.clone()).parse().getArticleContent();
        Element content = picked == null ? null : region(picked, originals);
        int meaningful = content == null ? 0 : meaningful(HtmlText.text(content));
        Element declared = doc.selectFirst(DECLARED);
        if (meaningful < MIN_MEANINGFUL_CHARS && declared != null && meaningful(HtmlText.text(declared)) > meaningful) {
            // on a short page Readability may weigh a menu's words over the article's few: the page's own element is surer
            content = new Element("div").appendChild(declared.clone());
            meaningful = meaningful(HtmlText.text(content));
        }
        if (meaningful < (declaredArticle || content != null && isDenseBlock(content) ? MIN_ARTICLE_CHARS : MIN_MEANINGFUL_CHARS)) {
            throw new ImportException(file.name(), "no main content found (only " + meaningful
                    + " characters of text; is this a navigation or index page?)");
        }
        int linked = linkText(content);
        if (linked > meaningful * MAX_LINK_DENSITY) {
            throw new ImportException(file.name(), "no main content found (" + linked + " of its " + meaningful
                    + " characters of text are links; is this a navigation or index page?)");
        }
        return content;
    }

    /** Whether the page says it is an article: an {@code og:type} of article, or an article, main or WeChat body element. */
    private static boolean isDeclaredArticle(Document doc) {
        return doc.select("meta[property=og:type]").stream().anyMatch(m -> m.attr("content").strip().toLowerCase(Locale.ROOT).startsWith("article"))
                || doc.selectFirst(DECLARED) != null;
    }

    /** One block of text, a paragraph or a few lines, without a link: a short note, not a menu. */
    private static boolean isDenseBlock(Element content) {
        return linkText(content) == 0 && content.select("p, li, h1, h2, h3, h4, h5, h6, pre, blockquote").size() <= 1;
    }

    /** Numbers the body's elements with an attribute, which survives Readability re-parsing the page. */
    private static List<Element> mark(Document doc) {
        List<Element> all = doc.body() == null ? List.of() : List.copyOf(doc.body().getAllElements());
        for (int i = 0; i < all.size(); i++) all.get(i).attr(MARK, Integer.toString(i));
        return all;
    }

    private static Element region(Element picked, List<Element> originals) {
        List<Element> kept = new ArrayList<>();
        for (Element e : picked.select("[" + MARK + "]")) {
            int i = Integer.parseInt(e.attr(MARK));
            if (i < originals.size() && hasWords(originals.get(i))) kept.add(originals.get(i));
        }
        if (kept.isEmpty()) return picked;
        Element container = kept.get(0);
        for (Element e : kept) {
            while (!isWithin(e, container)) container = container.parent();
        }
        // the container's children that hold something kept, found by walking up from each kept element once: a
        // page of many blocks made this quadratic when each child was looked for among every kept one's parents
        Set<Node> holding = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : kept) {
            for (Node n = e; n != null && n != container && holding.add(n); ) n = n.parent();
        }
        List<Node> children = container.childNodes();
        int first = -1;
        int last = -1;
        for (int i = 0; i < children.size(); i++) {
            if (holding.contains(children.get(i))) {
                if (first < 0) first = i;
                last = i;
            }
        }
        Element region = new Element("div");
        if (first < 0) {
            region.appendChild(container.clone());
            return region;
        }
        // Readability wraps loose text and inline elements into paragraphs of its own, unmarked: a run of them
        // around the first or last kept child belongs to it, up to the nearest block
        if (isPhrasing(children.get(first))) while (first > 0 && isPhrasing(children.get(first - 1))) first--;
        if (isPhrasing(children.get(last))) while (last + 1 < children.size() && isPhrasing(children.get(last + 1))) last++;
        // Readability keeps text: images, tables and code just before or after it belong to the article too
        while (first > 0 && isWordless(children.get(first - 1), LEAD_MEDIA)) first--;
        while (last + 1 < children.size() && (isWordless(children.get(last + 1), MEDIA) || isNotes(children.get(last + 1)))) last++;
        for (int i = 0; i <= last; i++) {
            Node child = children.get(i);
            if (i >= first || (child instanceof Element e && isHeadingOnly(e))) region.appendChild(child.clone());
        }
        return region;
    }

    /** Text, or an inline element (a link, emphasis, a line break) with no block inside. */
    private static boolean isPhrasing(Node node) {
        if (node instanceof TextNode) return true;
        return node instanceof Element e && !e.isBlock() && e.getAllElements().stream().noneMatch(Element::isBlock);
    }

    /** The article's footnotes, which Readability leaves out as a list of short items after its text. */
    private static boolean isNotes(Node node) {
        return node instanceof Element e && (HtmlFootnotes.isContainer(e) || e.getAllElements().stream().anyMatch(HtmlFootnotes::isContainer));
    }

    /** Blank text, or an element without words that is or holds one of {@code media}. */
    private static boolean isWordless(Node node, String media) {
        if (node instanceof TextNode t) return t.isBlank();
        return node instanceof Element e && !hasWords(e) && (e.is(media) || e.selectFirst(media) != null);
    }

    /** Whether any text inside {@code e} has a Han character or a Latin letter: stops at the first, unlike its text. */
    private static boolean hasWords(Element e) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && meaningful(t.getWholeText()) > 0) found[0] = true;
                boolean silent = node instanceof Element child && HtmlText.SILENT_TAGS.contains(child.normalName());
                return found[0] ? FilterResult.STOP : silent ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return found[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return found[0];
    }

    /** Whether {@code e} is {@code ancestor} or inside it. */
    private static boolean isWithin(Element e, Element ancestor) {
        for (Element n = e; n != null; n = n.parent()) if (n == ancestor) return true;
        return false;
    }

    private static boolean isHeadingOnly(Element e) {
        int all = meaningful(HtmlText.text(e));
        int headings = e.select(HEADINGS).stream().filter(h -> h.parents().stream().noneMatch(p -> p.is(HEADINGS)))
                .mapToInt(h -> meaningful(HtmlText.text(h))).sum();
        return all > 0 && headings == all;
    }

    static void clean(Document doc) {
        List<Node> comments = new ArrayList<>();
        doc.forEachNode(n -> {
            if (n instanceof Comment) comments.add(n);
        });
        comments.forEach(Node::remove);
        noscriptImages(doc);
        doc.select(NEVER_CONTENT).remove();
        for (Element e : doc.select(PAGE_FURNITURE)) {
            // A page built inside a <header> or <aside> still has its article there; a quote's footer is its citation.
            if (e.root() == doc && e.select(MAIN).isEmpty() && e.closest(QUOTED) == null) e.remove();
        }
        if (doc.body() == null) return;
        hoverCards(doc.body());
        int total = meaningful(HtmlText.text(doc.body()));
        for (Element e : doc.body().select(MAYBE_CONTENT)) {
            if (e.root() != doc || !(e.is(UNSEEN) || isHiddenByStyle(e) || isNoise(e) && !HtmlFootnotes.isContainer(e))) continue;
            if (e.is(MAIN) || !e.select(MAIN).isEmpty() || meaningful(HtmlText.text(e)) * 2 > total) {
                keep(e);
            } else {
                e.remove();
            }
        }
    }

    /**
     * A lazy-loading page follows its placeholder image with the real one inside {@code <noscript>}: that one is kept
     * in the placeholder's place (its alt text when it has none). Any other {@code <noscript>} goes, as scripts do.
     */
    private static void noscriptImages(Document doc) {
        for (Element noscript : doc.select("body noscript")) {
            Element real = noscript.selectFirst("img");
            Element before = noscript.previousElementSibling();
            if (real == null || before == null || !before.normalName().equals("img") || hasWords(noscript)) continue;
            if (real.attr("alt").isBlank() && !before.attr("alt").isBlank()) real.attr("alt", before.attr("alt"));
            before.replaceWith(real);
        }
    }

    /**
     * Keeps an element that looked like noise but holds the article (some sites wrap the whole page in a
     * {@code <form>}, or give the article a class like "has-comments"), so that Readability, which drops forms
     * and judges elements by their class, does not drop it either.
     */
    private static void keep(Element e) {
        if (e.is("form, dialog")) {
            e.unwrap();
        } else {
            for (String attr : List.of("class", "id", "hidden", "aria-hidden", "style")) e.removeAttr(attr);
        }
    }

    private static boolean isHiddenByStyle(Element e) {
        return HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find();
    }

    /** A social box that holds an embedded post (a tweet, say) holds what the article quotes. */
    private static boolean isNoise(Element e) {
        return hasWord(e, NOISE_WORDS) && e.selectFirst(EMBEDDED_POST) == null;
    }

    private static boolean hasWord(Element e, Set<String> words) {
        for (String word : WORD_BREAK.split(e.className() + " " + e.id())) {
            if (words.contains(word.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Removes the cards a page shows over a link on hover (a person's picture and their latest articles), hidden in the
     * paragraph until then: the innermost element so named that holds an image or links, and is not the link itself.
     */
    private static void hoverCards(Element body) {
        List<Element> cards = body.select("span, div").stream().filter(MainContent::isHoverCard).toList();
        Set<Element> holdingOne = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element card : cards) holdingOne.addAll(card.parents());
        cards.stream().filter(card -> !holdingOne.contains(card)).forEach(Element::remove);
    }

    private static boolean isHoverCard(Element e) {
        return e.is("span, div") && e.closest("p, li") != null && hasWord(e, HOVER_WORDS)
                && (e.selectFirst("img") != null || e.select("a").size() >= 2);
    }

    /** Meaningful characters inside links, not counting a link within a link twice. */
    private static int linkText(Element content) {
        int linked = 0;
        for (Element a : content.select("a")) {
            if (a.parents().stream().noneMatch(p -> p.normalName().equals("a"))) {
                linked += meaningful(HtmlText.text(a));
            }
        }
        return linked;
    }

    /** Letters of any script: a page in Russian or Korean has an article too, which its readers may translate. */
    static int meaningful(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
