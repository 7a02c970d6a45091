package io.geopress.cli;

import io.geopress.config.SiteConfig;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.model.Progress;
import io.geopress.site.SiteBuilder;
import io.geopress.store.ArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Create a fresh site with the bundled sample articles, build it and serve it.")
final class DemoCommand implements Callable<Integer> {
    static final List<String> SAMPLES = List.of("01-city-trams.txt", "02-tea-soil-sensors.txt",
            "03-library-ai-helpers.txt", "04-night-markets.md");

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Where to create the site (default: a new temporary folder).")
    Path dir;

    @Option(names = "--port", description = "Port to serve on (default: 8080, or a free one when 8080 is taken).")
    Integer port;

    @Option(names = "--no-serve", description = "Build the site but do not serve it.")
    boolean noServe;

    /** For bin/geopress's class-data archive, made from one run of the demo: it then holds a rebuild's classes too. */
    @Option(names = "--rebuild", hidden = true, description = "After the build, rename one article and build again.")
    boolean rebuild;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path site = dir != null ? dir : Files.createTempDirectory("geopress-demo-");
        int servePort = port != null ? port : freePort(8080);
        SiteConfig config = SiteConfig.defaults("GEO 示例站", URI.create("http://localhost:" + servePort + "/"));
        InitCommand.init(site, config);
        System.err.println("demo site: " + site.toAbsolutePath());

        Path sources = Files.createDirectories(site.resolve("sources"));
        Ingest ingest = new Ingest(config.timeZone());
        List<ArticleStore.Draft> drafts = new ArrayList<>();
        for (String sample : SAMPLES) {
            Path file = sources.resolve(sample);
            try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/" + sample)) {
                Files.copy(in, file);
            }
            for (Imported imported : ingest.read(file, null, Progress.NONE)) {
                drafts.add(new ArticleStore.Draft(imported.article(), "import " + imported.origin(), List.of(), imported.origin(),
                        imported.key()));
                imported.warnings().forEach(w -> System.err.println("warning: " + w));
            }
        }
        ArticleStore store = ArticleStore.openSqlite(site.resolve(SiteOption.DATABASE), config.timeZone(),
                Clock.systemUTC());
        store.save(drafts);
        store.publishAll();
        SiteBuilder.Result built = new SiteBuilder(config).build(SiteOption.catalog(store), site, Progress.NONE);
        if (rebuild) {
            String first = store.publishedListings().get(0).slug();
            store.rename(first, first + "-renamed");
            built = new SiteBuilder(config).build(SiteOption.catalog(store), site, Progress.NONE);
        }
        System.err.printf("imported, published and built %d sample articles%n", built.articles());
        if (noServe) {
            System.out.println(site.resolve("public").toAbsolutePath());
            return 0;
        }
        ServeCommand.serveUntilStopped(site, config, "127.0.0.1", servePort);
        return 0;
    }

    private static int freePort(int preferred) throws IOException {
        for (int candidate : new int[] {preferred, 0}) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress("127.0.0.1", candidate));
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try any free port next
            }
        }
        throw new IOException("no free port to serve the demo on");
    }
}
