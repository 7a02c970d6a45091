package io.geopress.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.SitePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads one Markdown file with optional YAML front matter between {@code ---} lines (keys: {@link FrontMatter})
 * into one article. Hugo's TOML front matter ({@code +++}) and JSON front matter (a JSON object the file starts
 * with) are read too.
 */
final class MarkdownImporter implements Importer {
    static final String AGENT = "import:markdown";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final MarkdownBody markdown;
    private final HugoSites hugoSites;

    MarkdownImporter() {
        this(null, new HugoSites(), new ShortcodeTally());
    }

    /**
     * @param staticDir where image paths starting with {@code /} are, or null for the Hugo site's {@code static/}
     * @param hugoSites the Hugo sites of the import, whose permalinks give each page its old address
     * @param unknownShortcodes where the import counts the shortcodes it does not know
     */
    MarkdownImporter(Path staticDir, HugoSites hugoSites, ShortcodeTally unknownShortcodes) {
        markdown = new MarkdownBody(staticDir, unknownShortcodes);
        this.hugoSites = hugoSites;
    }

    @Override
    public void read(SourceFile file, Consumer<Imported> sink) {
        String text = file.text();
        Matter matter = matter(file, text);
        FrontMatter meta = FrontMatter.read(matter.keys(), Set.of());
        int offset = matter.bodyLine();
        MarkdownBody.Body body = markdown.read(text.substring(matter.bodyStart()), meta.title(), file, i -> i + offset + 1);
        List<String> control = Checks.controlCharacters(file, text).stream().toList();
        Imported imported = imported(file.name(), meta, body, control, AGENT, file.name());
        imported = withHugoAddress(imported, file, meta, matter.keys());
        sink.accept(meta.image() == null ? imported : markdown.withCover(imported, file, matter.keys().where("images")));
    }

    /** The front matter's keys, and where the body starts: its offset in the text and the line before it. */
    private record Matter(Keys keys, int bodyStart, int bodyLine) {}

    /** The keys of a Markdown file's front matter, none when it has none; bad front matter is an error. */
    static Keys frontMatter(SourceFile file) {
        return matter(file, file.text()).keys();
    }

    private static Matter matter(SourceFile file, String text) {
        int firstEnd = lineEnd(text, 0);
        String first = text.substring(0, firstEnd).stripTrailing();
        if (first.startsWith("{")) return jsonFrontMatter(text, file);
        if (!first.equals("---") && !first.equals("+++")) return new Matter(Keys.empty(file, "front matter key"), 0, 0);
        boolean toml = first.equals("+++");
        int at = next(text, firstEnd);
        int line = 2;
        while (at < text.length()) {
            int end = lineEnd(text, at);
            String current = text.substring(at, end).stripTrailing();
            if (toml ? current.equals("+++") : current.equals("---") || current.equals("...")) break;
            at = next(text, end);
            line++;
        }
        if (at >= text.length()) {
            throw new ImportException(file.at(1), "front matter opened with '" + first + "' is never closed");
        }
        String matter = text.substring(next(text, firstEnd), at);
        Keys keys = toml ? TomlFrontMatter.read(matter, file) : yaml(matter, file);
        return new Matter(keys, next(text, lineEnd(text, at)), line);
    }

    /**
     * The page's address on its Hugo site, unless its {@code url} gave it, as one more old address to redirect to
     * it; a file in no Hugo {@code content} folder has none.
     */
    private Imported withHugoAddress(Imported imported, SourceFile file, FrontMatter meta, Keys keys) {
        HugoSites.Site site = meta.url() == null ? hugoSites.of(file.path()) : null;
        if (site == null) return imported;
        List<String> warnings = new ArrayList<>(imported.warnings());
        SitePath address = HugoAddress.of(site, file.path(),
                new HugoAddress.Page(meta.slug(), FrontMatter.text(keys, "title"), meta.dates().pageDate()), warnings);
        if (address == null || imported.aliases().contains(address)) return imported.with(imported.article(), warnings);
        List<SitePath> aliases = new ArrayList<>(imported.aliases());
        aliases.add(address);
        return imported.withAliases(aliases, warnings);
    }

    /** Joins metadata and body into one import; shared with {@link JsonLinesImporter}. */
    static Imported imported(String origin, FrontMatter meta, MarkdownBody.Body body, List<String> fileWarnings,
            String agent, String detail) {
        if (body.title().isEmpty()) {
            throw new ImportException(origin, "no title: give 'title' (or 'title_zh', 'title_en') or begin the body"
                    + " with a '# heading'");
        }
        List<Block> blocks = body.blocks();
        if (blocks.stream().allMatch(b -> b.kind() == BlockKind.RULE)) throw new ImportException(origin, "the article has no body text");
        boolean cut = blocks.get(blocks.size() - 1).has(BlockFlag.CUT_TRANSLATION);
        Article article = meta.article(body.title(), blocks, cut, agent, detail, Instant.now());
        List<String> warnings = new ArrayList<>(fileWarnings);
        warnings.addAll(meta.warnings());
        warnings.addAll(body.warnings());
        List<SitePath> aliases = new ArrayList<>(meta.aliases());
        if (meta.url() != null && !aliases.contains(meta.url())) aliases.add(meta.url());
        return new Imported(origin, article, warnings, body.untranslated(), aliases, meta.aliasesAt(), body.images(),
                null, meta.dates().publication());
    }

    /** Hugo's JSON front matter: the file starts with a JSON object, and the body follows it. */
    private static Matter jsonFrontMatter(String text, SourceFile file) {
        try (JsonParser parser = JSON.createParser(text)) {
            parser.nextToken();
            Keys keys = Keys.read(parser, JSON, file, file.name(), "front matter key", line -> line);
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new ImportException(file.at(parser.currentTokenLocation().getLineNr()), "JSON front matter is never closed");
            }
            int end = (int) parser.currentLocation().getCharOffset();
            // the body starts right after the object, on the line the object ends on
            return new Matter(keys, end, (int) text.substring(0, end).chars().filter(c -> c == '\n').count());
        } catch (JsonProcessingException e) {
            throw new ImportException(file.at(e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                    "front matter is not valid JSON: " + Keys.briefly(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Keys yaml(String text, SourceFile file) {
        // The YAML starts on the file's line 2, so the parser's line n is the file's line n + 1.
        refuseAnchors(text, file);
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) return Keys.empty(file, "front matter key");
            if (token != JsonToken.START_OBJECT) {
                throw new ImportException(file.at(parser.currentTokenLocation().getLineNr() + 1),
                        "front matter is not a set of 'key: value' lines");
            }
            Keys keys = Keys.read(parser, YAML, file, file.name(), "front matter key", line -> line + 1);
            if (parser.nextToken() != null) {
                throw new ImportException(file.at(parser.currentTokenLocation().getLineNr() + 1),
                        "front matter holds more than one YAML document");
            }
            return keys;
        } catch (MarkedYAMLException e) {
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new ImportException(file.at(e.getProblemMark().getLine() + 2),
                    "front matter is not valid YAML: " + oneLine(e.getProblem()) + context);
        } catch (JsonProcessingException e) {
            throw new ImportException(file.at(e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1),
                    "front matter is not valid YAML: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * YAML's anchors and aliases ({@code &a}, {@code *a}) are refused: Jackson's tree cannot resolve an alias and
     * would keep its name as the value, and they are how a small file expands into a huge one.
     */
    private static void refuseAnchors(String text, SourceFile file) {
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0) return;
        try (YAMLParser parser = (YAMLParser) YAML.createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.isCurrentAlias() || parser.getCurrentAnchor() != null) {
                    throw new ImportException(file.at(parser.currentTokenLocation().getLineNr() + 1),
                            "front matter uses a YAML " + (parser.isCurrentAlias() ? "alias (*name)" : "anchor (&name)")
                                    + ", which geopress does not read; write the value out");
                }
            }
        } catch (IOException e) {
            // invalid YAML: the parse that follows reports it with its line
        }
    }

    /** A parser's message on one line, naming SnakeYAML's events as a reader knows them. */
    private static String oneLine(String message) {
        return Keys.briefly(message)
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)(?:Start)?Event\\(.*\\)>", "$1");
    }

    /** The index of the line break ending the line at {@code start}, or the text's end. */
    private static int lineEnd(String text, int start) {
        int nl = text.indexOf('\n', start);
        return nl < 0 ? text.length() : nl;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }
}
