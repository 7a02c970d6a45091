package io.geopress.cli;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.fetch.FetchedPage;
import io.geopress.ingest.Format;
import io.geopress.ingest.ImportLimits;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.ingest.Section;
import io.geopress.media.MediaStore;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Lang;
import io.geopress.store.ArticleStore;
import io.geopress.text.Slugs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import source files or folders (text, HTML, Markdown, JSON Lines, RSS/Atom/JSON feeds); prints each slug.")
final class ImportCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files, folders to import recursively (a Hugo content"
            + " folder), or http(s) URLs of feeds and pages.")
    List<String> sources;

    @Option(names = "--fetch", description = "Fetch the page of each feed entry that carries only a summary, and import"
            + " its article instead (a failed fetch keeps the summary, with a warning).")
    boolean fetch;

    @Option(names = "--allow-private-host", paramLabel = "HOST:PORT", description = "For testing only: let fetches reach"
            + " this one IP address and port (a local test server) although it is inside this machine or network.")
    String allowPrivateHost;

    @Option(names = "--format", description = "Read every file as this format: text, html, markdown, jsonl, feed.")
    String format;

    @Option(names = "--static", paramLabel = "DIR", description = "The Hugo site's static folder, where Markdown image paths"
            + " starting with '/' are (default: the 'static' folder beside the nearest 'content' folder above each file).")
    Path staticDir;

    @Option(names = "--publish", description = "Then publish, in the same transaction, each article its source does not mark"
            + " as a draft (Hugo's draft: true), at its publishDate when it gives one (a future one schedules it); never"
            + " one withdrawn.")
    boolean publish;

    @Option(names = "--verbose", description = "Name each block without a translation, not only how many each article has.")
    boolean verbose;

    @Override
    public Integer call() {
        SiteConfig config = site.config();
        Format forced = format == null ? null : Format.parse(format);
        if (staticDir != null && !Files.isDirectory(staticDir)) {
            throw new ParameterException(spec.commandLine(), "--static " + staticDir + ": no such folder");
        }
        ImportLimits limits = ConfigFile.readImport(site.dir());
        Fetching fetching = new Fetching(allowPrivateHost);
        Ingest ingest = new Ingest(config.timeZone(), limits, staticDir);
        if (fetch) ingest = ingest.fetching(fetching);
        Ingest reading = ingest;
        List<Path> paths = sources.stream().filter(source -> !Fetching.isUrl(source)).map(Path::of).toList();
        List<Section> sections = ingest.sections(paths); // read first: each article is filed under its section's category
        // pages are fetched before the store's transaction opens: a slow host must not hold the store's lock
        List<FetchedPage> pages = new ArrayList<>();
        for (String source : sources) {
            if (Fetching.isUrl(source)) pages.add(fetching.page(source));
        }
        ArticleStore store = site.store(config);
        int[] warnings = {0};
        record Asked(String origin, String slug) {}
        List<Asked> asked = new ArrayList<>(); // per article, the slug its source asked for, if any
        List<Boolean> drafts = new ArrayList<>(); // per article, whether its source has it as a draft
        // articles are saved as they are read, in one transaction: a bad file, or a bad line late in a large
        // one, rolls back everything this command saved, and takes the images it captured out of the media store
        List<String> notices = new ArrayList<>();
        List<ArticleStore.Saved> saved = MediaStore.at(site.dir()).capturing(limits.imageBytes(), media -> store.save(sink -> {
            Consumer<Imported> save = read -> {
                Imported imported = media.take(read);
                sink.accept(new ArticleStore.Draft(imported.article(), "import " + imported.origin(),
                        imported.aliases(), imported.aliasesAt(), imported.key(), imported.publication()));
                drafts.add(imported.publication().draft());
                String slug = imported.article().slug();
                asked.add(slug == null ? null : new Asked(imported.origin(), Slugs.normalize(slug)));
                warnings[0] += report(imported);
            };
            if (!paths.isEmpty()) notices.addAll(reading.read(Ingest.expand(paths), forced, new ConsoleProgress(), save));
            for (FetchedPage page : pages) {
                reading.read(page.finalUrl(), page.bytes(), page.contentType(), forced, new ConsoleProgress(), save);
            }
        }, publish));
        store.describeLabels(sections.stream().map(Section::category).toList());
        notices.addAll(ingest.importWarnings());
        for (String notice : notices) System.err.println("warning: " + Terminal.line(notice));
        warnings[0] += notices.size();
        Map<ArticleStore.Outcome, Integer> counts = new EnumMap<>(ArticleStore.Outcome.class);
        int conflicting = 0;
        for (int i = 0; i < saved.size(); i++) {
            ArticleStore.Saved s = saved.get(i);
            System.out.println(s.slug());
            Asked a = asked.get(i);
            if (a != null && !a.slug().equals(s.slug())) {
                System.err.println("warning: " + Terminal.line(a.origin()) + ": slug '" + a.slug() + "' belongs to another article; "
                        + "this one is '" + s.slug() + "'");
                warnings[0]++;
                conflicting++;
            }
            counts.merge(s.outcome(), 1, Integer::sum);
            if (publish && s.published() == null && !drafts.get(i)) {
                System.err.println("warning: " + s.slug() + ": withdrawn, so not published again (geopress publish " + s.slug()
                        + " brings it back)");
                warnings[0]++;
            }
        }
        System.err.printf("imported %d article(s): %d new, %d revised, %d unchanged, %d conflicting; %d warning(s)%n", saved.size(),
                counts.getOrDefault(ArticleStore.Outcome.CREATED, 0), counts.getOrDefault(ArticleStore.Outcome.REVISED, 0),
                counts.getOrDefault(ArticleStore.Outcome.UNCHANGED, 0), conflicting, warnings[0]);
        if (publish) reportPublished(saved, drafts);
        return 0;
    }

    /** "published 3 article(s) (1 scheduled), 1 already up to date, 1 left a draft". */
    private static void reportPublished(List<ArticleStore.Saved> saved, List<Boolean> drafts) {
        Instant now = Instant.now();
        int changed = 0, upToDate = 0, scheduled = 0;
        for (ArticleStore.Saved s : saved) {
            if (s.published() == null) continue;
            if (!s.published().changed()) upToDate++;
            else changed++;
            if (s.published().publishedAt().toInstant().isAfter(now)) {
                scheduled++;
                if (s.published().changed()) System.err.println(s.slug() + ": scheduled for " + s.published().publishedAt());
            }
        }
        long draft = drafts.stream().filter(d -> d).count();
        System.err.printf("published %d article(s) (%d scheduled), %d already up to date, %d left a draft%n", changed,
                scheduled, upToDate, draft);
    }

    /**
     * Prints what an editor should know of one article; blocks without translation as one line (a monolingual source
     * has hundreds), each of them with {@code --verbose}. Returns the number of warnings printed.
     */
    private int report(Imported imported) {
        for (String warning : imported.warnings()) System.err.println("warning: " + Terminal.line(warning));
        if (imported.untranslated().isEmpty()) return imported.warnings().size();
        if (verbose) {
            for (String line : imported.untranslated()) System.err.println("warning: " + Terminal.line(line));
            return imported.warnings().size() + imported.untranslated().size();
        }
        Map<Lang, Integer> only = new EnumMap<>(Lang.class);
        for (Block b : imported.article().body()) {
            if (b.has(BlockFlag.UNTRANSLATED)) only.merge(b.text().has(Lang.ZH) ? Lang.ZH : Lang.EN, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        if (only.containsKey(Lang.ZH)) parts.add(only.get(Lang.ZH) + " block(s) in Chinese only");
        if (only.containsKey(Lang.EN)) parts.add(only.get(Lang.EN) + " block(s) in English only");
        System.err.println("warning: " + Terminal.line(imported.origin()) + ": " + String.join(", ", parts)
                + "; `geopress enrich` translates them (--verbose names each)");
        return imported.warnings().size() + 1;
    }
}
