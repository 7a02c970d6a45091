package io.geopress.model;

import java.util.List;
import java.util.Objects;

/**
 * A text in Chinese and English; an empty string means that language is missing.
 *
 * <p>A text may carry inline markup (links, emphasis, code, …) as {@link Inline} nodes; {@code zh} and {@code en}
 * are then its plain text, derived from the nodes, which is what search, pairing and the checks read. A text
 * without markup keeps no nodes ({@code zhInline} and {@code enInline} are empty), so plain text is stored, and
 * hashed, exactly as before markup existed.
 */
public record Bilingual(String zh, String en, List<Inline> zhInline, List<Inline> enInline) {
    public static final Bilingual EMPTY = new Bilingual("", "");

    public Bilingual {
        if (zhInline == null || zhInline.isEmpty()) {
            zh = plain(zh);
            zhInline = List.of();
        } else {
            zhInline = Inline.normalized(zhInline);
            zh = plain(Inline.plain(zhInline));
            if (Inline.isPlain(zhInline)) zhInline = List.of();
        }
        if (enInline == null || enInline.isEmpty()) {
            en = plain(en);
            enInline = List.of();
        } else {
            enInline = Inline.normalized(enInline);
            en = plain(Inline.plain(enInline));
            if (Inline.isPlain(enInline)) enInline = List.of();
        }
    }

    public Bilingual(String zh, String en) {
        this(zh, en, List.of(), List.of());
    }

    public static Bilingual of(Lang lang, String text) {
        return lang == Lang.ZH ? new Bilingual(text, "") : new Bilingual("", text);
    }

    /** A text made of inline nodes in each language (either list may be empty). */
    public static Bilingual inline(List<Inline> zh, List<Inline> en) {
        return new Bilingual(null, null, zh, en);
    }

    public static Bilingual inline(Lang lang, List<Inline> nodes) {
        return lang == Lang.ZH ? inline(nodes, List.of()) : inline(List.of(), nodes);
    }

    public String get(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** The text in {@code lang} as inline nodes: its markup, or one text node for a plain text (none when missing). */
    public List<Inline> nodes(Lang lang) {
        List<Inline> nodes = lang == Lang.ZH ? zhInline : enInline;
        if (!nodes.isEmpty()) return nodes;
        String text = get(lang);
        return text.isEmpty() ? List.of() : List.of(new Inline.Text(text));
    }

    /** Whether the text in either language carries markup beyond plain text. */
    public boolean hasMarkup() {
        return !zhInline.isEmpty() || !enInline.isEmpty();
    }

    public boolean has(Lang lang) {
        return !get(lang).isEmpty();
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    public boolean isComplete() {
        return !zh.isEmpty() && !en.isEmpty();
    }

    /** The Chinese text when there is one, else the English. */
    public String any() {
        return in(Lang.ZH);
    }

    /** The text in {@code lang} when there is one, else the other. */
    public String in(Lang lang) {
        return has(lang) ? get(lang) : get(lang.other());
    }

    /** Both texts, Chinese first, with {@code separator} between; one text alone when the other is missing. */
    public String joined(String separator) {
        return isComplete() ? zh + separator + en : any();
    }

    /** This text with {@code lang} replaced by a plain {@code text} (its markup in that language gone). */
    public Bilingual with(Lang lang, String text) {
        Objects.requireNonNull(lang);
        return lang == Lang.ZH ? new Bilingual(text, en, List.of(), enInline) : new Bilingual(zh, text, zhInline, List.of());
    }

    /** This text with {@code lang} replaced by {@code nodes}. */
    public Bilingual with(Lang lang, List<Inline> nodes) {
        Objects.requireNonNull(lang);
        return lang == Lang.ZH ? new Bilingual("", en, nodes, enInline) : new Bilingual(zh, "", zhInline, nodes);
    }

    /** The same text without markup. */
    public Bilingual plain() {
        return hasMarkup() ? new Bilingual(zh, en) : this;
    }

    private static String plain(String text) {
        return text == null ? "" : CleanText.of(text).strip();
    }
}
