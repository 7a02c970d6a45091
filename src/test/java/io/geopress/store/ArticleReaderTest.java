package io.geopress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockIds;
import io.geopress.model.BlockKind;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
    /** The data binding that read stored articles before ArticleReader, configured as Json's mapper was. */
    private static final ObjectMapper BINDING = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static final Article FULL = new Article(new Bilingual("电车为何回归？", "Why are trams back?"),
            new Bilingual("电车回来了。", "Trams are back."), OffsetDateTime.parse("2025-07-20T08:30:15.123+08:00"),
            new Source(new Bilingual("晨报", "Morning Post"), "https://example.org/trams", OffsetDateTime.parse("2025-07-18T16:30:00-05:00"),
                    new Bilingual("电车回归", ""), "李明"),
            BlockIds.assign(List.of(Block.heading(2, new Bilingual("线路", "The line")),
                    new Block(BlockKind.PARAGRAPH, 0, false, new Bilingual("全长12公里。\"引号\"\n换行", "It is 12 km long."),
                            Set.of(BlockFlag.MACHINE_TRANSLATED_EN, BlockFlag.NEEDS_REVIEW)),
                    Block.item(2, true, new Bilingual("第一站", "")), Block.quote(new Bilingual("", "A quote 😀"))), List.of()),
            List.of(new Faq(new Bilingual("多长？", "How long?"), new Bilingual("12公里。", "12 km."), List.of("b2", "b3"))),
            List.of("电车", "交通"), List.of("城市"), List.of("tram", "轨道"), List.of(new Bilingual("仅供参考。", "For reference.")),
            true, "trams-are-back",
            Map.of(Field.BODY, new Provenance("import:text", "a.txt:3", Instant.parse("2026-11-29T17:19:01.499907458Z"), false),
                    Field.FAQ, new Provenance("enrich:offline", "", Instant.parse("2026-11-29T17:19:02Z"), true)));

    @Test
    void anArticleReadsBackAsItWasWrittenAndAsTheDataBindingReadIt() throws Exception {
        Article minimal = new Article(new Bilingual("标题？", "Title?"), null, null, null, null, null, null, null, null, null,
                false, null, null);
        for (Article article : List.of(FULL, minimal)) {
            byte[] json = Json.write(article).getBytes(StandardCharsets.UTF_8);
            assertThat(Json.read(json)).isEqualTo(article);
            assertThat(Json.read(json)).isEqualTo(BINDING.readValue(json, Article.class));
        }
    }

    @Test
    void unknownKeysAndNullsAreLeftAsTheBindingLeftThem() throws Exception {
        String json = "{\"title\":{\"zh\":\" 标题 \",\"en\":null,\"complete\":false,\"later\":{\"a\":[1,{\"b\":2}]}},"
                + "\"summary\":null,\"date\":null,\"source\":{\"url\":\" \",\"known\":false},\"body\":[{\"kind\":\"LIST_ITEM\","
                + "\"level\":1,\"ordered\":true,\"text\":{\"zh\":\"一\"},\"flags\":[]}],\"faq\":null,\"tags\":[],\"future\":[true],"
                + "\"excerpt\":false,\"provenance\":{}}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Article read = Json.read(bytes);
        Article bound = BINDING.readValue(bytes, Article.class);
        assertThat(read).isEqualTo(bound.withBlocks(List.of(bound.body().get(0).withId("b1"))));
        assertThat(read.title().zh()).isEqualTo("标题");
        assertThat(read.source().url()).isNull();
        assertThat(read.body()).containsExactly(Block.item(1, true, new Bilingual("一", "")).withId("b1"));
    }

    @Test
    void brokenJsonIsAnErrorAboutTheStoredRevision() {
        for (String json : List.of("{\"title\":{\"zh\":\"标题\"", "{\"title\":{\"zh\":\"标题\"}} {", "[1]")) {
            assertThatThrownBy(() -> Json.read(json.getBytes(StandardCharsets.UTF_8)))
                    .as(json).isInstanceOf(UncheckedIOException.class).hasMessageContaining("stored revision is not readable");
        }
    }
}
