package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.BlockKind;
import io.geopress.model.Field;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import io.geopress.text.Script;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Reads one HTML page: decodes it ({@link Charsets}), reads its metadata ({@link PageMetadata}), extracts the
 * article ({@link MainContent}) and pairs its Chinese and English blocks ({@link BlockPairer}).
 */
final class HtmlImporter implements Importer {
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？]|[.!?](?=\\s|$)");
    private static final int MAX_DERIVED_TITLE = 120;
    private static final int MIN_REPEATED_TITLE = 20;
    static final long MAX_DEPTHS = 60_000_000;
    /** An element costs extraction about as much as this many characters of text at its depth (measured). */
    private static final int ELEMENT_WEIGHT = 20;
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\\-–—_·/]\\s+|\\s*[｜丨]\\s*");

    private final String address;
    private final String contentType;

    /** A page read from a file. */
    HtmlImporter() {
        this(null, null);
    }

    /**
     * A page fetched from {@code address}, its address when it names none of its own, with the HTTP {@code Content-Type}
     * it came with (its charset the strongest evidence), or null.
     */
    HtmlImporter(String address, String contentType) {
        this.address = address;
        this.contentType = contentType;
    }

    @Override
    public void read(SourceFile file, Consumer<Imported> sink) {
        List<String> warnings = new ArrayList<>();
        Charsets.Decoded decoded = contentType == null ? Charsets.decode(file.bytes()) : Charsets.decode(file.bytes(), contentType);
        decoded.notes().forEach(note -> warnings.add(file.name() + ": " + note));

        Checks.controlCharacters(file, decoded.text()).ifPresent(warnings::add);
        Document doc = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(true));
        refuseDeepNesting(doc, file);
        WeChatPage wechat = WeChatPage.of(doc);
        if (wechat != null) {
            sink.accept(WeChatArticle.read(wechat, doc, file, warnings));
            return;
        }
        List<String> problems = new ArrayList<>();
        PageMetadata meta = PageMetadata.read(doc, file.zone(), problems);
        if (meta.title() != null) Checks.title(file.name(), meta.title()); // before the work of extraction
        problems.forEach(problem -> warnings.add(file.name() + ": " + problem));

        String url = meta.url() != null ? meta.url() : address;
        // a fetched page's links are relative to where it was fetched from; a saved one's to the address it names
        String base = address != null ? address : meta.url();
        HtmlAddresses addresses = HtmlAddresses.of(doc, base, file.path() == null ? null : file.path().toAbsolutePath().getParent());
        String articleBody = JsonLd.read(doc, new ArrayList<>()).articleBody(); // its problems are told above
        Element content = MainContent.extract(doc, url, file);
        HtmlReading reading = HtmlReading.of(file, 0, addresses, HtmlFootnotes.of(content));
        List<Candidate> candidates = new ArrayList<>(ArticleBodyEvidence.filter(Boilerplate.strip(HtmlBlocks.of(content, reading), host(url)), articleBody));
        warnings.addAll(reading.warnings());
        if (candidates.isEmpty()) throw new ImportException(file.name(), "no text found in the main content");
        Bilingual title = takeTitle(meta.title(), candidates);
        if (title.isEmpty()) title = derivedTitle(candidates, file.name(), "page", warnings);

        BlockPairer.Result paired = BlockPairer.pair(HtmlBlocks.shiftHeadings(candidates), file);
        warnings.addAll(paired.warnings());
        Source source = new Source(meta.siteName() == null ? Bilingual.EMPTY
                : Bilingual.of(Script.dominant(meta.siteName()), meta.siteName()), url, meta.published(), title, meta.author());
        Article article = new Article(title, Bilingual.EMPTY, null, source, paired.blocks(), List.of(), meta.tags(),
                List.of(), List.of(), false, null,
                Map.of(Field.BODY, new Provenance("import:html", file.name(), Instant.now(), false)));
        sink.accept(new Imported(file.name(), article, warnings, paired.untranslated(), List.of(), file.name(),
                reading.images()));
    }

    private static String host(String url) {
        try {
            return url == null ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A title for a page (or a feed's entry: {@code what}) that names none (no title element, meta tag or JSON-LD
     * headline): its first heading, which leaves the body, else the first sentence of its text.
     */
    static Bilingual derivedTitle(List<Candidate> candidates, String where, String what, List<String> warnings) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).kind() == BlockKind.HEADING) {
                Candidate heading = candidates.remove(i);
                warnings.add(where + ": the " + what + " names no title; its first heading is the title");
                return Bilingual.of(heading.lang(), heading.text());
            }
        }
        String text = candidates.stream().filter(c -> c.detail() == null && !c.text().isEmpty()).map(Candidate::text)
                .findFirst().orElse("");
        Matcher end = SENTENCE_END.matcher(text);
        String sentence = end.find() ? text.substring(0, end.end()).strip() : text;
        if (sentence.length() > MAX_DERIVED_TITLE) {
            int cut = sentence.lastIndexOf(' ', MAX_DERIVED_TITLE);
            sentence = sentence.substring(0, cut > MAX_DERIVED_TITLE / 2 ? cut : MAX_DERIVED_TITLE) + "…";
        }
        warnings.add(where + ": the " + what + " names no title and has no heading; its first sentence is the title");
        return Bilingual.of(Script.dominant(sentence), sentence);
    }

    /**
     * Walks the page without recursion, so that elements nested thousands deep are refused, not a stack overflow;
     * and refuses a page whose characters and elements (an element counted as {@link #ELEMENT_WEIGHT} characters),
     * each counted as deep as it is nested, add up past {@link #MAX_DEPTHS}: extraction reads every element's text, so
     * its time grows with that sum (400,000 elements 200 deep took a minute, a megabyte of text under 200 elements
     * 15 s); the limit is a few seconds of it.
     */
    private static void refuseDeepNesting(Document doc, SourceFile file) {
        int[] line = {0};
        long[] depths = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) depths[0] += (long) text.getWholeText().length() * depth;
            if (!(node instanceof Element)) return;
            depths[0] += (long) ELEMENT_WEIGHT * depth;
            if (depth > Checks.MAX_NESTING && line[0] == 0) {
                line[0] = node.sourceRange().isTracked() ? node.sourceRange().start().lineNumber() : 1;
            }
        }, doc);
        if (line[0] > 0) {
            throw new ImportException(file.at(line[0]), "elements nested more than " + Checks.MAX_NESTING + " deep");
        }
        if (depths[0] > MAX_DEPTHS) {
            throw new ImportException(file.name(), "too large a page to find its article in: its elements and characters, "
                    + "each counted as deep as it is nested, add up to " + depths[0] + ", past " + MAX_DEPTHS
                    + " (an article's page stays under a few million)");
        }
    }

    /**
     * The page title in its language. A heading that repeats it leaves the body, and so does a heading of the
     * other language at the same level right after it, which becomes the title's translation; so does a first
     * paragraph that repeats it, and any line that says it again. A bilingual page's title ("中文 | English") is matched part by part.
     */
    static Bilingual takeTitle(String pageTitle, List<Candidate> candidates) {
        if (pageTitle == null || pageTitle.isBlank()) return Bilingual.EMPTY;
        Bilingual title = Bilingual.of(Script.dominant(pageTitle), pageTitle);
        Set<String> parts = TITLE_PARTS.splitAsStream(pageTitle).map(HtmlImporter::normalized).collect(Collectors.toSet());
        String whole = normalized(pageTitle);
        int first = firstParagraph(candidates);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind() != BlockKind.HEADING && i != first) continue;
            String text = normalized(c.text());
            if (text.equals(whole)) {
                candidates.remove(i);
            } else if (parts.size() > 1 && parts.contains(text)) {
                candidates.remove(i);
                title = Bilingual.of(c.lang(), c.text());
            } else {
                continue;
            }
            if (i < candidates.size()) {
                Candidate next = candidates.get(i);
                if (next.kind() == c.kind() && next.level() == c.level() && next.lang() != c.lang()
                        && (c.kind() == BlockKind.HEADING || parts.contains(normalized(next.text())))) {
                    candidates.remove(i);
                    title = title.with(next.lang(), next.text());
                }
            }
            break;
        }
        // said again further down, the title is a gallery's or a teaser's, not the article's text
        candidates.removeIf(c -> c.detail() == null && c.kind() != BlockKind.CODE && isTitle(normalized(c.text()), whole, parts));
        return title;
    }

    /** The page's title, or the part of it before or after its site's name, long enough not to be a word or two. */
    private static boolean isTitle(String text, String whole, Set<String> parts) {
        return text.length() >= MIN_REPEATED_TITLE && (text.equals(whole) || parts.size() > 1 && parts.contains(text));
    }

    /** The first paragraph when only images and rules come before it, else -1. */
    private static int firstParagraph(List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            BlockKind kind = candidates.get(i).kind();
            if (kind == BlockKind.PARAGRAPH) return i;
            if (kind != BlockKind.FIGURE && kind != BlockKind.RULE) return -1;
        }
        return -1;
    }

    private static String normalized(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
