package io.geopress.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a JSON Feed (1.0 or 1.1, https://jsonfeed.org/version/1.1): the feed's {@code title}, {@code home_page_url}
 * and {@code author(s)}, and each item's {@code id}, {@code url}, {@code title}, {@code content_html} or
 * {@code content_text}, {@code summary}, {@code date_published}, {@code date_modified}, {@code author(s)} and
 * {@code tags}. A key of the wrong type is an error naming its line.
 */
final class JsonFeeds {
    /** How a JSON Feed names its version; also how {@link Ingest} tells one from JSON Lines. */
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"https?://jsonfeed\\.org/version/");

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonFeeds() {}

    static Feed read(SourceFile file, String address) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Item> items = null;
        try (JsonParser parser = JSON.createParser(file.text())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new ImportException(file.name(), "not a JSON Feed: not a JSON object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int line = parser.currentTokenLocation().getLineNr();
                JsonToken value = parser.nextToken();
                if (key.equals("items") && value == JsonToken.START_ARRAY) {
                    items = items(parser, file);
                } else if (key.equals("items")) {
                    throw new ImportException(file.at(line), "'items' is not a list");
                } else {
                    values.put(key, JSON.readTree(parser));
                    lines.put(key, line);
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new ImportException(file.at(line), "invalid JSON: " + Keys.briefly(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Keys feed = new Keys(values, lines, file, file.name(), "key");
        JsonNode version = feed.get("version");
        if (version == null || !version.isTextual() || !VERSION.matcher("\"version\":\"" + version.asText()).lookingAt()) {
            throw new ImportException(file.name(), "not a JSON Feed: no 'version' naming https://jsonfeed.org/version/…");
        }
        if (items == null) throw new ImportException(file.name(), "the JSON Feed has no 'items'");
        String base = Feed.absolute(address, FrontMatter.text(feed, "home_page_url"));
        if (base == null) base = Feed.absolute(null, address);
        String author = author(feed);
        List<Feed.Entry> entries = new ArrayList<>();
        for (Item item : items) entries.add(entry(item, base, author, file));
        return new Feed(FrontMatter.text(feed, "title"), base, entries);
    }

    /** An item's keys and the line it starts on. */
    private record Item(int line, Keys keys) {}

    private static List<Item> items(JsonParser parser, SourceFile file) throws IOException {
        List<Item> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new ImportException(file.at(line), "item " + (items.size() + 1) + " is not a JSON object");
            }
            items.add(new Item(line, Keys.read(parser, JSON, file, file.at(line), "item key", l -> l)));
        }
        return items;
    }

    private static Feed.Entry entry(Item read, String base, String feedAuthor, SourceFile file) {
        List<String> warnings = new ArrayList<>();
        int line = read.line();
        Keys item = read.keys();
        String author = author(item);
        String link = FrontMatter.text(item, "url");
        if (link == null) link = FrontMatter.text(item, "external_url");
        Feed.Text content = FrontMatter.text(item, "content_html") != null
                ? new Feed.Text(FrontMatter.text(item, "content_html"), lineOf(item, "content_html", line))
                : FrontMatter.text(item, "content_text") != null
                        ? Feed.Text.plain(FrontMatter.text(item, "content_text"), lineOf(item, "content_text", line)) : null;
        String summary = FrontMatter.text(item, "summary");
        OffsetDateTime published = date(item, "date_published", file, warnings);
        OffsetDateTime updated = date(item, "date_modified", file, warnings);
        return new Feed.Entry(line, FrontMatter.text(item, "id"), Feed.absolute(base, link),
                FrontMatter.text(item, "title") == null ? null : HtmlText.collapse(FrontMatter.text(item, "title")),
                published != null ? published : updated, updated, author != null ? author : feedAuthor,
                List.copyOf(new LinkedHashSet<>(FrontMatter.texts(item, "tags"))), List.of(), content,
                summary == null ? null : Feed.Text.plain(summary, lineOf(item, "summary", line)), warnings);
    }

    private static int lineOf(Keys keys, String key, int otherwise) {
        Integer line = keys.lines().get(key);
        return line == null ? otherwise : line;
    }

    /** JSON Feed 1.1's {@code authors} (their names joined) or 1.0's {@code author}: objects with a {@code name}. */
    private static String author(Keys keys) {
        String key = keys.has("authors") ? "authors" : "author";
        JsonNode value = keys.get(key);
        if (value == null) return null;
        List<JsonNode> people = new ArrayList<>();
        if (value.isArray()) value.forEach(people::add);
        else people.add(value);
        List<String> names = new ArrayList<>();
        for (JsonNode person : people) {
            if (!person.isObject()) throw keys.wrong(key, "not an object with a 'name': " + FrontMatter.shown(person));
            JsonNode name = person.get("name");
            if (name != null && name.isTextual() && !name.asText().isBlank()) names.add(HtmlText.collapse(name.asText()));
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static OffsetDateTime date(Keys item, String key, SourceFile file, List<String> warnings) {
        String text = FrontMatter.text(item, key);
        if (text == null) return null;
        OffsetDateTime date = Dates.parse(text, file.zone());
        if (date != null && Checks.plausible(date)) return date;
        warnings.add(item.where(key) + ": cannot read the date '" + BlockPairer.head(text) + "' (or its year is outside "
                + Checks.FIRST_YEAR + "–" + Checks.LAST_YEAR + "); left empty");
        return null;
    }
}
