package io.geopress.site.page;

import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.LinkTarget;
import java.net.URI;
import java.util.List;

/**
 * Running text written as HTML: its text escaped, its links as {@code <a href>} (an external one with {@code rel}),
 * its styles, code and line breaks as their elements, and its footnote references as numbered links to the notes.
 * A link is checked again here, whatever made it: an address {@link LinkTarget} refuses is written as its text.
 */
public final class InlineHtml {
    private final String externalRel;
    private final URI base;
    private final Footnotes notes;
    private final boolean noteLinks;

    private InlineHtml(String externalRel, URI base, Footnotes notes, boolean noteLinks) {
        this.externalRel = externalRel;
        this.base = base;
        this.notes = notes;
        this.noteLinks = noteLinks;
    }

    /**
     * How a site writes text outside articles: addresses as written, footnote references (there are no notes)
     * as their labels.
     *
     * @param linkRel what an external link's {@code rel} holds beside {@code noopener} ({@code nofollow}, {@code ugc})
     */
    public static InlineHtml of(List<String> linkRel) {
        StringBuilder rel = new StringBuilder("noopener");
        for (String token : linkRel) rel.append(' ').append(token);
        return new InlineHtml(rel.toString(), null, Footnotes.none(), true);
    }

    /**
     * The same for one rendering of an article: {@code notes} numbered as they are referred to, and addresses made
     * absolute against {@code base} (a feed's copy of the body), or left as written when it is null (the page).
     */
    public InlineHtml forArticle(Footnotes articleNotes, URI pageUrl) {
        return new InlineHtml(externalRel, pageUrl, articleNotes, true);
    }

    /** For HTML inside a Markdown twin: absolute addresses, and references as their numbers, which the twin links. */
    public InlineHtml forTwin(Footnotes articleNotes, URI pageUrl) {
        return new InlineHtml(externalRel, pageUrl, articleNotes, false);
    }

    public Footnotes notes() {
        return notes;
    }

    /** {@code address} as this rendering links to it: made absolute when it has a base, else as written. */
    public String address(String address) {
        if (base == null || address.startsWith("http://") || address.startsWith("https://")) return address;
        try {
            return base.resolve(address).toString();
        } catch (IllegalArgumentException e) {
            return address; // not a URI Java reads (a source's odd characters): a browser resolves it as it is
        }
    }

    /** The text in {@code lang}: its nodes, or its plain {@code text} when it has none. */
    public String html(LangText text) {
        if (text.nodes().isEmpty()) return escape(text.text());
        StringBuilder out = new StringBuilder(text.text().length() + 32);
        write(text.nodes(), text.lang(), false, out);
        return out.toString();
    }

    private void write(List<Inline> nodes, Lang lang, boolean inLink, StringBuilder out) {
        for (Inline node : nodes) {
            if (node instanceof Inline.Text t) {
                escape(t.text(), out);
            } else if (node instanceof Inline.Styled s) {
                String tag = tag(s.style());
                out.append('<').append(tag).append('>');
                write(s.children(), lang, inLink, out);
                out.append("</").append(tag).append('>');
            } else if (node instanceof Inline.Link l) {
                link(l, lang, inLink, out);
            } else if (node instanceof Inline.Code c) {
                out.append("<code>");
                escape(c.text(), out);
                out.append("</code>");
            } else if (node instanceof Inline.Break) {
                out.append("<br>");
            } else if (node instanceof Inline.NoteRef r) {
                reference(r, lang, inLink, out);
            }
        }
    }

    /** A link inside a link is its text: HTML has no nested links. */
    private void link(Inline.Link l, Lang lang, boolean inLink, StringBuilder out) {
        if (inLink || !LinkTarget.allowed(l.url()) || LinkTarget.isReference(l.url())) { // a reference no build resolved
            write(l.children(), lang, inLink, out);
            return;
        }
        out.append("<a href=\"");
        escape(address(l.url()), out);
        out.append('"');
        if (l.title() != null) {
            out.append(" title=\"");
            escape(l.title(), out);
            out.append('"');
        }
        if (LinkTarget.external(l.url())) out.append(" rel=\"").append(externalRel).append('"');
        out.append('>');
        write(l.children(), lang, true, out);
        out.append("</a>");
    }

    private void reference(Inline.NoteRef r, Lang lang, boolean inLink, StringBuilder out) {
        Footnotes.Reference ref = notes.refer(r.label(), lang);
        if (ref == null) { // no such note: the label as the source wrote it
            out.append("<sup>[");
            escape(r.label(), out);
            out.append("]</sup>");
        } else if (inLink || !noteLinks) {
            out.append("<sup>[").append(ref.number()).append("]</sup>");
        } else {
            out.append("<sup><a href=\"");
            escape(address("#" + ref.noteId()), out);
            out.append("\" id=\"").append(ref.id()).append("\">").append(ref.number()).append("</a></sup>");
        }
    }

    private static String tag(Inline.Style style) {
        return switch (style) {
            case STRONG -> "strong";
            case EMPHASIS -> "em";
            case STRIKE -> "del";
            case SUB -> "sub";
            case SUP -> "sup";
        };
    }

    /**
     * {@code text} escaped for HTML text and for a double-quoted attribute (a quote as {@code &#39;}, not
     * {@code &apos;}, which HTML 4 readers, feed readers among them, show as it is).
     */
    public static String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (special(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length() + 16);
                escape(text, out);
                return out.toString();
            }
        }
        return text;
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }

    @Override
    public String toString() {
        return "InlineHtml[rel=" + externalRel + ", base=" + base + ", notes=" + notes + ", noteLinks=" + noteLinks + "]";
    }
}
