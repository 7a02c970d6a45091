package io.geopress.site.page;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Snippet;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * What every page shows of the site.
 *
 * @param home the site-relative address of the home page (the article list)
 * @param css the site-relative address of the style sheet
 * @param script the site-relative address of the script every page loads (reading mode memory, copy button)
 * @param searchScript the site-relative address of the search page's script
 * @param readingMode what pages show before the reader chooses: both, zh or en
 * @param icp the ICP record number for the footer, or null
 * @param publicSecurity the public-security record number for the footer, or null
 * @param languages the languages pages show, the main one first
 * @param inline how running text is written as HTML; an article page has one of its own, which numbers its notes
 * @param media the files the media store holds for a figure's {@code src}, narrowest first (none for other images)
 */
public record SitePart(Bilingual name, String home, String css, String script, String searchScript, String readingMode, String icp, String publicSecurity,
        List<Lang> languages, InlineHtml inline, Function<String, List<ImageVariant>> media) {
    /** Where the media store's files are, in the store as in the built site. */
    public static final String MEDIA = "media/";

    public SitePart {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) throw new IllegalArgumentException("a site shows at least one language");
    }

    /**
     * The site as one rendering of an article shows it, numbering {@code notes} (its footnote blocks) as they are
     * referred to; {@code pageUrl} makes every address absolute (a feed's copy of the body), or is null on the page.
     */
    public SitePart forArticle(List<Block> notes, URI pageUrl) {
        return withInline(inline.forArticle(new Footnotes(notes), pageUrl));
    }

    /** The same site, writing text with {@code writer}. */
    public SitePart withInline(InlineHtml writer) {
        return new SitePart(name, home, css, script, searchScript, readingMode, icp, publicSecurity, languages, writer, media);
    }

    /** The text as HTML: escaped, with its markup. */
    public String html(LangText text) {
        return inline.html(text);
    }

    /** A link to the element {@code id} of this page: its fragment, made absolute where addresses are. */
    public String anchor(String id) {
        return inline.address("#" + id);
    }

    /** The article's footnotes as this rendering numbers them (none outside an article), which the body lists at its end. */
    public Footnotes notes() {
        return inline.notes();
    }

    /**
     * Where the page loads a figure's image from: a remote image from its address, one in the media store from the
     * built site's {@code media/}; null when the page has no copy of it (a local path an import could not read).
     */
    public String imageUrl(Figure figure) {
        String src = figure.src();
        if (src.startsWith("http://") || src.startsWith("https://") || src.startsWith("//")) return inline.address(src);
        return src.startsWith(MEDIA) ? inline.address(home + src) : null;
    }

    /** The copies of a figure's image a page offers in {@code srcset}, at the addresses the page loads them from. */
    public List<ImageVariant> variants(Figure figure) {
        List<ImageVariant> stored = media.apply(figure.src());
        if (stored.isEmpty()) return stored;
        return stored.stream().map(v -> new ImageVariant(inline.address(home + v.url()), v.width())).toList();
    }

    /** Whether the image comes from another site, which is then sent no referrer (some hosts refuse others'). */
    public boolean remote(Figure figure) {
        return !figure.src().startsWith(MEDIA);
    }

    /**
     * A figure's alternative text: its languages as the page shows them, one after the other; null (no attribute)
     * when it has none and a caption says what the image shows, else empty.
     */
    public String alt(Figure figure, boolean captioned) {
        List<LangText> shown = texts(figure.alt());
        if (shown.isEmpty()) return captioned ? null : "";
        return String.join(" / ", shown.stream().map(LangText::text).toList());
    }

    /** The class of a code block's {@code code} element, {@code language-NAME} as highlighters read it; null when it names none. */
    public String codeClass(Snippet snippet) {
        if (snippet.language() == null) return null;
        String name = snippet.language().replaceAll("[^A-Za-z0-9_+#.-]", "");
        return name.isEmpty() ? null : "language-" + name;
    }

    /** The pages' main language. */
    public Lang primary() {
        return languages.get(0);
    }

    /** The main language as the {@code lang} attribute of the {@code html} element gives it. */
    public String lang() {
        return primary().tag();
    }

    /** The Open Graph locale of the main language. */
    public String ogLocale() {
        return locale(primary());
    }

    /** The Open Graph locale of the other language, or null when pages show only one. */
    public String ogLocaleAlternate() {
        return bilingual() ? locale(languages.get(1)) : null;
    }

    /** Whether pages show both languages, and so offer the reading switch. */
    public boolean bilingual() {
        return languages.size() > 1;
    }

    /** The site's name in the main language, else in the other. */
    public String displayName() {
        return name.in(primary());
    }

    /**
     * What a table cell shows of {@code text}: as {@link #texts(Bilingual)}, but a text the same in both languages
     * (a number, a name) once, never hidden by the reading switch.
     */
    public List<LangText> cellTexts(Bilingual text) {
        if (text.isComplete() && text.zh().equals(text.en()) && text.zhInline().equals(text.enInline())) {
            Lang lang = primary();
            return List.of(new LangText(lang, text.get(lang), nodes(text, lang), true, false));
        }
        return texts(text);
    }

    /** What a page shows of {@code text}, main language first. */
    public List<LangText> texts(Bilingual text) {
        return texts(text, primary());
    }

    /**
     * What a page shows of {@code text}, {@code first} first: each language the site shows that the text has; when
     * it has none of them (a site in one language, a block not translated into it), the language it has.
     */
    public List<LangText> texts(Bilingual text, Lang first) {
        Lang second = first.other();
        boolean firstShown = languages.contains(first) && text.has(first);
        boolean secondShown = languages.contains(second) && text.has(second);
        if (!firstShown && !secondShown) {
            firstShown = text.has(first);
            secondShown = !firstShown && text.has(second);
        }
        if (firstShown && secondShown) {
            return List.of(new LangText(first, text.get(first), nodes(text, first), false, false),
                    new LangText(second, text.get(second), nodes(text, second), false, true));
        }
        if (firstShown) return List.of(new LangText(first, text.get(first), nodes(text, first), true, false));
        if (secondShown) return List.of(new LangText(second, text.get(second), nodes(text, second), true, false));
        return List.of();
    }

    /** The markup of {@code text} in {@code lang}; empty for a plain text. */
    private static List<Inline> nodes(Bilingual text, Lang lang) {
        return lang == Lang.ZH ? text.zhInline() : text.enInline();
    }

    private static String locale(Lang lang) {
        return lang == Lang.ZH ? "zh_CN" : "en_US";
    }
}
