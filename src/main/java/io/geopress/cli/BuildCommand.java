package io.geopress.cli;

import io.geopress.config.SiteConfig;
import io.geopress.model.Progress;
import io.geopress.site.SiteBuilder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the static site of the published articles into public/, atomically. "
        + "Files whose inputs did not change since the last build are taken from it by hard link.")
final class BuildCommand implements Callable<Integer> {
    /** Test hook: stop after this many pages, so a test can kill the build mid-render. */
    static final String PAUSE_AFTER = "GEOPRESS_TEST_PAUSE_AFTER_PAGES";

    @Mixin SiteOption site;

    @Option(names = "--full", description = "Render everything, ignoring what was built before.")
    boolean full;

    @Override
    public Integer call() {
        SiteConfig config = site.config();
        long start = System.nanoTime();
        SiteBuilder.Result result = new SiteBuilder(config).cleaningUpInBackground()
                .build(site.catalog(config), site.dir(), full, progress());
        double seconds = (System.nanoTime() - start) / 1e9;
        for (String warning : result.warnings()) System.err.println("warning: " + Terminal.line(warning));
        System.err.printf("built %d article page(s) (%d rendered, %d unchanged) and %d list page(s) into %s in %.2f s "
                        + "(%d files written, %d linked)%n", result.articles(), result.rendered(),
                result.articles() - result.rendered(), result.listPages(), site.dir().resolve("public"), seconds,
                result.written(), result.linked());
        return 0;
    }

    private static Progress progress() {
        Progress console = new ConsoleProgress();
        String pause = System.getenv(PAUSE_AFTER);
        if (pause == null) return console;
        int after = Integer.parseInt(pause);
        return new Progress() {
            private boolean paused;

            @Override
            public void start(String what, long total) {
                console.start(what, total);
            }

            @Override
            public synchronized void advance(long done) { // synchronized: the pause holds up every render thread
                console.advance(done);
                if (done >= after && !paused) { // the count may pass over it: unchanged articles count at once
                    paused = true;
                    System.err.println("geopress: test hook: paused after " + after + " pages");
                    System.err.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void finish() {
                console.finish();
            }
        };
    }
}
