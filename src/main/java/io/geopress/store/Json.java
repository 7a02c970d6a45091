package io.geopress.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.geopress.model.Article;
import io.geopress.model.Faq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
            .build();

    /**
     * Empty lists of parts added later (categories, keywords, an answer's blocks) are left out, so an article
     * without them is stored, and hashed, exactly as before they existed: importing it again adds no revision.
     */
    private interface ArticleFormat {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> categories();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> keywords();
    }

    private interface FaqFormat {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<Integer> blocks();
    }

    private Json() {}

    static String write(Article article) {
        try {
            return MAPPER.writeValueAsString(article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds (and caches) the deserializer of articles, which in a cold JVM takes tens of milliseconds. */
    static void warmUp() {
        MAPPER.readerFor(Article.class);
    }

    static Article read(String json) {
        try {
            return MAPPER.readValue(json, Article.class);
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
        if (json == null || json.equals("[]")) return List.of();
        // the common case, compact and without escapes: ["城市","交通"], read without the mapper (a cold build
        // reads 10,000 of them); with no backslash every quote is the list's own, so none may be left in a part
        if (json.startsWith("[\"") && json.endsWith("\"]") && json.length() > 3 && json.indexOf('\\') < 0) {
            String[] parts = json.substring(2, json.length() - 2).split("\",\"", -1);
            if (Arrays.stream(parts).noneMatch(p -> p.indexOf('"') >= 0)) return List.of(parts);
        }
        try {
            return List.of(MAPPER.readValue(json, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored list is not readable", e);
        }
    }

    /** A hash of what the article says, leaving out provenance (when and by whom it was read). */
    static String contentHash(Article article) {
        Article content = new Article(article.title(), article.summary(), article.date(), article.source(),
                article.body(), article.faq(), article.tags(), article.categories(), article.keywords(), article.disclaimer(),
                article.excerpt(), article.slug(), Map.of());
        return sha256(write(content));
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
