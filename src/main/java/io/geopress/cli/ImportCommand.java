package io.geopress.cli;

import io.geopress.config.SiteConfig;
import io.geopress.ingest.Format;
import io.geopress.ingest.Ingest;
import io.geopress.store.ArticleStore;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import source files (text, HTML, Markdown, JSON Lines); prints each slug.")
final class ImportCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--format", description = "Read every file as this format: text, html, markdown, jsonl.")
    String format;

    @Override
    public Integer call() {
        SiteConfig config = site.config();
        Format forced = format == null ? null : Format.parse(format);
        Ingest ingest = new Ingest(config.timeZone());
        int[] warnings = {0};
        // articles are saved as they are read, in one transaction: a bad file, or a bad line late in a large
        // one, rolls back everything this command saved
        List<ArticleStore.Saved> saved = site.store(config).save(sink -> {
            for (Path file : files) {
                ingest.read(file, forced, new ConsoleProgress(), imported -> {
                    sink.accept(new ArticleStore.Draft(imported.article(), "import " + imported.origin()));
                    for (String warning : imported.warnings()) System.err.println("warning: " + warning);
                    warnings[0] += imported.warnings().size();
                });
            }
        });
        Map<ArticleStore.Outcome, Integer> counts = new EnumMap<>(ArticleStore.Outcome.class);
        for (ArticleStore.Saved s : saved) {
            System.out.println(s.slug());
            counts.merge(s.outcome(), 1, Integer::sum);
        }
        System.err.printf("imported %d article(s): %d new, %d revised, %d unchanged; %d warning(s)%n", saved.size(),
                counts.getOrDefault(ArticleStore.Outcome.CREATED, 0), counts.getOrDefault(ArticleStore.Outcome.REVISED, 0),
                counts.getOrDefault(ArticleStore.Outcome.UNCHANGED, 0), warnings[0]);
        return 0;
    }
}
