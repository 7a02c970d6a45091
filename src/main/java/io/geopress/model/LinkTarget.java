package io.geopress.model;

import java.util.Locale;
import java.util.Set;

/**
 * Where a link or an image may point: http and https addresses (also written {@code //host/…}), {@code mailto:},
 * {@code tel:}, and addresses without a scheme (a path or a {@code #fragment} on this site). Never
 * {@code javascript:}, {@code data:}, {@code file:} or any other scheme, which a page would run or a reader's
 * machine would open. One more scheme is the site's own: {@code ref:PATH#anchor} links to the article imported from the
 * file {@code PATH} (Hugo's {@code ref} and {@code relref}); a build turns it into that article's address, or into
 * its text when no published article came from that file, and every output writes it as text until then.
 */
public final class LinkTarget {
    /** Longer addresses are refused: no source needs one, and every page would carry it. */
    public static final int MAX_LENGTH = 4096;

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

    /** The scheme of a link to another article by the path of its source file: {@link #reference}. */
    public static final String REFERENCE = "ref:";

    private LinkTarget() {}

    /** {@code url} as kept (tabs and line breaks removed, spaces encoded, as a browser reads it); refused when unsafe. */
    public static String check(String url) {
        String reason = problem(url);
        if (reason != null) throw new IllegalArgumentException(reason);
        return cleaned(url);
    }

    /** Whether {@link #check} accepts {@code url}. */
    public static boolean allowed(String url) {
        return url != null && problem(url) == null;
    }

    /** Why {@code url} is not a link target, or null when it is one. */
    public static String problem(String url) {
        if (url == null) return "a link needs an address";
        String clean = cleaned(url);
        if (clean.isEmpty()) return "a link needs an address";
        if (clean.length() > MAX_LENGTH) return "link address longer than " + MAX_LENGTH + " characters";
        String scheme = scheme(clean);
        if ("ref".equals(scheme)) return referenceProblem(clean.substring(REFERENCE.length()));
        if (scheme != null && !SCHEMES.contains(scheme)) return "link scheme '" + scheme + ":' is not allowed";
        return null;
    }

    /** Whether {@code url} is a link to an article by its source file, which only a build can resolve. */
    public static boolean isReference(String url) {
        return url.regionMatches(true, 0, REFERENCE, 0, REFERENCE.length());
    }

    /**
     * Why {@code target}, a source file's path under the content root ({@code /posts/a.md}) or relative to the file
     * that links ({@code ../b.md}), with an optional {@code #anchor}, cannot be the target of a {@code ref:} link; null
     * when it can. No scheme, host, query or back slash: it names a file, nothing else.
     */
    public static String referenceProblem(String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : target.substring(hash + 1);
        if (path.isEmpty() && anchor.isEmpty()) return "a reference needs a file";
        if (path.startsWith("//") || path.indexOf(':') >= 0 || path.indexOf('\\') >= 0 || path.indexOf('?') >= 0
                || path.replace("%20", " ").indexOf('%') >= 0) {
            return "a reference names a file of the site, not '" + path + "'";
        }
        for (int i = 0; i < anchor.length(); i++) {
            char c = anchor.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') return "the anchor '#" + anchor + "' is not a heading's id";
        }
        return null;
    }

    /** The lower-cased scheme of {@code url}, or null when it has none. */
    public static String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon < 1) return null;
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) return null;
        }
        return url.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code url} leaves the site: it has a scheme or names a host. */
    public static boolean external(String url) {
        return scheme(url) != null || url.startsWith("//");
    }

    private static String cleaned(String url) {
        StringBuilder out = new StringBuilder(url.length());
        String text = CleanText.of(url).strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n') continue; // a browser drops these, so "java\nscript:" is javascript:
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) out.append("%20");
            else out.append(c);
        }
        return out.toString();
    }
}
