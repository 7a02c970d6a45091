package io.geopress.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A build's {@code _redirects} ("FROM TO 301" lines, the format Netlify reads), as the server follows it: only to a
 * path on this site. A line whose target could leave the site, or that is not in the format, is left out, and said
 * so in the log once, when the build's map is read.
 */
final class RedirectMap {
    private static final Logger LOG = LoggerFactory.getLogger(RedirectMap.class);
    private static final Set<Integer> STATUSES = Set.of(301, 302, 307, 308);

    /** Where a request goes, and with which status. */
    record Target(String location, int status) {}

    private final Map<String, Target> byPath;

    private RedirectMap(Map<String, Target> byPath) {
        this.byPath = byPath;
    }

    /** The map in {@code file}; empty when there is none. */
    static RedirectMap read(Path file) throws IOException {
        Map<String, Target> byPath = new HashMap<>();
        if (!Files.isRegularFile(file)) return new RedirectMap(byPath);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("[ \\t]+");
            String from = parts.length >= 2 && parts[0].startsWith("/") ? Percent.decode(parts[0]) : null;
            Integer status = parts.length == 2 ? Integer.valueOf(301) : parts.length == 3 ? status(parts[2]) : null;
            if (from == null || status == null || !onSite(parts[1])) {
                LOG.warn("{}:{}: redirect left out, not \"FROM TO [301|302|307|308]\" to a path on this site: {}", file, n,
                        line.replaceAll("\\p{Cntrl}", "?"));
                continue;
            }
            byPath.put(from, new Target(parts[1], status));
        }
        return new RedirectMap(byPath);
    }

    /** Where {@code path} (decoded) redirects, tried as it is and, without a slash at its end, with one; or null. */
    Target find(String path) {
        Target target = byPath.get(path);
        return target != null || path.endsWith("/") ? target : byPath.get(path + "/");
    }

    /**
     * Whether {@code target} is a path on this site, written as one: it starts with one slash (not "//" or "/\", which
     * browsers take for another host), and is a valid URI path, percent-encoded UTF-8, with no backslash, space or
     * control character (java.net.URI refuses those) and, starting with "/", neither a scheme nor a host.
     */
    static boolean onSite(String target) {
        if (!target.startsWith("/") || target.startsWith("//") || target.indexOf('\\') >= 0 || Percent.decode(target) == null) return false;
        try {
            URI uri = new URI(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Integer status(String text) {
        try {
            int status = Integer.parseInt(text);
            return STATUSES.contains(status) ? status : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
