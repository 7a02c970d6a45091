package io.geopress.site.page;

import io.geopress.model.Bilingual;
import io.geopress.model.Lang;
import java.util.List;

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
 */
public record SitePart(Bilingual name, String home, String css, String script, String searchScript, String readingMode, String icp, String publicSecurity,
        List<Lang> languages) {
    public SitePart {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) throw new IllegalArgumentException("a site shows at least one language");
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
            return List.of(new LangText(first, text.get(first), false, false), new LangText(second, text.get(second), false, true));
        }
        if (firstShown) return List.of(new LangText(first, text.get(first), true, false));
        if (secondShown) return List.of(new LangText(second, text.get(second), true, false));
        return List.of();
    }

    private static String locale(Lang lang) {
        return lang == Lang.ZH ? "zh_CN" : "en_US";
    }
}
