package io.geopress.ingest;

import io.geopress.model.LinkTarget;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where the addresses of a page lead: relative ones against its {@code <base href>}, else against its own address
 * (canonical link, {@code og:url}); with neither, a link stays as written, and an image is a file in the page's
 * folder.
 *
 * @param base the absolute http(s) address relative ones are resolved against, or null
 * @param folder the folder of the file being read, or null when images cannot be local files
 */
record HtmlAddresses(String base, Path folder) {

    /** @param pageUrl the page's own absolute address, or null */
    static HtmlAddresses of(Document doc, String pageUrl, Path folder) {
        Element declared = doc.selectFirst("base[href]");
        String base = null;
        if (declared != null && !declared.attr("href").isBlank()) {
            String href = cleaned(declared.attr("href"));
            String resolved = pageUrl == null ? href : resolved(pageUrl, href);
            if (isWeb(resolved)) base = resolved;
        }
        return new HtmlAddresses(base != null ? base : pageUrl, folder);
    }

    /** {@code href} made absolute when a base is known, else as written (white space a browser drops removed). */
    String resolve(String href) {
        String clean = cleaned(href);
        return base == null || clean.isEmpty() ? clean : resolved(base, clean);
    }

    /**
     * The file an image's {@code src} names when it is a path on this machine: relative, with no base address to
     * resolve it against. A path from the root ({@code /images/a.png}) is read from the page's folder too, as where
     * the site's root was is not known. Null for an address.
     */
    Path localFile(String src) {
        String clean = cleaned(src);
        if (base != null || folder == null || clean.isEmpty() || LinkTarget.external(clean) || clean.startsWith("#")) {
            return null;
        }
        String path = clean.replaceFirst("[?#].*", "").replaceFirst("^/+", "");
        if (path.isEmpty()) return null;
        try {
            return folder.resolve(decoded(path)).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Whether a local image file lies inside the folder of the file that names it: an image elsewhere on this machine
     * (a page saved from the web naming {@code ../../Pictures/x.png}) is never read into a public site.
     */
    boolean inside(Path file) {
        return folder != null && file.startsWith(folder.toAbsolutePath().normalize());
    }

    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) { // a stray % is a character of the file's name
            return path;
        }
    }

    private static String resolved(String base, String href) {
        try {
            return new URL(new URL(base), href).toExternalForm();
        } catch (MalformedURLException e) { // a scheme Java has no handler for (tel:, javascript:): as written
            return href;
        }
    }

    private static boolean isWeb(String url) {
        String scheme = LinkTarget.scheme(url);
        return ("http".equals(scheme) || "https".equals(scheme)) && url.toLowerCase(Locale.ROOT).matches("https?://[^/?#]+.*");
    }

    private static String cleaned(String url) {
        return url.strip().replaceAll("[\\t\\n\\r]", "");
    }
}
