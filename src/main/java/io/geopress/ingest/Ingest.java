package io.geopress.ingest;

import io.geopress.model.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.function.Consumer;

/**
 * Reads source files into articles, choosing the importer by extension, then by content; all or nothing per
 * file: bad input raises {@link ImportException} naming the file and line. One instance serves one import, whose
 * warnings about the whole of it it gathers ({@link #importWarnings}).
 */
public final class Ingest {
    private final ZoneId zone;
    private final ImportLimits limits;
    private final Path staticDir;
    private final HugoSites hugoSites = new HugoSites(); // each site's configuration read once an import
    private final Pages pages;
    private final ShortcodeTally unknownShortcodes = new ShortcodeTally();
    private final Sections sections = new Sections();

    public Ingest(ZoneId zone) {
        this(zone, ImportLimits.DEFAULT);
    }

    public Ingest(ZoneId zone, ImportLimits limits) {
        this(zone, limits, null);
    }

    /**
     * @param staticDir the folder where image paths starting with {@code /} in Markdown are ({@code import --static}),
     *     or null for the {@code static/} folder beside the nearest {@code content/} folder above each file
     */
    public Ingest(ZoneId zone, ImportLimits limits, Path staticDir) {
        this(zone, limits, staticDir, null);
    }

    private Ingest(ZoneId zone, ImportLimits limits, Path staticDir, Pages pages) {
        this.zone = zone;
        this.limits = limits;
        this.staticDir = staticDir;
        this.pages = pages;
    }

    /** This ingest, fetching through {@code pages} the page of each feed entry that carries only a summary ({@code --fetch}). */
    public Ingest fetching(Pages pages) {
        return new Ingest(zone, limits, staticDir, pages);
    }

    private static final Pattern TRANSLATION_KEYS = Pattern.compile("(?m)^\\s*\"?(?:translationkey|lang)\"?\\s*[:=]");
    private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "xhtml", "md", "markdown", "jsonl", "ndjson");

    /**
     * The files to import for what the user named: a file as it is; a folder (a Hugo content folder, say) walked
     * for files of the known extensions, in path order, leaving out hidden files and Hugo's section pages
     * ({@code _index.md}).
     */
    public static List<SourcePath> expand(List<Path> paths) {
        List<SourcePath> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(SourcePath.alone(path));
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                List<Path> found = walk.filter(Files::isRegularFile).filter(Ingest::importable).sorted().toList();
                if (found.isEmpty()) throw new ImportException(path.toString(), "no files to import in this folder (" + EXTENSIONS + ")");
                found.forEach(file -> files.add(SourcePath.in(path, file)));
            } catch (IOException e) {
                throw new ImportException(path.toString(), "cannot read the folder: " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static boolean importable(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && !name.startsWith("_index.") && dot > 0
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads the files {@link #expand} gave, handing each article to {@code sink} as it is read (as {@link
     * #read(SourcePath, Format, Progress, Consumer)} does), except that the pages of a Hugo multilingual site that
     * translate each other become one article ({@link TranslationGroups}). Returns what the user should know of the
     * files as a whole: pages in other languages left out, one line per language.
     */
    public List<String> read(List<SourcePath> files, Format format, Progress progress, Consumer<Imported> sink) {
        return new TranslationGroups(this).read(files, format, progress, sink);
    }

    /**
     * The front matter of a Markdown file when it may name a {@code translationKey} or a {@code lang}, for {@link
     * TranslationGroups}; null when its beginning names neither, so that most files are read only once.
     */
    Keys translationKeys(SourcePath source) {
        Path path = source.file();
        String name = path.toString();
        String head = new String(head(path, name), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (!TRANSLATION_KEYS.matcher(head).find()) return null;
        return MarkdownImporter.frontMatter(new SourceFile(path, name, whole(path, name), zone, Progress.NONE, limits));
    }

    /** Reads one file into a list; {@code format} null means detect it. */
    public List<Imported> read(Path path, Format format, Progress progress) {
        List<Imported> all = new ArrayList<>();
        read(path, format, progress, all::add);
        return all;
    }

    /**
     * Reads one file, handing each article to {@code sink} as it is read, so a large file is never held whole in
     * memory; on bad input it throws after some articles may have been handed over: save them in a transaction.
     */
    public void read(Path path, Format format, Progress progress, Consumer<Imported> sink) {
        read(SourcePath.alone(path), format, progress, sink);
    }

    /**
     * As {@link #read(Path, Format, Progress, Consumer)}; an article that is a whole file has the file's path under
     * its content root as its identity, unless its source gives one.
     */
    public void read(SourcePath source, Format format, Progress progress, Consumer<Imported> sink) {
        Path path = source.file();
        String name = path.toString();
        byte[] head = head(path, name);
        if (isBlank(head)) throw new ImportException(name, "empty file");
        if (looksBinary(head)) {
            throw new ImportException(name, "binary file, not text (expected text, HTML, Markdown, JSON Lines or a feed)");
        }
        Format chosen = format != null ? format : detect(path.getFileName().toString(), null, head);
        // a JSON Lines file is streamed, a line at a time; any other file is read whole
        SourceFile file = new SourceFile(path, name, chosen == Format.JSONL ? null : whole(path, name), zone, progress, limits);
        read(file, chosen, importer(chosen, null, null), "file:" + source.relative(),
                imported -> sink.accept(chosen == Format.JSONL ? imported : sections.file(imported, source)));
    }

    /**
     * Reads what was fetched from {@code address} (a page or a feed), as {@link #read(Path, Format, Progress, Consumer)}
     * reads a file: relative addresses resolve against {@code address}, the charset of {@code contentType} (the HTTP
     * header, or null) is the strongest evidence of the text's, and the format is detected when {@code format} is null.
     * A page that is one article has its address as its identity, unless it gives one.
     */
    public void read(String address, byte[] bytes, String contentType, Format format, Progress progress, Consumer<Imported> sink) {
        if (bytes.length > limits.fileBytes()) {
            throw new ImportException(address, ImportLimits.size(bytes.length) + ": larger than " + ImportLimits.size(limits.fileBytes())
                    + ", the limit of a file holding one article (import: max_file_mb in geopress.yml)");
        }
        if (isBlank(bytes)) throw new ImportException(address, "empty page");
        String type = contentType == null ? "" : contentType.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT);
        if (format == null && !type.isEmpty() && !READABLE_TYPES.matcher(type).matches()) {
            throw new ImportException(address, "not an HTML page or a feed (" + type + ")");
        }
        if (looksBinary(bytes)) throw new ImportException(address, "binary, not text (expected HTML or a feed)");
        String path = address.replaceFirst("[?#].*", "");
        Format chosen = format != null ? format : detect(path.substring(path.lastIndexOf('/') + 1), contentType, bytes);
        if (chosen == Format.JSONL) throw new ImportException(address, "JSON Lines is read from files only");
        SourceFile file = new SourceFile(null, address, bytes, zone, progress, limits);
        read(file, chosen, importer(chosen, address, contentType), "url:" + address, sink);
    }

    /** @param wholeKey the identity of an article that is the whole file when its source gives none, or null */
    private void read(SourceFile file, Format chosen, Importer importer, String wholeKey, Consumer<Imported> sink) {
        int[] count = {0};
        boolean wholeFile = chosen == Format.TEXT || chosen == Format.HTML || chosen == Format.MARKDOWN;
        try {
            importer.read(file, imported -> {
                count[0]++;
                boolean keyed = wholeFile && wholeKey != null && imported.key() == null;
                sink.accept(Checks.check(keyed ? imported.withKey(wholeKey) : imported));
            });
        } catch (StackOverflowError e) { // a backstop: the importers refuse what is nested too deeply before this
            throw new ImportException(file.name(), "nested too deeply to read");
        }
        if (count[0] == 0) throw new ImportException(file.name(), "no article found");
    }

    /**
     * What an editor should know of the whole import, once it is read: what the sections' pages gave that was left
     * out, and a line per Hugo shortcode name that geopress does not know (kept as text), naming its first use and
     * counting the others.
     */
    public List<String> importWarnings() {
        List<String> warnings = new ArrayList<>(sections.warnings());
        warnings.addAll(unknownShortcodes.warnings());
        return warnings;
    }

    /**
     * The Hugo sections ({@code _index.md}) of the folders among {@code paths}; read before the files, so that each
     * article read after is filed under its section's category ({@link Section}).
     */
    public List<Section> sections(List<Path> paths) {
        return sections.read(paths, this::frontMatter);
    }

    private Keys frontMatter(Path path) {
        String name = path.toString();
        SourceFile file = new SourceFile(path, name, whole(path, name), zone, Progress.NONE, limits);
        return MarkdownImporter.frontMatter(file);
    }

    /** The first 8 KiB of a regular file (not a pipe, a device or a folder), to tell its format by. */
    private byte[] head(Path path, String name) {
        if (!Files.exists(path) && name.indexOf('\uFFFD') >= 0) {
            throw new ImportException(name, "no such file: its name is not valid in this system's encoding (use a UTF-8 locale)");
        }
        if (!Files.exists(path)) throw new ImportException(name, "no such file");
        if (!Files.isRegularFile(path)) throw new ImportException(name, "not a regular file (a pipe, a device?); give a file");
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new ImportException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] whole(Path path, String name) {
        try {
            long size = Files.size(path);
            if (size > limits.fileBytes()) {
                throw new ImportException(name, ImportLimits.size(size) + ": larger than " + ImportLimits.size(limits.fileBytes())
                        + ", the limit of a file holding one article (import: max_file_mb in geopress.yml)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) limits.fileBytes() + 1); // the file may have grown since
                if (bytes.length > limits.fileBytes()) throw new ImportException(name, "grew past the file limit while being read");
                return bytes;
            }
        } catch (IOException e) {
            throw new ImportException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /** @param address where the bytes were fetched, or null for a file */
    private Importer importer(Format format, String address, String contentType) {
        return switch (format) {
            case TEXT -> new TextImporter();
            case HTML -> address == null ? new HtmlImporter() : new HtmlImporter(address, contentType);
            case MARKDOWN -> new MarkdownImporter(staticDir, hugoSites, unknownShortcodes);
            case JSONL -> new JsonLinesImporter(unknownShortcodes);
            case FEED -> new FeedImporter(address, contentType, pages);
        };
    }

    /** The media types a fetched page may have: HTML, XML (a feed), JSON (a JSON Feed), text. */
    private static final Pattern READABLE_TYPES = Pattern.compile("text/html|application/xhtml\\+xml|text/xml|application/"
            + "(?:[a-z.+-]+\\+)?xml|application/(?:feed\\+)?json|text/plain");

    private static final int HEAD_BYTES = 8192;

    private static final Pattern XML_PROLOG = Pattern.compile("(?:<\\?xml[^>]*>|<!--.*?-->|\\s)*", Pattern.DOTALL);

    static Format detect(Path path, byte[] bytes) {
        return detect(path.getFileName().toString(), null, bytes);
    }

    /** By the file's extension, then the HTTP {@code Content-Type} (or null), then the first bytes. */
    static Format detect(String name, String contentType, byte[] bytes) {
        String fileName = name.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".html") || fileName.endsWith(".htm") || fileName.endsWith(".xhtml")) return Format.HTML;
        if (fileName.endsWith(".md") || fileName.endsWith(".markdown")) return Format.MARKDOWN;
        if (fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson")) return Format.JSONL;
        if (fileName.endsWith(".txt")) return Format.TEXT;
        if (fileName.endsWith(".rss") || fileName.endsWith(".atom") || fileName.endsWith(".xml") || fileName.endsWith(".json")) return Format.FEED;
        if (type.contains("rss+xml") || type.contains("atom+xml") || type.contains("feed+json")) return Format.FEED;
        int skip = SourceFile.bomLength(bytes);
        Charset charset = SourceFile.byBom(bytes) == null ? StandardCharsets.ISO_8859_1 : SourceFile.byBom(bytes);
        String head = new String(bytes, skip, Math.min(bytes.length - skip, 2048), charset)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("---") || head.startsWith("+++")) return Format.MARKDOWN;
        if (head.startsWith("{")) return JsonFeeds.VERSION.matcher(head).find() ? Format.FEED : Format.JSONL;
        Matcher prolog = XML_PROLOG.matcher(head);
        String root = prolog.lookingAt() ? head.substring(prolog.end()) : head;
        if (root.startsWith("<rss") || root.startsWith("<rdf:rdf")
                || root.startsWith("<feed") && head.contains("http://www.w3.org/2005/atom")) {
            return Format.FEED;
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) return Format.HTML;
        return Format.TEXT;
    }

    private static boolean isBlank(byte[] bytes) {
        for (int i = SourceFile.bomLength(bytes); i < bytes.length; i++) {
            if (bytes[i] != 0 && !Character.isWhitespace(bytes[i] & 0xFF)) return false;
        }
        return true;
    }

    /** NUL bytes in the first 8 KiB, outside UTF-16 text, mean the file is not text. */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return false;
        }
        int limit = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return control > limit / 100 + 1;
    }
}
