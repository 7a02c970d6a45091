package io.geopress.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * A feed as its reader found it (RSS and Atom through {@link XmlFeeds}, JSON Feed through {@link JsonFeeds}), before
 * its entries become articles ({@link FeedImporter}).
 *
 * @param title the feed's title, or null
 * @param base the absolute http(s) address relative ones in the feed are resolved against (its link, else where it was
 *     fetched), or null
 */
record Feed(String title, String base, List<Entry> entries) {
    Feed {
        entries = List.copyOf(entries);
    }

    /** {@code href} resolved against {@code base} (which may be null) when that gives an http(s) address, else null. */
    static String absolute(String base, String href) {
        if (href == null || href.isBlank()) return null;
        String url = new HtmlAddresses(base, null).resolve(href);
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.matches("https?://[^/?#\\s]+.*") ? url : null;
    }

    /**
     * One item ({@code <item>}, {@code <entry>}, a JSON Feed item).
     *
     * @param line where the entry starts in the file
     * @param id its {@code guid} or {@code id} as written, or null
     * @param link its address, absolute, or null
     * @param title its title as plain text, or null
     * @param published when it was published (or, with no such date, last updated), or null
     * @param updated when it was last updated, or null
     * @param tags JSON Feed's {@code tags}
     * @param categories RSS's and Atom's {@code category}
     * @param content its full text ({@code content:encoded}, Atom {@code content}, {@code content_html}), or null
     * @param summary its summary ({@code description}, {@code summary}), or null
     * @param warnings what the reader could not use (a date it cannot read), each naming the file and line
     */
    record Entry(int line, String id, String link, String title, OffsetDateTime published, OffsetDateTime updated,
            String author, List<String> tags, List<String> categories, Text content, Text summary, List<String> warnings) {
        Entry {
            tags = List.copyOf(tags);
            categories = List.copyOf(categories);
            warnings = List.copyOf(warnings);
        }
    }

    /** A text of an entry as HTML (plain text is escaped into paragraphs), and the line it starts on. */
    record Text(String html, int line) {
        /** Plain text as HTML: a paragraph per run of lines between blank lines, a line break within one. */
        static Text plain(String text, int line) {
            StringBuilder html = new StringBuilder();
            for (String paragraph : text.strip().split("\\r?\\n\\s*\\r?\\n")) {
                html.append("<p>").append(Entities.escape(paragraph.strip()).replaceAll("\\r?\\n", "<br>"))
                        .append("</p>\n");
            }
            return new Text(html.toString(), line);
        }

        boolean isBlank() {
            return html.isBlank();
        }
    }
}
