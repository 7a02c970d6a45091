package io.geopress.cli;

import io.geopress.fetch.FetchSettings;
import io.geopress.fetch.FetchedPage;
import io.geopress.fetch.Fetcher;
import io.geopress.ingest.Pages;
import io.geopress.model.GeopressException;
import java.util.Locale;

/** The fetcher of one import, made when the first URL is fetched: for URLs given to import and for {@code --fetch}. */
final class Fetching implements Pages {
    private final String testHost;
    private Fetcher fetcher;

    /** @param testHost the one {@code HOST:PORT} inside this machine or network fetches may reach (tests), or null */
    Fetching(String testHost) {
        this.testHost = testHost;
    }

    static boolean isUrl(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    FetchedPage page(String url) {
        if (fetcher == null) {
            FetchSettings settings = FetchSettings.defaults(Main.VERSION);
            try {
                fetcher = Fetcher.create(testHost == null ? settings : settings.withTestHost(testHost));
            } catch (IllegalArgumentException e) {
                throw new GeopressException("--allow-private-host " + e.getMessage());
            }
        }
        return fetcher.fetch(url);
    }

    @Override
    public Page fetch(String url) {
        FetchedPage page = page(url);
        return new Page(page.finalUrl(), page.bytes(), page.contentType());
    }
}
