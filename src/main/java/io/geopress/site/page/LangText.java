package io.geopress.site.page;

import io.geopress.model.Inline;
import io.geopress.model.Lang;
import java.util.List;

/**
 * A text in one language as a page shows it.
 *
 * @param text its plain text
 * @param nodes its markup (links, emphasis, …); empty for a plain text, which {@code text} says in full
 * @param alone the page shows the text in this language only (the other is missing, or the site does not show
 *     it), so the reading switch never hides it
 * @param second it follows the same text in the main language, and is styled as its translation
 */
public record LangText(Lang lang, String text, List<Inline> nodes, boolean alone, boolean second) {
    public LangText {
        nodes = List.copyOf(nodes);
    }

    /** The value of its {@code lang} attribute. */
    public String tag() {
        return lang.tag();
    }

    /** Its classes: the language ({@code zh}, {@code en}), then {@code only} and {@code second} where they hold. */
    public String css() {
        return lang.code() + (alone ? " only" : "") + (second ? " second" : "");
    }
}
