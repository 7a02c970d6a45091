package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.ingest.Imported.LocalImage;
import io.geopress.model.Bilingual;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.LinkTarget;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a Markdown body, from its images and Hugo figure shortcodes: each one candidate, or two (Chinese and
 * English, which the pairer joins) when its caption or alt text holds both languages side by side. A local image
 * is also an {@link LocalImage} for the media store. An image whose path cannot be one (a refused scheme, a path
 * leading out of the site) is a warning, and its caption and alt text a paragraph.
 */
final class MarkdownFigures {
    /**
     * An image as the source names it.
     *
     * @param caption its caption (a Markdown image's title, a shortcode's title and caption)
     * @param credit who made it (a shortcode's {@code attr}), or null; {@code creditLink} its {@code attrlink}
     * @param link where the image links to (a linked image, a shortcode's {@code link}), or null
     */
    record FigureSource(String src, String alt, List<Inline> caption, String credit, String creditLink, String link, int width,
            int height, int line) {
        static FigureSource image(String src, String title, String alt, int line) {
            List<Inline> caption = title == null || title.isBlank() ? List.of() : List.of(new Inline.Text(title));
            return new FigureSource(src == null ? "" : src, alt, caption, null, null, null, 0, 0, line);
        }

        FigureSource linkedTo(String url) {
            return new FigureSource(src, alt, caption, credit, creditLink, url, width, height, line);
        }
    }

    private final ImagePaths paths;
    private final SourceFile file;
    private final List<String> warnings;
    private final List<LocalImage> images;

    MarkdownFigures(ImagePaths paths, SourceFile file, List<String> warnings, List<LocalImage> images) {
        this.paths = paths;
        this.file = file;
        this.warnings = warnings;
        this.images = images;
    }

    List<Candidate> candidates(FigureSource f) {
        String at = file.at(f.line());
        ImagePaths.Resolved where = paths.resolve(f.src(), file.path());
        if (where.problem() != null) {
            warnings.add(at + ": image '" + BlockPairer.head(f.src()) + "': " + where.problem()
                    + "; its alt text and caption are kept as a paragraph");
            List<Inline> text = new ArrayList<>(f.caption());
            if (!f.alt().isBlank()) text.add(new Inline.Text((text.isEmpty() ? "" : " ") + f.alt()));
            String plain = Inline.plain(text);
            return Script.hasNoWords(plain) ? List.of() : List.of(new Candidate(BlockKind.PARAGRAPH, 0, false, plain, f.line(), text, null));
        }
        if (where.warning() != null) warnings.add(at + ": " + where.warning());
        String src = LinkTarget.check(f.src());
        if (where.file() != null && images.stream().noneMatch(image -> image.src().equals(src))) {
            images.add(new LocalImage(src, where.file(), at));
        }
        List<Inline> extras = extras(f, at);
        ScriptSplit.Halves caption = ScriptSplit.split(f.caption());
        ScriptSplit.Halves alt = ScriptSplit.split(List.of(new Inline.Text(f.alt())));
        Lang first = caption != null ? caption.first() : alt != null ? alt.first() : null;
        if (first == null) return List.of(candidate(f, f.caption(), f.alt(), extras));
        List<Candidate> both = new ArrayList<>(2);
        for (Lang lang : List.of(first, first.other())) {
            List<Inline> captionIn = caption != null ? caption.in(lang) : in(lang, f.caption());
            String altIn = alt != null ? Inline.plain(alt.in(lang)) : Inline.plain(in(lang, List.of(new Inline.Text(f.alt()))));
            both.add(candidate(f, captionIn, altIn, extras));
        }
        return both;
    }

    private static Candidate candidate(FigureSource f, List<Inline> caption, String alt, List<Inline> extras) {
        List<Inline> nodes = new ArrayList<>(caption);
        for (Inline extra : extras) {
            if (!nodes.isEmpty()) nodes.add(new Inline.Text(" "));
            nodes.add(extra);
        }
        List<Inline> altNodes = alt.isBlank() ? List.of() : List.of(new Inline.Text(alt));
        Figure image = new Figure(f.src(), f.width(), f.height(), Bilingual.inline(altNodes, List.of()), f.credit());
        return new Candidate(BlockKind.FIGURE, 0, false, (Inline.plain(caption) + " " + alt).strip(), f.line(), nodes, image);
    }

    /** The figure's links that have no place in {@link Figure}, as links at the end of its caption. */
    private List<Inline> extras(FigureSource f, String at) {
        List<Inline> extras = new ArrayList<>(2);
        if (f.link() != null && !f.link().isBlank() && !f.link().equals(f.src())) {
            addLink(extras, f.link(), f.link(), at);
        }
        if (f.creditLink() != null && !f.creditLink().isBlank()) {
            addLink(extras, f.creditLink(), f.credit() == null || f.credit().isBlank() ? f.creditLink() : f.credit(), at);
        }
        return extras;
    }

    private void addLink(List<Inline> into, String url, String text, String at) {
        String problem = LinkTarget.problem(url);
        if (problem == null) {
            into.add(new Inline.Link(url, null, List.of(new Inline.Text(text))));
        } else {
            warnings.add(at + ": link '" + BlockPairer.head(url) + "': " + problem + "; kept as text");
            into.add(new Inline.Text(text));
        }
    }

    /** {@code nodes} when they are written in {@code lang}, else none. */
    private static List<Inline> in(Lang lang, List<Inline> nodes) {
        String plain = Inline.plain(nodes);
        return !Script.hasNoWords(plain) && Script.dominant(plain) == lang ? nodes : List.of();
    }
}
