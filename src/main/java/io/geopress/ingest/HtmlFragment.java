package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a fragment of HTML, such as the raw HTML of a Markdown file, into the candidates a page's content gives
 * ({@link HtmlBlocks}): images and figures, tables, code, quotes, lists, headings (levels as written, {@code h1}
 * being 1), and running text with its inline markup; an {@code <iframe>}, {@code <video>} or {@code <audio>}
 * becomes a paragraph with a link to its address. Every other element is kept as its text, never as markup; what
 * holds no text to read (a script, a style, an SVG drawing) is left out with a warning naming the file and line.
 */
final class HtmlFragment {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "template", "noscript", "svg", "math",
            "canvas", "head", "title", "meta", "link", "base");
    /** Form controls, whose text is kept as text. */
    private static final Set<String> CONTROLS = Set.of("button", "select", "option", "textarea");

    /**
     * @param candidates the fragment's blocks in order, one language each, for {@link BlockPairer}
     * @param warnings each naming the file and line
     * @param images the local image files its figures name (a relative path, read against the file's folder)
     */
    record Read(List<Candidate> candidates, List<String> warnings, List<Imported.LocalImage> images) {
        Read {
            candidates = List.copyOf(candidates);
            warnings = List.copyOf(warnings);
            images = List.copyOf(images);
        }
    }

    private HtmlFragment() {}

    /**
     * @param line the file's line the fragment starts on
     * @param baseUrl the absolute http(s) address relative links and images are resolved against, or null: links then
     *     stay as written and images are files beside {@code file}
     */
    static Read candidates(String html, SourceFile file, int line, String baseUrl) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Path folder = file.path() == null ? null : file.path().toAbsolutePath().getParent();
        HtmlAddresses addresses = new HtmlAddresses(baseUrl, folder);
        HtmlReading reading = HtmlReading.of(file, line - 1, addresses, HtmlFootnotes.of(doc.body()));
        for (Element e : doc.head().children()) leftOut(e, reading); // where a parser puts a leading <style> or <script>
        for (Element e : doc.body().select(String.join(", ", NEVER_TEXT))) {
            if (e.root() == doc) leftOut(e, reading);
        }
        for (Element e : doc.body().select(String.join(", ", CONTROLS))) e.unwrap();
        List<Candidate> candidates = HtmlBlocks.of(doc.body(), reading);
        return new Read(candidates, reading.warnings(), reading.images());
    }

    private static void leftOut(Element e, HtmlReading reading) {
        reading.warn(e, "<" + e.normalName().toLowerCase(Locale.ROOT) + "> in HTML is not kept (it holds no text to read)");
        e.remove();
    }
}
