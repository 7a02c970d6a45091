package io.geopress.ingest;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.located.Located;
import org.jdom2.located.LocatedJDOMFactory;
import org.jdom2.input.JDOMParseException;
import org.jsoup.Jsoup;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed through Rome. Rome's parser refuses a {@code DOCTYPE}, and with it
 * every entity a feed could use to read a file or expand into gigabytes; the file is parsed once, keeping each
 * element's line, so that every entry can be named by where it starts.
 */
final class XmlFeeds {
    private static final String CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private XmlFeeds() {}

    /**
     * @param address where the feed was fetched, the base of its relative addresses when it gives no link; or null
     * @param contentType the HTTP {@code Content-Type} it came with (its charset wins over the XML declaration), or null
     */
    static Feed read(SourceFile file, String address, String contentType) {
        LocatedInput input = new LocatedInput();
        Document doc = input.parse(file, contentType);
        SyndFeed feed;
        try {
            feed = new SyndFeedImpl(input.build(doc));
        } catch (IllegalArgumentException | FeedException e) {
            throw new ImportException(file.name(), "not an RSS or Atom feed (" + Keys.briefly(e.getMessage()) + ")");
        }
        List<Element> items = items(doc.getRootElement());
        List<SyndEntry> entries = feed.getEntries();
        if (items.size() != entries.size()) { // Rome reads the elements this class looks up; a feed it reads otherwise is not one we know
            throw new ImportException(file.name(), "cannot tell the feed's entries apart (" + entries.size() + " read, "
                    + items.size() + " found)");
        }
        String base = Feed.absolute(address, feed.getLink());
        if (base == null) base = Feed.absolute(null, address);
        List<Feed.Entry> read = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) read.add(entry(entries.get(i), items.get(i), feed, base, file));
        return new Feed(plain(feed.getTitleEx(), feed.getTitle()), base, read);
    }

    private static Feed.Entry entry(SyndEntry entry, Element item, SyndFeed feed, String base, SourceFile file) {
        List<String> warnings = new ArrayList<>();
        int line = line(item);
        ZoneId zone = file.zone();
        OffsetDateTime published = date(entry.getPublishedDate(), item, zone, file, warnings, "pubDate", "published", "date");
        OffsetDateTime updated = date(entry.getUpdatedDate(), item, zone, file, warnings, "updated", "modified");
        String author = author(entry.getAuthor(), entry.getAuthors());
        if (author == null) author = author(feed.getAuthor(), feed.getAuthors());
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        for (SyndCategory c : entry.getCategories()) {
            if (c.getName() != null && !c.getName().isBlank()) categories.add(HtmlText.collapse(c.getName()));
        }
        SyndContent content = entry.getContents().stream().filter(c -> c.getValue() != null && !c.getValue().isBlank())
                .findFirst().orElse(null);
        SyndContent summary = entry.getDescription();
        return new Feed.Entry(line, id(item), Feed.absolute(base, entry.getLink()), plain(entry.getTitleEx(), entry.getTitle()),
                published != null ? published : updated, updated, author == null ? null : HtmlText.collapse(author),
                List.of(), List.copyOf(categories),
                text(content, child(item, "encoded", "content")), text(summary, child(item, "description", "summary")), warnings);
    }

    /** A byline: the one Rome gives (RSS {@code author}, {@code dc:creator}), else the names of Atom's authors. */
    private static String author(String given, List<SyndPerson> people) {
        if (given != null && !given.isBlank()) return given;
        List<String> names = people.stream().map(SyndPerson::getName).filter(n -> n != null && !n.isBlank()).toList();
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The entry elements in the order Rome reads them: a channel's items, an RSS 1.0 document's, a feed's entries. */
    private static List<Element> items(Element root) {
        String name = root.getName().toLowerCase(Locale.ROOT);
        if (name.equals("feed")) return root.getChildren("entry", root.getNamespace());
        if (name.equals("rdf")) return root.getChildren().stream().filter(e -> e.getName().equals("item")).toList();
        Element channel = root.getChild("channel", root.getNamespace());
        return channel == null ? List.of() : channel.getChildren("item", channel.getNamespace());
    }

    /** The id as written: RSS's {@code guid}, Atom's {@code id}, RSS 1.0's {@code rdf:about}; Rome puts the link there when there is none. */
    private static String id(Element item) {
        Element id = child(item, "guid", "id");
        String text = id == null ? item.getAttributeValue("about", org.jdom2.Namespace.getNamespace(RDF)) : id.getTextNormalize();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The first child of one of these local names (any namespace), or null. */
    private static Element child(Element item, String... names) {
        for (String name : names) {
            for (Element e : item.getChildren()) {
                if (!e.getName().equals(name)) continue;
                if (name.equals("encoded") && !CONTENT_MODULE.equals(e.getNamespaceURI())) continue;
                return e;
            }
        }
        return null;
    }

    /** A date Rome read; when it could not read one the entry gives, a warning naming the line. */
    private static OffsetDateTime date(Date date, Element item, ZoneId zone, SourceFile file, List<String> warnings,
            String... names) {
        if (date != null) {
            OffsetDateTime at = OffsetDateTime.ofInstant(date.toInstant(), zone);
            if (Checks.plausible(at)) return at;
        }
        Element given = child(item, names);
        if (given != null && !given.getTextNormalize().isEmpty()) {
            warnings.add(file.at(line(given)) + ": cannot read the date '" + BlockPairer.head(given.getTextNormalize())
                    + "' (or its year is outside " + Checks.FIRST_YEAR + "–" + Checks.LAST_YEAR + "); left empty");
        }
        return null;
    }

    private static Feed.Text text(SyndContent content, Element at) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) return null;
        int line = at == null ? 0 : line(at);
        String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        return type.contains("html") ? new Feed.Text(content.getValue(), line) : Feed.Text.plain(content.getValue(), line);
    }

    /** A title as plain text: Atom's {@code type="html"} and {@code "xhtml"} titles lose their markup. */
    private static String plain(SyndContent titleEx, String title) {
        if (title == null || title.isBlank()) return null;
        String type = titleEx == null || titleEx.getType() == null ? "" : titleEx.getType().toLowerCase(Locale.ROOT);
        return HtmlText.collapse(type.contains("html") ? Jsoup.parse(title).text() : title);
    }

    private static int line(Element e) {
        return e instanceof Located located ? Math.max(1, located.getLine()) : 1;
    }

    /** Rome's input, its parser keeping lines; the parser's safety settings are Rome's own. */
    private static final class LocatedInput extends WireFeedInput {
        Document parse(SourceFile file, String contentType) {
            com.rometools.rome.io.SAXBuilder builder = createSAXBuilder();
            builder.setJDOMFactory(new LocatedJDOMFactory());
            try (Reader reader = contentType == null ? new XmlReader(new ByteArrayInputStream(file.bytes()), true)
                    : new XmlReader(new ByteArrayInputStream(file.bytes()), contentType, true)) {
                return builder.build(new XmlFixerReader(reader));
            } catch (JDOMParseException e) {
                String why = Keys.briefly(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                if (why.contains("DOCTYPE")) {
                    why = "a DOCTYPE declaration is not allowed in a feed (its entities could read files or expand"
                            + " without bound); remove it";
                }
                throw new ImportException(file.at(Math.max(1, e.getLineNumber())), "not well-formed XML: " + why);
            } catch (JDOMException | IOException e) {
                throw new ImportException(file.name(), "not readable XML: " + Keys.briefly(e.getMessage()));
            }
        }
    }
}
