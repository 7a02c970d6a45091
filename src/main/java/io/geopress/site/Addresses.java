package io.geopress.site;

import io.geopress.model.GeopressException;
import io.geopress.model.Listing;
import io.geopress.model.Redirect;
import io.geopress.model.SitePath;
import io.geopress.site.page.SitePart;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The addresses a build answers besides its pages. An old address of a published article (a rename, a Hugo alias)
 * gets an HTML page that redirects, for static hosts, and a line of {@code _redirects} ("FROM TO 301", as Netlify,
 * Cloudflare Pages and {@code geopress serve} read it), both paths on this site and percent-encoded, so that no
 * address can split a line or lead off the site. A withdrawn article's page and its old addresses get a notice page
 * that tells search engines to drop it, its Markdown twin a notice of its own, and each a line of {@code _gone},
 * which {@code geopress serve} answers with 410 Gone.
 */
final class Addresses {

    /** What a withdrawn article's Markdown twin says instead of it. */
    private static final String TWIN_NOTICE = "# 本文已撤下 / This article has been withdrawn\n\n"
            + "这篇文章已从本站撤下，不再提供。 This article has been taken off this site and is no longer available.\n";

    private final BuildFolder folder;
    private final Links links;
    private final SitePart site;

    Addresses(BuildFolder folder, Links links, SitePart site) {
        this.folder = folder;
        this.links = links;
        this.site = site;
    }

    /**
     * A path that is a live page is left to it; articles' pages may still be being written, so they are known from
     * the slugs. An old address that a store kept from before addresses were checked, and that no page may take
     * now, is left out with a warning naming its article.
     */
    void write(List<Redirect> redirects, List<Listing> listings, List<String> withdrawn) {
        Set<String> published = new HashSet<>();
        Set<String> articleFiles = new HashSet<>();
        for (Listing l : listings) {
            published.add(l.slug());
            articleFiles.add(Links.articleFile(l.slug()));
            articleFiles.add(Links.articleFile(l.slug()) + MarkdownTwin.SUFFIX);
        }
        Set<String> gone = new HashSet<>(withdrawn);
        StringBuilder moved = new StringBuilder("# old address, new address, status (geopress rename, Hugo aliases)\n");
        StringBuilder goneList = new StringBuilder("# addresses of withdrawn articles, answered with 410 Gone\n");
        for (String slug : withdrawn) {
            String page = Links.articleFile(slug);
            notice(page, slug);
            folder.writeUnlessSame(page + MarkdownTwin.SUFFIX, "withdrawn", TWIN_NOTICE);
            goneList.append(links.path(page)).append('\n').append(links.path(page + MarkdownTwin.SUFFIX)).append('\n');
        }
        for (Redirect r : redirects) {
            if (!published.contains(r.slug()) && !gone.contains(r.slug())) continue;
            SitePath path = checked(r);
            if (path == null || articleFiles.contains(path.file()) || Files.exists(folder.resolve(path.file()))) continue;
            String url = links.path(path.encoded());
            if (gone.contains(r.slug())) {
                if (notice(path.file(), r.slug())) goneList.append(url).append('\n');
                continue;
            }
            String target = links.articlePath(r.slug());
            try {
                folder.render(path.file(), "redirect.jte", links.absolute(target));
            } catch (GeopressException | UncheckedIOException e) {
                folder.warn("article '" + r.slug() + "': old address /" + r.path() + " left out: " + reason(e));
                continue;
            }
            moved.append(url).append(' ').append(target).append(" 301\n");
        }
        folder.write(SiteBuilder.REDIRECTS, "", moved.toString());
        folder.write(SiteBuilder.GONE, "", goneList.toString());
    }

    /** The redirect's path, or null (with a warning) when no address may be there. */
    private SitePath checked(Redirect r) {
        String why;
        try {
            SitePath path = SitePath.parse("/" + r.path());
            why = path.reservedBy();
            if (why == null) return path;
        } catch (SitePath.Invalid e) {
            why = e.getMessage();
        }
        folder.warn("article '" + r.slug() + "': old address /" + r.path() + " left out: " + why);
        return null;
    }

    /** Writes the withdrawn notice at {@code file}; false (with a warning) when it cannot be written there. */
    private boolean notice(String file, String slug) {
        try {
            folder.render(file, "withdrawn.jte", site);
            return true;
        } catch (GeopressException | UncheckedIOException e) {
            folder.warn("article '" + slug + "': withdrawn notice at /" + file + " left out: " + reason(e));
            return false;
        }
    }

    private static String reason(RuntimeException e) {
        return e instanceof UncheckedIOException io ? io.getCause().toString() : e.getMessage();
    }
}
