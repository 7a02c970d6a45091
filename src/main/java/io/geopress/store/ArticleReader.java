package io.geopress.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockIds;
import io.geopress.model.BlockKind;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an article as {@link Json#write} stores it, with Jackson's streaming parser rather than its data binding: a
 * build reads every published article, and binding records through their constructors was a tenth of a full build.
 * Keys it does not know (the {@code complete} and {@code empty} that Bilingual's methods add, keys of later
 * versions) are skipped, and a missing or null value is left to the record's constructor, as the binding did.
 */
final class ArticleReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    interface Value<T> {
        T read(JsonParser p) throws IOException;
    }

    private ArticleReader() {}

    static Article read(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            Article article = article(p);
            if (p.nextToken() != null) throw new JsonParseException(p, "text after the article");
            return article;
        }
    }

    private static Article article(JsonParser p) throws IOException {
        start(p, JsonToken.START_OBJECT);
        Bilingual title = null, summary = null;
        OffsetDateTime date = null;
        Source source = null;
        List<Block> body = null;
        List<Faq> faq = null;
        List<String> tags = null, categories = null, keywords = null;
        List<Bilingual> disclaimer = null;
        boolean excerpt = false;
        String slug = null;
        Map<Field, Provenance> provenance = null;
        Figure image = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            switch (name) {
                case "title" -> title = bilingual(p);
                case "summary" -> summary = bilingual(p);
                case "date" -> date = StoredTimes.offsetDateTime(p.getText());
                case "source" -> source = source(p);
                case "body" -> body = withIds(list(p, ArticleReader::block));
                case "faq" -> faq = list(p, ArticleReader::faq);
                case "tags" -> tags = list(p, JsonParser::getText);
                case "categories" -> categories = list(p, JsonParser::getText);
                case "keywords" -> keywords = list(p, JsonParser::getText);
                case "disclaimer" -> disclaimer = list(p, ArticleReader::bilingual);
                case "excerpt" -> excerpt = p.getBooleanValue();
                case "slug" -> slug = p.getText();
                case "provenance" -> provenance = provenance(p);
                case "image" -> image = DetailReader.figure(p);
                default -> p.skipChildren();
            }
        }
        return new Article(title, summary, date, source, body, faq, tags, categories, keywords, disclaimer, excerpt, slug, provenance, image);
    }

    /** Blocks of a revision stored before block ids existed get the ids of their positions. */
    private static List<Block> withIds(List<Block> body) {
        for (Block b : body) if (b.id() != null) return body;
        List<Block> numbered = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) numbered.add(body.get(i).withId(BlockIds.positional(i)));
        return numbered;
    }

    static Bilingual bilingual(JsonParser p) throws IOException {
        start(p, JsonToken.START_OBJECT);
        String zh = null, en = null;
        List<Inline> zhInline = null, enInline = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            switch (name) {
                case "zh" -> zh = p.getText();
                case "en" -> en = p.getText();
                case "zhInline" -> zhInline = InlineJson.read(p);
                case "enInline" -> enInline = InlineJson.read(p);
                default -> p.skipChildren();
            }
        }
        return zhInline == null && enInline == null ? new Bilingual(zh, en) : new Bilingual(zh, en, zhInline, enInline);
    }

    private static Source source(JsonParser p) throws IOException {
        start(p, JsonToken.START_OBJECT);
        Bilingual name = null, title = null;
        String url = null, author = null;
        OffsetDateTime published = null, modified = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            switch (key) {
                case "name" -> name = bilingual(p);
                case "url" -> url = p.getText();
                case "published" -> published = StoredTimes.offsetDateTime(p.getText());
                case "title" -> title = bilingual(p);
                case "author" -> author = p.getText();
                case "modified" -> modified = StoredTimes.offsetDateTime(p.getText());
                default -> p.skipChildren();
            }
        }
        return new Source(name, url, published, title, author, modified);
    }

    private static Block block(JsonParser p) throws IOException {
        start(p, JsonToken.START_OBJECT);
        BlockKind kind = null;
        int level = 0;
        boolean ordered = false;
        Bilingual text = null;
        Set<BlockFlag> flags = null;
        Block.Detail detail = null;
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            switch (name) {
                case "kind" -> kind = BlockKind.valueOf(p.getText());
                case "level" -> level = p.getIntValue();
                case "ordered" -> ordered = p.getBooleanValue();
                case "text" -> text = bilingual(p);
                case "flags" -> {
                    List<BlockFlag> listed = list(p, q -> BlockFlag.valueOf(q.getText()));
                    flags = listed.isEmpty() ? Set.of() : EnumSet.copyOf(listed);
                }
                case "id" -> id = p.getText();
                case "figure" -> detail = DetailReader.figure(p);
                case "table" -> detail = DetailReader.table(p);
                case "code" -> detail = DetailReader.snippet(p);
                case "note" -> detail = DetailReader.footnote(p);
                default -> p.skipChildren();
            }
        }
        return new Block(kind, level, ordered, text == null ? Bilingual.EMPTY : text, flags, detail, id);
    }

    private static Faq faq(JsonParser p) throws IOException {
        start(p, JsonToken.START_OBJECT);
        Bilingual question = null, answer = null;
        List<String> blocks = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            switch (name) {
                case "question" -> question = bilingual(p);
                case "answer" -> answer = bilingual(p);
                // revisions before block ids referred to blocks by position, which is how their ids are given
                case "blocks" -> blocks = list(p, q -> q.currentToken() == JsonToken.VALUE_NUMBER_INT
                        ? BlockIds.positional(q.getIntValue()) : q.getText());
                default -> p.skipChildren();
            }
        }
        return new Faq(question, answer, blocks);
    }

    private static Map<Field, Provenance> provenance(JsonParser p) throws IOException {
        start(p, JsonToken.START_OBJECT);
        Map<Field, Provenance> provenance = new EnumMap<>(Field.class);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Field field = Field.valueOf(p.currentName());
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            start(p, JsonToken.START_OBJECT);
            String agent = null, detail = null;
            Instant at = null;
            boolean generated = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() == JsonToken.VALUE_NULL) continue;
                switch (name) {
                    case "agent" -> agent = p.getText();
                    case "detail" -> detail = p.getText();
                    case "at" -> at = StoredTimes.instant(p.getText());
                    case "generated" -> generated = p.getBooleanValue();
                    default -> p.skipChildren();
                }
            }
            provenance.put(field, new Provenance(agent, detail, at, generated));
        }
        return provenance;
    }

    static <T> List<T> list(JsonParser p, Value<T> value) throws IOException {
        start(p, JsonToken.START_ARRAY);
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) values.add(p.currentToken() == JsonToken.VALUE_NULL ? null : value.read(p));
        return values;
    }

    static void start(JsonParser p, JsonToken expected) throws IOException {
        if (p.currentToken() != expected) throw new JsonParseException(p, "expected " + expected + ", found " + p.currentToken());
    }
}
