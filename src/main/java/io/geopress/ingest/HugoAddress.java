package io.geopress.ingest;

import io.geopress.model.SitePath;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address a Hugo site gave a page, which becomes a redirect to its page here: the pattern the site's
 * {@code permalinks} give its section, else Hugo's default, the file's path under {@code content/} with the
 * {@code slug} in place of the file name ({@code content/posts/a.md} → {@code /posts/a/}; a page bundle's
 * {@code index.md} takes its folder's name). Hugo lower-cases the path and drops characters an address should not
 * hold; so does this. A section's {@code _index.md} has no page address.
 *
 * <p>Tokens, as Hugo has them: {@code :year :month :monthname :day :weekday :weekdayname :yearday} (of the page's
 * date), {@code :section :sections :title :slug :filename :slugorfilename :contentbasename :slugorcontentbasename}.
 */
final class HugoAddress {
    private static final Pattern TOKEN = Pattern.compile(":([a-z]+)");
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("\\.(?:zh|en)(?:-[A-Za-z]+)?$");

    /**
     * What Hugo knows of a page.
     *
     * @param slug its front matter's {@code slug}, or null
     * @param title its front matter's {@code title}, or null
     * @param date its date ({@link HugoDates#pageDate}), or null
     */
    record Page(String slug, String title, OffsetDateTime date) {}

    private HugoAddress() {}

    /**
     * The page's address on its Hugo site, or null when it has none or it cannot be an address here (a pattern
     * the site configured that leads nowhere is a warning added to {@code warnings}).
     */
    static SitePath of(HugoSites.Site site, Path file, Page page, List<String> warnings) {
        Path relative = site.content().relativize(file.toAbsolutePath().normalize());
        String name = relative.getFileName().toString();
        if (name.startsWith("_index.")) return null;
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < relative.getNameCount() - 1; i++) sections.add(relative.getName(i).toString());
        String base;
        if (name.startsWith("index.") && !sections.isEmpty()) {
            base = sections.remove(sections.size() - 1); // a bundle: the page is its folder
        } else {
            base = LANGUAGE_SUFFIX.matcher(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name).replaceFirst("");
        }
        String pattern = sections.isEmpty() ? null : site.permalinks().get(sections.get(0));
        String path;
        if (pattern == null) {
            path = String.join("/", sections) + "/" + (page.slug() != null ? page.slug() : base) + "/";
        } else {
            path = expand(pattern, sections, base, page, site.config(), warnings);
            if (path == null) return null;
        }
        try {
            SitePath address = SitePath.parse("/" + sanitized(path).replaceFirst("^/+", ""));
            String reserved = address.reservedBy();
            if (reserved == null) return address;
            if (pattern != null) warnings.add(file + ": its Hugo address /" + address.path() + " is not kept: " + reserved);
        } catch (SitePath.Invalid e) {
            if (pattern != null) warnings.add(file + ": its Hugo address " + FrontMatter.escaped(path) + " is not kept: it " + e.getMessage());
        }
        return null;
    }

    private static String expand(String pattern, List<String> sections, String base, Page page, String config,
            List<String> warnings) {
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(pattern);
        int at = 0;
        while (m.find()) {
            String value = value(m.group(1), sections, base, page);
            if (value == null) {
                warnings.add(config + ": permalink " + FrontMatter.escaped(pattern) + ": "
                        + (page.date() == null && isDate(m.group(1)) ? "the page has no date for :" + m.group(1)
                        : ":" + m.group(1) + " is not a token geopress knows") + "; its old address is not kept");
                return null;
            }
            out.append(pattern, at, m.start()).append(value);
            at = m.end();
        }
        return out.append(pattern.substring(at)).toString();
    }

    private static boolean isDate(String token) {
        return List.of("year", "month", "monthname", "day", "weekday", "weekdayname", "yearday").contains(token);
    }

    private static String value(String token, List<String> sections, String base, Page page) {
        OffsetDateTime d = page.date();
        if (isDate(token) && d == null) return null;
        String slugOrTitle = page.slug() != null ? page.slug() : page.title() != null ? page.title() : base;
        return switch (token) {
            case "year" -> String.format("%04d", d.getYear());
            case "month" -> String.format("%02d", d.getMonthValue());
            case "monthname" -> d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day" -> String.format("%02d", d.getDayOfMonth());
            case "weekday" -> String.valueOf(d.getDayOfWeek().getValue() % 7); // Sunday is 0
            case "weekdayname" -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "yearday" -> String.valueOf(d.getDayOfYear());
            case "section" -> sections.get(0);
            case "sections" -> String.join("/", sections);
            case "title" -> page.title() != null ? page.title() : base;
            case "slug" -> slugOrTitle;
            case "filename", "contentbasename" -> base;
            case "slugorfilename", "slugorcontentbasename" -> page.slug() != null ? page.slug() : base;
            default -> null;
        };
    }

    /** As Hugo makes a path: lower case, white space as '-', only letters, digits, marks and {@code /._-~+} kept. */
    private static String sanitized(String path) {
        StringBuilder out = new StringBuilder(path.length());
        path.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) out.append('-');
            else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK || "/._-~+".indexOf(c) >= 0) out.appendCodePoint(c);
        });
        return out.toString().replaceAll("/{2,}", "/");
    }
}
