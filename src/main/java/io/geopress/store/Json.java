package io.geopress.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Faq;
import io.geopress.model.Figure;
import io.geopress.model.Footnote;
import io.geopress.model.Inline;
import io.geopress.model.Snippet;
import io.geopress.model.Source;
import io.geopress.model.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Articles as stored: JSON with sorted keys, so equal content always gives equal text and hash. */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addMixIn(Article.class, ArticleFormat.class)
            .addMixIn(Faq.class, FaqFormat.class)
            .addMixIn(Bilingual.class, BilingualFormat.class)
            .addMixIn(Block.class, BlockFormat.class)
            .addMixIn(Source.class, SourceFormat.class)
            .build();

    /** The form a content hash is taken of: block ids left out, so that ids alone never make a new revision. */
    private static final ObjectMapper CANONICAL = MAPPER.copy().addMixIn(Block.class, CanonicalBlockFormat.class);

    /**
     * Empty lists of parts added later (categories, keywords, an answer's blocks) are left out, so an article
     * without them is stored, and hashed, exactly as before they existed: importing it again adds no revision.
     */
    private interface ArticleFormat {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Figure image();

        @JsonIgnore
        Figure picture();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> categories();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> keywords();
    }

    /** A source's modification date came later: a source without one is stored, and hashed, as before. */
    private interface SourceFormat {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        OffsetDateTime modified();
    }

    private interface FaqFormat {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> blocks();
    }

    /** A plain text's nodes are left out: it is stored as it was before inline markup existed. */
    private interface BilingualFormat {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonSerialize(using = InlineJson.Writer.class)
        List<Inline> zhInline();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonSerialize(using = InlineJson.Writer.class)
        List<Inline> enInline();
    }

    /** A block's detail is stored under the name of its kind ({@code figure}, {@code table}, {@code code}, {@code note}). */
    private interface BlockFormat {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String id();

        @JsonIgnore
        Block.Detail detail();

        @JsonProperty("figure")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Figure figure();

        @JsonProperty("table")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Table table();

        @JsonProperty("code")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Snippet snippet();

        @JsonProperty("note")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Footnote footnote();
    }

    private interface CanonicalBlockFormat extends BlockFormat {
        @Override
        @JsonIgnore
        String id();
    }

    private Json() {}

    static String write(Article article) {
        try {
            return MAPPER.writeValueAsString(article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads and runs once the code that reads articles, which a cold JVM otherwise does at the first one read. */
    static void warmUp() {
        read("{\"title\":{\"zh\":\"预热\",\"en\":\"Warm-up\"},\"body\":[]}".getBytes(StandardCharsets.UTF_8));
    }

    static Article read(byte[] json) {
        try {
            return ArticleReader.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored revision is not readable", e);
        }
    }

    static String writeStrings(List<String> strings) {
        try {
            return MAPPER.writeValueAsString(strings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array of strings, as {@code json_extract} gives one; null is an empty list. */
    static List<String> readStrings(String json) {
        return json == null ? List.of() : List.of(readValues(json));
    }

    /**
     * The values of a flat JSON array of strings, numbers and nulls, such as SQLite's {@code json_array} makes:
     * a number as its text, null as null. Read by hand rather than by the mapper: a build reads 10,000 list entries
     * as one such array a row, because reading a dozen columns a row through the JDBC driver took most of the time.
     */
    static String[] readValues(String json) {
        List<String> values = new ArrayList<>();
        int at = space(json, 0);
        if (at == json.length() || json.charAt(at) != '[') throw new IllegalArgumentException("not a JSON array: " + json);
        at = space(json, at + 1);
        if (at < json.length() && json.charAt(at) == ']') return finished(json, at + 1, values);
        while (true) {
            at = space(json, at);
            if (at < json.length() && json.charAt(at) == '"') {
                at = string(json, at + 1, values);
            } else if (json.startsWith("null", at)) {
                values.add(null);
                at += 4;
            } else {
                int end = at;
                while (end < json.length() && "+-.0123456789eE".indexOf(json.charAt(end)) >= 0) end++;
                if (end == at) throw new IllegalArgumentException("not a string, number or null at " + at + ": " + json);
                values.add(json.substring(at, end));
                at = end;
            }
            at = space(json, at);
            char next = at < json.length() ? json.charAt(at) : 0;
            if (next == ']') return finished(json, at + 1, values);
            if (next != ',') throw new IllegalArgumentException("expected , or ] at " + at + ": " + json);
            at++;
        }
    }

    private static String[] finished(String json, int at, List<String> values) {
        if (space(json, at) != json.length()) throw new IllegalArgumentException("text after the array: " + json);
        return values.toArray(new String[0]);
    }

    private static int space(String json, int at) {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) at++;
        return at;
    }

    /** Reads the string starting at {@code from} (after its opening quote) into {@code values}; returns where it ends. */
    private static int string(String json, int from, List<String> values) {
        int at = from;
        char c;
        while ((c = json.charAt(at)) != '"' && c != '\\') at++;
        if (c == '"') { // the common case: no escapes
            values.add(json.substring(from, at));
            return at + 1;
        }
        StringBuilder out = new StringBuilder(json.length() - from).append(json, from, at);
        while ((c = json.charAt(at++)) != '"') {
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json, at, at + 4, 16));
                    at += 4;
                }
                default -> throw new IllegalArgumentException("bad escape \\" + escaped + " at " + (at - 1) + ": " + json);
            }
        }
        values.add(out.toString());
        return at;
    }

    /** A hash of what the article says, leaving out provenance (when and by whom it was read). */
    static String contentHash(Article article) {
        Article content = new Article(article.title(), article.summary(), article.date(), article.source(),
                article.body(), article.faq(), article.tags(), article.categories(), article.keywords(), article.disclaimer(),
                article.excerpt(), article.slug(), Map.of(), article.image());
        try {
            return sha256(CANONICAL.writeValueAsString(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
