package io.geopress.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A path on this site that content names, such as an alias (an article's old address): relative to the site's root,
 * its segments decoded ({@code posts/旧文/}), a folder ending in {@code /}. Made only by {@link #parse}, which
 * refuses anything that could leave the site or the build folder, split a line of {@code _redirects}, or take a
 * path geopress keeps for itself; so a build may write {@link #file()} and a line of {@code _redirects} may hold {@link #encoded()}.
 */
public record SitePath(String path) {
    /** Longer aliases are not addresses anyone typed; a file name longer than 255 bytes no file system takes. */
    public static final int MAX_LENGTH = 1024;
    private static final int MAX_SEGMENT_BYTES = 255;

    /** First segments the engine keeps for its own pages, its server and hosting conventions. */
    private static final Set<String> RESERVED_FOLDERS = Set.of("admin", "api", "assets", "search", "media", "healthz",
            "metrics", "tags", "categories", "sources", "page", "about");
    /** Files every build writes at the site's root (sitemap-N.xml too, see {@link #reservedBy}). */
    private static final Set<String> GENERATED_FILES = Set.of("index.html", "404.html", "sitemap.xml", "robots.txt",
            "llms.txt", "llms-full.txt", "search.json", "feed.xml", "atom.xml", "favicon.ico");

    /** The name of an article's page or Markdown twin in {@code articles/}. */
    private static final Pattern ARTICLE_FILE = Pattern.compile("[a-z0-9]++(-[a-z0-9]++)*+\\.html(\\.md)?");

    /** A path refused, and why, in words for a one-line error. */
    public static final class Invalid extends IllegalArgumentException {
        public Invalid(String why) {
            super(why);
        }
    }

    public SitePath {
        if (path == null || path.isEmpty() || path.startsWith("/")) throw new IllegalArgumentException("not a site path: " + path);
    }

    /**
     * The path an alias names: {@code /posts/old-name/}, {@code posts/old-name}, {@code /old.html} and their
     * percent-encoded forms. A path whose last segment has no dot is a folder. Refused, with the reason: a scheme or
     * {@code //host}, a backslash, white space, control or invisible formatting characters, {@code .} or {@code ..}
     * segments and empty ones, percent-encoded dots, slashes, backslashes and controls, invalid percent-encoding, a
     * query or fragment, the root, and anything too long.
     */
    public static SitePath parse(String alias) {
        if (alias == null || alias.isEmpty()) throw new Invalid("empty");
        if (alias.length() > MAX_LENGTH) throw new Invalid("longer than " + MAX_LENGTH + " characters");
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new Invalid("contains white space (write a space as %20)");
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw new Invalid("contains the control character U+" + hex(c));
            }
            if (c == '\\') throw new Invalid("contains a backslash");
            if (c == '?' || c == '#') throw new Invalid("contains '" + c + "': a query or fragment is not a path");
        }
        if (alias.startsWith("//")) throw new Invalid("starts with '//', which names another host");
        if (alias.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) throw new Invalid("has a scheme; give a path on this site");
        String path = alias.startsWith("/") ? alias.substring(1) : alias;
        if (path.isEmpty()) throw new Invalid("is the site's home page");
        boolean folder = path.endsWith("/");
        String[] segments = (folder ? path.substring(0, path.length() - 1) : path).split("/", -1);
        StringBuilder decoded = new StringBuilder();
        for (String segment : segments) {
            if (segment.isEmpty()) throw new Invalid("has an empty segment ('//')");
            String name = decode(segment);
            if (name.equals(".") || name.equals("..")) throw new Invalid("has a '" + name + "' segment");
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
                throw new Invalid("has a segment longer than " + MAX_SEGMENT_BYTES + " bytes");
            }
            decoded.append(name).append('/');
        }
        String last = segments[segments.length - 1];
        if (folder || !decode(last).contains(".")) return new SitePath(decoded.toString());
        if (decode(last).equals("index.html") && segments.length > 1) {
            return new SitePath(decoded.substring(0, decoded.length() - "index.html/".length()));
        }
        return new SitePath(decoded.substring(0, decoded.length() - 1));
    }

    /**
     * Why no alias may take this path, or null when one may: the engine's own folders and generated files, dot and
     * underscore files ({@code _redirects}, {@code .well-known}).
     */
    public String reservedBy() {
        List<String> segments = List.of(path.split("/"));
        for (String segment : segments) {
            if (segment.startsWith(".") || segment.startsWith("_")) {
                return "'" + segment + "' starts with '" + segment.charAt(0) + "', which the site keeps for itself";
            }
        }
        String first = segments.get(0).toLowerCase(Locale.ROOT);
        if (GENERATED_FILES.contains(first) || first.matches("sitemap-\\d+\\.xml")) {
            return "/" + segments.get(0) + " is a file every build makes";
        }
        if ((segments.size() > 1 || isFolder()) && RESERVED_FOLDERS.contains(first)) {
            return "/" + first + "/ is kept for the site's own pages";
        }
        boolean under = segments.size() > 2 || segments.size() == 2 && isFolder();
        if (first.equals("articles") && under && ARTICLE_FILE.matcher(segments.get(1)).matches()) {
            return "/articles/" + segments.get(1) + " is where an article's page is";
        }
        return null;
    }

    public boolean isFolder() {
        return path.endsWith("/");
    }

    /** The file a build writes for this path, relative to the build folder: a folder's {@code index.html}. */
    public String file() {
        return isFolder() ? path + "index.html" : path;
    }

    /** The path percent-encoded as a URL path relative to the site's root: {@code posts/%E6%97%A7/}. */
    public String encoded() {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }
        return out.toString();
    }

    /**
     * Letters, digits and {@code -._~}. The sub-delimiters a path may hold as they are are encoded too: in
     * {@code _redirects}, {@code :name} is a placeholder and {@code *} a splat to Netlify and Cloudflare Pages, which
     * would make one alias catch every address of its shape.
     */
    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** A segment with its percent-escapes decoded as UTF-8; escapes of a dot, a slash, a backslash or a control are refused. */
    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) return segment;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int value = i + 2 < segment.length() ? hexValue(segment.charAt(i + 1), segment.charAt(i + 2)) : -1;
            if (value < 0) throw new Invalid("has an invalid percent-escape at '" + segment.substring(i, Math.min(segment.length(), i + 3)) + "'");
            if (value == '.' || value == '/' || value == '\\') throw new Invalid("has a percent-encoded '" + (char) value + "'");
            if (value < 0x20 || value == 0x7F) throw new Invalid("has a percent-encoded control character");
            bytes.write(value);
            i += 2;
        }
        byte[] raw = bytes.toByteArray();
        String text = new String(raw, StandardCharsets.UTF_8);
        if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), raw)) {
            throw new Invalid("has percent-escapes that are not UTF-8");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || (Character.isWhitespace(c) && c != ' ')) {
                throw new Invalid("has a percent-encoded control character U+" + hex(c));
            }
        }
        return text;
    }

    private static int hexValue(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
