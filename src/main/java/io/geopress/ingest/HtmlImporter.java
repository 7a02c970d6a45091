package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.BlockKind;
import io.geopress.model.Field;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import io.geopress.text.Script;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads one HTML page: decodes it ({@link Charsets}), reads its metadata ({@link PageMetadata}), extracts the
 * article ({@link MainContent}) and pairs its Chinese and English blocks ({@link BlockPairer}).
 */
final class HtmlImporter implements Importer {
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\\-–—_·/]\\s+|\\s*[｜丨]\\s*");

    @Override
    public void read(SourceFile file, Consumer<Imported> sink) {
        List<String> warnings = new ArrayList<>();
        Charsets.Decoded decoded = Charsets.decode(file.bytes());
        decoded.notes().forEach(note -> warnings.add(file.name() + ": " + note));

        Document doc = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(true));
        List<String> problems = new ArrayList<>();
        PageMetadata meta = PageMetadata.read(doc, file.zone(), problems);
        problems.forEach(problem -> warnings.add(file.name() + ": " + problem));

        Element content = MainContent.extract(doc, meta.url(), file);
        List<Candidate> candidates = new ArrayList<>(HtmlBlocks.of(content));
        Bilingual title = takeTitle(meta.title(), candidates);
        if (title.isEmpty()) warnings.add(file.name() + ": no title found");
        if (candidates.isEmpty()) throw new ImportException(file.name(), "no text found in the main content");

        BlockPairer.Result paired = BlockPairer.pair(HtmlBlocks.shiftHeadings(candidates), file);
        warnings.addAll(paired.warnings());
        Source source = new Source(meta.siteName() == null ? Bilingual.EMPTY
                : Bilingual.of(Script.dominant(meta.siteName()), meta.siteName()), meta.url(), meta.published(), title, meta.author());
        Article article = new Article(title, Bilingual.EMPTY, null, source, paired.blocks(), List.of(), meta.tags(),
                List.of(), List.of(), false, null,
                Map.of(Field.BODY, new Provenance("import:html", file.name(), Instant.now(), false)));
        sink.accept(new Imported(file.name(), article, warnings));
    }

    /**
     * The page title in its language. A heading that repeats it leaves the body, and so does a heading of the
     * other language at the same level right after it, which becomes the title's translation. A bilingual
     * page's title ("中文 | English") is matched part by part.
     */
    static Bilingual takeTitle(String pageTitle, List<Candidate> candidates) {
        if (pageTitle == null || pageTitle.isBlank()) return Bilingual.EMPTY;
        Bilingual title = Bilingual.of(Script.dominant(pageTitle), pageTitle);
        List<String> parts = TITLE_PARTS.splitAsStream(pageTitle).map(HtmlImporter::normalized).toList();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind() != BlockKind.HEADING) continue;
            String heading = normalized(c.text());
            if (heading.equals(normalized(pageTitle))) {
                candidates.remove(i);
            } else if (parts.size() > 1 && parts.contains(heading)) {
                candidates.remove(i);
                title = Bilingual.of(c.lang(), c.text());
            } else {
                continue;
            }
            if (i < candidates.size()) {
                Candidate next = candidates.get(i);
                if (next.kind() == BlockKind.HEADING && next.level() == c.level() && next.lang() != c.lang()) {
                    candidates.remove(i);
                    title = title.with(next.lang(), next.text());
                }
            }
            break;
        }
        return title;
    }

    private static String normalized(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
