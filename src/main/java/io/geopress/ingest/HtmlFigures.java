package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A {@code <figure>} of images: a figure block per image, the last one taking the {@code <figcaption>}, its credit
 * (an element of class credit, copyright, … or a {@code <small>}) apart. A caption in both languages gives the image
 * twice, once with each, for the pairer to pair like paragraphs; its alt text goes with the caption of its language.
 */
final class HtmlFigures {
    private static final List<String> CREDIT_CLASSES = List.of("credit", "copyright", "photographer", "byline",
            "attribution", "source", "author");

    private HtmlFigures() {}

    static List<Candidate> read(Element figure, Element caption, HtmlReading reading) {
        HtmlInline body = new HtmlInline(reading, e -> e == caption);
        body.addChildren(figure);
        List<Candidate> out = new ArrayList<>();
        List<Inline> stray = body.nodes();
        if (!Script.hasNoWords(Inline.plain(stray))) {
            out.add(Candidates.text(BlockKind.PARAGRAPH, 0, false, stray, reading.line(figure)));
        }
        List<Candidate> shown = body.after();
        int last = -1;
        for (int i = 0; i < shown.size(); i++) if (shown.get(i).kind() == BlockKind.FIGURE) last = i;
        Element credit = caption == null ? null : credit(caption);
        HtmlInline text = new HtmlInline(reading, e -> e == credit);
        if (caption != null) text.addLines(caption);
        List<List<Inline>> parts = LanguageParts.ofCaption(text.nodes());
        String by = credit == null ? null : HtmlText.text(credit);
        for (int i = 0; i < shown.size(); i++) {
            if (i == last) out.addAll(captioned(shown.get(i), parts, by));
            else out.add(shown.get(i));
        }
        if (last < 0) { // no image could be kept: its caption is still text of the page
            for (List<Inline> part : parts) {
                if (!part.isEmpty()) out.add(Candidates.text(BlockKind.PARAGRAPH, 0, false, part, reading.line(caption)));
            }
        }
        out.addAll(text.after());
        return out;
    }

    private static List<Candidate> captioned(Candidate image, List<List<Inline>> parts, String credit) {
        Figure shown = (Figure) image.detail();
        Figure withCredit = new Figure(shown.src(), shown.width(), shown.height(), shown.alt(), credit);
        if (parts.size() == 1) return List.of(Candidates.figure(withCredit, parts.get(0), image.line()));
        String alt = shown.alt().zh();
        Lang altLang = Script.hasNoWords(alt) ? null : Script.dominant(alt);
        List<Candidate> twice = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Lang lang = Script.dominant(Inline.plain(parts.get(i)));
            boolean takesAlt = altLang == null ? i == 0 : lang == altLang;
            Figure figure = takesAlt ? withCredit : new Figure(shown.src(), shown.width(), shown.height(), null, credit);
            twice.add(Candidates.figure(figure, parts.get(i), image.line()));
        }
        return twice;
    }

    private static Element credit(Element caption) {
        for (Element e : caption.getAllElements()) {
            if (e == caption) continue;
            if (e.normalName().equals("small")) return e;
            for (String name : e.classNames()) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (CREDIT_CLASSES.stream().anyMatch(lower::contains)) return e;
            }
        }
        return null;
    }
}
