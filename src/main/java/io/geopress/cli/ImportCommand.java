package io.geopress.cli;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.ingest.Format;
import io.geopress.ingest.ImportLimits;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.ingest.Section;
import io.geopress.ingest.SourcePath;
import io.geopress.media.MediaStore;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Lang;
import io.geopress.store.ArticleStore;
import io.geopress.text.Slugs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import source files or folders (text, HTML, Markdown, JSON Lines); prints each slug.")
final class ImportCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files, or folders to import recursively (a Hugo content folder).")
    List<Path> files;

    @Option(names = "--format", description = "Read every file as this format: text, html, markdown, jsonl.")
    String format;

    @Option(names = "--static", paramLabel = "DIR", description = "The Hugo site's static folder, where Markdown image paths"
            + " starting with '/' are (default: the 'static' folder beside the nearest 'content' folder above each file).")
    Path staticDir;

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
        Ingest ingest = new Ingest(config.timeZone(), limits, staticDir);
        List<Section> sections = ingest.sections(files); // read first: each article is filed under its section's category
        ArticleStore store = site.store(config);
        int[] warnings = {0};
        record Asked(String origin, String slug) {}
        List<Asked> asked = new ArrayList<>(); // per article, the slug its source asked for, if any
        // articles are saved as they are read, in one transaction: a bad file, or a bad line late in a large
        // one, rolls back everything this command saved, and takes the images it captured out of the media store
        List<ArticleStore.Saved> saved = MediaStore.at(site.dir()).capturing(limits.imageBytes(), media -> store.save(sink -> {
            for (SourcePath file : Ingest.expand(files)) {
                ingest.read(file, forced, new ConsoleProgress(), read -> {
                    Imported imported = media.take(read);
                    sink.accept(new ArticleStore.Draft(imported.article(), "import " + imported.origin(),
                            imported.aliases(), imported.aliasesAt()));
                    String slug = imported.article().slug();
                    asked.add(slug == null ? null : new Asked(imported.origin(), Slugs.normalize(slug)));
                    warnings[0] += report(imported);
                });
            }
        }));
        store.describeLabels(sections.stream().map(Section::category).toList());
        for (String warning : ingest.importWarnings()) {
            System.err.println("warning: " + Terminal.line(warning));
            warnings[0]++;
        }
        Map<ArticleStore.Outcome, Integer> counts = new EnumMap<>(ArticleStore.Outcome.class);
        for (int i = 0; i < saved.size(); i++) {
            ArticleStore.Saved s = saved.get(i);
            System.out.println(s.slug());
            Asked a = asked.get(i);
            if (a != null && !a.slug().equals(s.slug())) {
                System.err.println("warning: " + Terminal.line(a.origin()) + ": slug '" + a.slug() + "' belongs to another article; "
                        + "this one is '" + s.slug() + "'");
                warnings[0]++;
            }
            counts.merge(s.outcome(), 1, Integer::sum);
        }
        System.err.printf("imported %d article(s): %d new, %d revised, %d unchanged; %d warning(s)%n", saved.size(),
                counts.getOrDefault(ArticleStore.Outcome.CREATED, 0), counts.getOrDefault(ArticleStore.Outcome.REVISED, 0),
                counts.getOrDefault(ArticleStore.Outcome.UNCHANGED, 0), warnings[0]);
        return 0;
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
