package io.geopress.cli;

import io.geopress.config.SiteConfig;
import io.geopress.web.SiteServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the built site (public/) over HTTP until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        SiteConfig config = site.config();
        serveUntilStopped(site.dir(), config, host, port);
        return 0;
    }

    static void serveUntilStopped(java.nio.file.Path siteDir, SiteConfig config, String host, int port)
            throws InterruptedException {
        SiteServer server = SiteServer.start(siteDir, config, host, port);
        String shown = host.equals("127.0.0.1") || host.equals("::1") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        System.out.println("http://" + shown + ":" + server.port() + config.basePath());
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
