package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Field;
import io.geopress.model.GeopressException;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import io.geopress.text.Script;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a feed (RSS, Atom, JSON Feed) into an article per entry: its title by language, its link as the source URL,
 * its id as the article's identity, its dates, author, categories and tags, and the feed's title as the source's
 * name. The body is the entry's full content, read as HTML is ({@link HtmlFragment}) with relative addresses resolved
 * against the entry's link; an entry with only a summary is an excerpt, unless {@link Pages} are given, which fetch the
 * entry's page and extract its article ({@link HtmlImporter}).
 */
final class FeedImporter implements Importer {
    static final String AGENT = "import:feed";

    private final String address;
    private final String contentType;
    private final Pages pages;

    /**
     * @param address where the feed was fetched, or null for a file
     * @param contentType its HTTP {@code Content-Type}, or null
     * @param pages fetches the pages of entries that carry only a summary ({@code --fetch}), or null
     */
    FeedImporter(String address, String contentType, Pages pages) {
        this.address = address;
        this.contentType = contentType;
        this.pages = pages;
    }

    @Override
    public void read(SourceFile file, Consumer<Imported> sink) {
        Feed feed = isJson(file.bytes()) ? JsonFeeds.read(file, address) : XmlFeeds.read(file, address, contentType);
        if (feed.entries().isEmpty()) throw new ImportException(file.name(), "the feed has no entries");
        Map<String, Integer> ids = new HashMap<>();
        for (Feed.Entry entry : feed.entries()) {
            Integer first = entry.id() == null ? null : ids.putIfAbsent(entry.id(), entry.line());
            if (first != null) {
                throw new ImportException(file.at(entry.line()), "the id " + FrontMatter.escaped(entry.id())
                        + " is already the id of the entry on line " + first + "; two entries cannot be one article");
            }
        }
        Bilingual feedName = feed.title() == null ? Bilingual.EMPTY : Bilingual.of(Script.dominant(feed.title()), feed.title());
        file.progress().start("import " + file.name(), feed.entries().size());
        try {
            for (int i = 0; i < feed.entries().size(); i++) {
                sink.accept(imported(file, feed, feedName, feed.entries().get(i), i + 1));
                file.progress().advance(i + 1);
            }
        } finally {
            file.progress().finish();
        }
    }

    private Imported imported(SourceFile file, Feed feed, Bilingual feedName, Feed.Entry entry, int n) {
        String origin = file.at(entry.line());
        String named = "entry " + n + (entry.title() == null ? "" : " (" + FrontMatter.escaped(entry.title()) + ")");
        List<String> warnings = new ArrayList<>(entry.warnings());
        Body body = null;
        boolean excerpt = entry.content() == null;
        if (excerpt && pages != null && entry.link() != null) {
            body = fetched(file, entry.link(), entry.title(), origin, named, warnings);
            excerpt = body == null;
        } else if (excerpt && entry.summary() != null) {
            warnings.add(origin + ": " + named + " has only a summary; imported as an excerpt"
                    + (entry.link() == null ? "" : " (import --fetch reads the whole article from its link)"));
        }
        Feed.Text text = entry.content() != null ? entry.content() : entry.summary();
        if (body == null && text == null) {
            throw new ImportException(origin, named + " has no content and no summary"
                    + (entry.link() == null || pages != null ? "" : " (import --fetch reads it from its link)"));
        }
        if (body == null) {
            String base = entry.link() != null ? entry.link() : feed.base();
            body = fragment(file, text, base, entry.title(), origin, named);
        }
        warnings.addAll(body.warnings());
        Source source = new Source(feedName, entry.link(), entry.published(), body.title(), entry.author(), entry.updated());
        Provenance read = new Provenance(AGENT, origin, Instant.now(), false);
        Map<Field, Provenance> provenance = new EnumMap<>(Field.class);
        provenance.put(Field.BODY, read);
        provenance.put(Field.TITLE, read);
        if (!entry.tags().isEmpty()) provenance.put(Field.TAGS, read);
        if (!entry.categories().isEmpty()) provenance.put(Field.CATEGORIES, read);
        List<Block> blocks = body.blocks();
        boolean cut = blocks.get(blocks.size() - 1).has(BlockFlag.CUT_TRANSLATION);
        Article article = new Article(body.title(), Bilingual.EMPTY, null, source, blocks, List.of(), entry.tags(),
                entry.categories(), List.of(), excerpt || cut, null, provenance);
        Imported imported = new Imported(origin, article, warnings, body.untranslated(), List.of(), origin, body.images());
        return entry.id() == null ? imported : imported.withKey("id:" + entry.id());
    }

    /** An entry's body: its title (a heading repeating it leaves the body), blocks, and what reading them found. */
    private record Body(Bilingual title, List<Block> blocks, List<String> warnings, List<String> untranslated,
            List<Imported.LocalImage> images) {}

    private static Body fragment(SourceFile file, Feed.Text text, String base, String title, String origin, String named) {
        HtmlFragment.Read read = HtmlFragment.candidates(text.html(), file, Math.max(1, text.line()), base);
        List<Candidate> candidates = new ArrayList<>(read.candidates());
        List<String> warnings = new ArrayList<>(read.warnings());
        Bilingual shown = HtmlImporter.takeTitle(title, candidates);
        if (candidates.isEmpty()) throw new ImportException(origin, named + ": no text in its content");
        if (shown.isEmpty()) shown = HtmlImporter.derivedTitle(candidates, origin, "entry", warnings);
        BlockPairer.Result paired = BlockPairer.pair(HtmlBlocks.shiftHeadings(candidates), file);
        warnings.addAll(paired.warnings());
        return new Body(shown, paired.blocks(), warnings, paired.untranslated(), read.images());
    }

    /** The article of the entry's page, or null (with a warning) when it cannot be fetched or has none. */
    private Body fetched(SourceFile feed, String link, String title, String origin, String named, List<String> warnings) {
        try {
            Pages.Page page = pages.fetch(link);
            List<Imported> found = new ArrayList<>();
            SourceFile fetched = new SourceFile(null, page.url(), page.bytes(), feed.zone(), Progress.NONE, feed.limits());
            new HtmlImporter(page.url(), page.contentType()).read(fetched, found::add);
            Imported got = found.get(0);
            Article a = got.article();
            // the feed's title, with the page's translation of it when the page has one
            Bilingual shown = title == null ? a.title() : Bilingual.of(Script.dominant(title), title);
            Lang other = Script.dominant(shown.any()).other();
            if (title != null && a.title().has(other)) shown = shown.with(other, a.title().get(other));
            return new Body(shown, a.body(), got.warnings(), got.untranslated(), List.of());
        } catch (GeopressException e) { // the fetch failed (refused, unreachable, an HTTP error) or the page has no article
            warnings.add(origin + ": " + named + " keeps its summary: " + e.getMessage());
            return null;
        }
    }

    /** Whether the bytes are JSON (a JSON Feed) rather than XML: the first character after a byte order mark and blanks. */
    static boolean isJson(byte[] bytes) {
        for (int i = SourceFile.bomLength(bytes); i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i] & 0xFF)) return bytes[i] == '{';
        }
        return false;
    }
}
