package io.geopress.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Faq;
import io.geopress.model.LinkTarget;
import io.geopress.model.Figure;
import io.geopress.model.Field;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Provenance;
import io.geopress.model.SitePath;
import io.geopress.model.Source;
import io.geopress.text.Script;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The metadata of an article as Markdown front matter (YAML) or a JSON line gives it; everything but the body.
 * Every key is optional. "By language" means the text goes to Chinese or English by {@link Script#dominant}; an
 * explicit {@code _zh}/{@code _en} key wins over it.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>type</th><th>goes to</th></tr>
 * <tr><td>{@code title}</td><td>text</td><td>title, by language; "中文 · English" (or {@code /}, {@code |}, {@code -}
 *     between spaces) gives both</td></tr>
 * <tr><td>{@code title_zh}, {@code title_en}</td><td>text</td><td>title in that language</td></tr>
 * <tr><td>{@code summary_zh}, {@code summary_en}</td><td>text</td><td>summary (the BLUF) in that language</td></tr>
 * <tr><td>{@code summary}, {@code description}</td><td>text</td><td>Hugo's; summary by language, only when
 *     neither {@code summary_zh} nor {@code summary_en} is given ({@code summary} before {@code description})</td></tr>
 * <tr><td>{@code date}</td><td>date</td><td>when the original was published (Hugo's page date); when
 *     {@code source_date} gives that, our publication date (unless {@code publishDate} gives it)</td></tr>
 * <tr><td>{@code publishDate}</td><td>date</td><td>our publication time (a future one schedules the article)</td></tr>
 * <tr><td>{@code lastmod}</td><td>date</td><td>when the original last changed</td></tr>
 * <tr><td>{@code expiryDate}</td><td>date</td><td>when the article leaves the site</td></tr>
 * <tr><td>{@code draft}</td><td>true or false</td><td>a draft is not published by {@code import --publish}</td></tr>
 * <tr><td>{@code url}</td><td>path on this site</td><td>the page's old address, which redirects to it</td></tr>
 * <tr><td>{@code slug}</td><td>text</td><td>slug</td></tr>
 * <tr><td>{@code tags}</td><td>text or list of texts</td><td>tags (duplicates dropped)</td></tr>
 * <tr><td>{@code categories}</td><td>text or list of texts</td><td>categories, Hugo's second taxonomy
 *     (duplicates dropped)</td></tr>
 * <tr><td>{@code source}</td><td>text</td><td>source name, by language</td></tr>
 * <tr><td>{@code source_zh}, {@code source_en}</td><td>text</td><td>source name in that language</td></tr>
 * <tr><td>{@code source_url}</td><td>http(s) URL</td><td>source URL</td></tr>
 * <tr><td>{@code source_title}</td><td>text</td><td>the original's title, by language</td></tr>
 * <tr><td>{@code source_title_zh}, {@code source_title_en}</td><td>text</td><td>the original's title in that
 *     language</td></tr>
 * <tr><td>{@code source_date}</td><td>date</td><td>when the original was published (before {@code date})</td></tr>
 * <tr><td>{@code excerpt}</td><td>true or false</td><td>the body is part of the original (also set when the last
 *     block's translation stops mid-sentence)</td></tr>
 * <tr><td>{@code disclaimer}</td><td>text or list of texts</td><td>disclaimer paragraphs, each by language (a text
 *     is split into paragraphs at blank lines)</td></tr>
 * <tr><td>{@code faq}</td><td>list of maps</td><td>FAQ: each map has {@code q} and {@code a} (by language) and/or
 *     {@code q_zh}, {@code a_zh}, {@code q_en}, {@code a_en}; a question and an answer are required</td></tr>
 * <tr><td>{@code lang}</td><td>language code</td><td>the page's language, for {@link TranslationGroups}</td></tr>
 * <tr><td>Hugo's other keys</td><td>any</td><td>ignored</td></tr>
 * </table>
 *
 * <p>Hugo's date keys are read in any case and under Hugo's aliases ({@link HugoDates}). Dates are those
 * {@link Dates} reads; one without an offset is in the site's zone. Any other key is ignored
 * with a warning, in case it is a misspelling. A known key with a value of the wrong type is an error naming the
 * file, the key's line and the key.
 */
record FrontMatter(
        Bilingual title,
        Bilingual summary,
        OffsetDateTime date,
        HugoDates dates,
        Source source,
        List<Faq> faq,
        List<String> tags,
        List<String> categories,
        List<Bilingual> disclaimer,
        boolean excerpt,
        String slug,
        List<SitePath> aliases,
        String aliasesAt,
        SitePath url,
        List<String> warnings,
        String image) {

    private static final Set<String> OURS = Set.of("title", "title_zh", "title_en", "summary", "summary_zh",
            "summary_en", "description", "slug", "url", "tags", "categories", "source", "source_zh", "source_en",
            "source_url", "source_title", "source_title_zh", "source_title_en", "source_date", "excerpt",
            "disclaimer", "faq", "image", "cover", "lang");
    private static final Set<String> HUGO = Set.of("aliases", "audio", "author", "authors", "build", "cascade",
            "headless", "images", "iscjklanguage", "keywords", "layout", "linktitle", "markup", "menu", "menus",
            "outputs", "params", "resources", "series", "sitemap", "toc", "translationkey", "type", "videos", "weight",
            "unlisted");

    /** Reads and checks every key; {@code extra} are further keys the caller reads itself (e.g. {@code body}). */
    static FrontMatter read(Keys keys, Set<String> extra) {
        List<String> warnings = new ArrayList<>();
        keys.values().keySet().stream()
                .filter(k -> !OURS.contains(k) && !extra.contains(k) && !HUGO.contains(k.toLowerCase(Locale.ROOT))
                        && !HugoDates.KEYS.contains(k.toLowerCase(Locale.ROOT)))
                .forEach(k -> warnings.add(keys.where(k) + ": " + keys.label() + " '" + k + "' is not known; ignored"));
        String hugoSummary = text(keys, "summary");
        String description = text(keys, "description");
        Bilingual summary = bilingual(keys, null, "summary_zh", "summary_en");
        if (summary.isEmpty()) summary = byLanguage(summary, hugoSummary != null ? hugoSummary : description);
        HugoDates dates = HugoDates.read(keys);
        OffsetDateTime sourceDate = date(keys, "source_date");
        Source source = new Source(
                bilingual(keys, "source", "source_zh", "source_en"),
                url(keys, "source_url"),
                sourceDate != null ? sourceDate : dates.date(),
                bilingual(keys, "source_title", "source_title_zh", "source_title_en"),
                text(keys, "author"),
                dates.lastmod());
        List<Bilingual> disclaimer = texts(keys, "disclaimer").stream()
                .flatMap(t -> List.of(t.split("\\n\\s*\\n")).stream())
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> Bilingual.of(Script.dominant(p), p))
                .toList();
        text(keys, "url"); // one address, not a list
        List<SitePath> url = aliases(keys, "url");
        // a file giving source_date tells the original's date apart from its own: its date is then the page's date
        // on this site, our publication date unless publishDate gives one (as Hugo's publishDate falls back to date)
        OffsetDateTime ours = dates.publishDate() != null ? dates.publishDate() : sourceDate != null ? dates.date() : null;
        return new FrontMatter(title(keys), summary, ours, dates, source,
                faq(keys, "faq"), distinct(texts(keys, "tags")), distinct(texts(keys, "categories")), disclaimer,
                bool(keys, "excerpt"), text(keys, "slug"), aliases(keys, "aliases"),
                keys.where(keys.has("aliases") ? "aliases" : "url"),
                url.isEmpty() ? null : url.get(0), warnings, image(keys, warnings));
    }

    /** The article with this metadata, the given title and body; provenance for what the import supplied. */
    Article article(Bilingual finalTitle, List<Block> body, boolean cut, String agent, String detail, Instant at) {
        Provenance imported = new Provenance(agent, detail, at, false);
        Map<Field, Provenance> provenance = new EnumMap<>(Field.class);
        provenance.put(Field.BODY, imported);
        provenance.put(Field.TITLE, imported);
        if (!summary.isEmpty()) provenance.put(Field.SUMMARY, imported);
        if (!source.title().isEmpty()) provenance.put(Field.SOURCE_TITLE, imported);
        if (!faq.isEmpty()) provenance.put(Field.FAQ, imported);
        if (!tags.isEmpty()) provenance.put(Field.TAGS, imported);
        if (!categories.isEmpty()) provenance.put(Field.CATEGORIES, imported);
        Article article = new Article(finalTitle, summary, date, source, body, faq, tags, categories, disclaimer,
                excerpt || cut, slug, provenance);
        return image == null ? article : article.withImage(new Figure(image, 0, 0, null, null));
    }

    /**
     * The page's own image, as Hugo and its themes give it: the first of {@code images}, else {@code image}, else
     * {@code cover} (a path, or a map with {@code image}, as PaperMod writes it); an address no page may show is a
     * warning and no image.
     */
    private static String image(Keys keys, List<String> warnings) {
        for (String key : List.of("images", "image", "cover")) {
            JsonNode value = keys.get(key);
            if (value != null && value.isObject()) value = value.get("image");
            if (value != null && value.isArray()) value = value.size() == 0 ? null : value.get(0);
            if (value == null || !value.isTextual() || value.asText().isBlank()) continue;
            String src = value.asText().strip();
            String problem = LinkTarget.problem(src);
            if (problem == null) return src;
            warnings.add(keys.where(key) + ": key '" + key + "': image left out: " + problem);
        }
        return null;
    }

    /**
     * The title: {@code title} by language, or, written in both on one line ("河边的早市 · The riverside market", as a
     * heading may be), its halves in their languages; {@code title_zh} and {@code title_en} win.
     */
    private static Bilingual title(Keys keys) {
        Bilingual title = bilingual(keys, null, "title_zh", "title_en");
        String plain = text(keys, "title");
        if (plain == null) return title;
        List<List<Inline>> halves = LanguageParts.ofHeading(List.of(new Inline.Text(plain)));
        if (halves.size() == 1) return byLanguage(title, plain);
        for (List<Inline> half : halves) title = byLanguage(title, Inline.plain(half));
        return title;
    }

    /** {@code plain} placed by language, then the explicit keys over it; {@code plain} may be null. */
    static Bilingual bilingual(Keys keys, String plain, String zhKey, String enKey) {
        String zh = text(keys, zhKey);
        String en = text(keys, enKey);
        Bilingual explicit = new Bilingual(zh, en);
        return plain == null ? explicit : byLanguage(explicit, text(keys, plain));
    }

    /** Fills the slot of {@code text}'s language when it is still empty. */
    static Bilingual byLanguage(Bilingual into, String text) {
        if (text == null || text.isBlank()) return into;
        Lang lang = Script.dominant(text);
        return into.has(lang) ? into : into.with(lang, text);
    }

    /** A text value (numbers are taken as written), or null when absent or blank. */
    static String text(Keys keys, String key) {
        JsonNode value = keys.get(key);
        if (value == null) return null;
        if (!value.isTextual() && !value.isNumber()) throw keys.wrong(key, "not a text: " + shown(value));
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** A text or a list of texts, as a list. */
    static List<String> texts(Keys keys, String key) {
        JsonNode value = keys.get(key);
        if (value == null) return List.of();
        if (value.isTextual() || value.isNumber()) return text(keys, key) == null ? List.of() : List.of(text(keys, key));
        if (!value.isArray()) throw keys.wrong(key, "not a text or a list of texts: " + shown(value));
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (item.isNull()) continue;
            if (!item.isTextual() && !item.isNumber()) {
                throw keys.wrong(key, "item " + (texts.size() + 1) + " is not a text: " + shown(item));
            }
            if (!item.asText().isBlank()) texts.add(item.asText().strip());
        }
        return texts;
    }

    private static List<Faq> faq(Keys keys, String key) {
        JsonNode value = keys.get(key);
        if (value == null) return List.of();
        if (!value.isArray()) throw keys.wrong(key, "not a list of questions and answers: " + shown(value));
        List<Faq> faq = new ArrayList<>();
        for (JsonNode entry : value) {
            String which = "entry " + (faq.size() + 1);
            if (!entry.isObject()) throw keys.wrong(key, which + " is not a map with q and a: " + shown(entry));
            Bilingual q = new Bilingual(part(keys, key, which, entry, "q_zh"), part(keys, key, which, entry, "q_en"));
            Bilingual a = new Bilingual(part(keys, key, which, entry, "a_zh"), part(keys, key, which, entry, "a_en"));
            q = byLanguage(q, part(keys, key, which, entry, "q"));
            a = byLanguage(a, part(keys, key, which, entry, "a"));
            if (q.isEmpty()) throw keys.wrong(key, which + " has no question (q, q_zh or q_en)");
            if (a.isEmpty()) throw keys.wrong(key, which + " has no answer (a, a_zh or a_en)");
            faq.add(new Faq(q, a));
        }
        return faq;
    }

    private static String part(Keys keys, String key, String which, JsonNode entry, String name) {
        JsonNode value = entry.get(name);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual() && !value.isNumber()) {
            throw keys.wrong(key, which + ": '" + name + "' is not a text: " + shown(value));
        }
        return value.asText().strip();
    }

    /** A date; Hugo's zero date ({@code 0001-01-01}) means none, as in Hugo, and a year outside 1900–2200 is a mistake. */
    static OffsetDateTime date(Keys keys, String key) {
        JsonNode value = keys.get(key);
        if (value == null) return null;
        OffsetDateTime date = value.isTextual() ? Dates.parse(value.asText(), keys.file().zone()) : null;
        if (date == null) throw keys.wrong(key, "not a date: " + shown(value));
        if (date.getYear() == 1 && date.getDayOfYear() == 1) return null;
        if (!Checks.plausible(date)) {
            throw keys.wrong(key, "year " + date.getYear() + " is outside " + Checks.FIRST_YEAR + "–" + Checks.LAST_YEAR);
        }
        return date;
    }

    /**
     * The other addresses of the article: paths on this site (SitePath says which it refuses and why), none of them
     * a path the site keeps for itself.
     */
    private static List<SitePath> aliases(Keys keys, String key) {
        List<SitePath> aliases = new ArrayList<>();
        List<String> given = texts(keys, key);
        for (int i = 0; i < given.size(); i++) {
            String alias = given.get(i);
            String which = given.size() == 1 ? "" : "item " + (i + 1) + " ";
            SitePath path;
            try {
                path = SitePath.parse(alias);
            } catch (SitePath.Invalid e) {
                throw keys.wrong(key, which + escaped(alias) + " " + e.getMessage());
            }
            String reserved = path.reservedBy();
            if (reserved != null) throw keys.wrong(key, which + escaped(alias) + " is not available: " + reserved);
            if (!aliases.contains(path)) aliases.add(path);
        }
        return aliases;
    }

    /** A value quoted for a one-line message, with its control characters written as escapes. */
    static String escaped(String value) {
        StringBuilder out = new StringBuilder("\"");
        String shown = value.length() <= 80 ? value : value.substring(0, 80) + "…";
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '\t') out.append("\\t");
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    private static boolean bool(Keys keys, String key) {
        JsonNode value = keys.get(key);
        if (value == null) return false;
        if (!value.isBoolean()) throw keys.wrong(key, "not true or false: " + shown(value));
        return value.booleanValue();
    }

    private static String url(Keys keys, String key) {
        String text = text(keys, key);
        if (text == null) return null;
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return text;
        } catch (URISyntaxException e) {
            // reported below
        }
        throw keys.wrong(key, "not an http(s) URL: " + shown(keys.get(key)));
    }

    /** A value as a message shows it: short, on one line. */
    static String shown(JsonNode value) {
        String text = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
        text = text.replaceAll("\\s+", " ");
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static List<String> distinct(List<String> texts) {
        return List.copyOf(new LinkedHashSet<>(texts));
    }
}
