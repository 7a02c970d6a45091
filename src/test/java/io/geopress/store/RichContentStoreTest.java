package io.geopress.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockIds;
import io.geopress.model.Faq;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Source;
import io.geopress.model.Table;
import io.geopress.store.ArticleStore.Draft;
import io.geopress.store.ArticleStore.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RichContentStoreTest {
    @TempDir Path dir;

    private static final Bilingual LINKED = Bilingual.inline(
            List.of(Inline.text("据"), Inline.link("https://example.org/report", Inline.text("年度报告")), Inline.text("，客流"),
                    Inline.strong(Inline.text("增长两成")), Inline.text("。"), new Inline.NoteRef("1")),
            List.of(Inline.text("Ridership rose "), Inline.strong(Inline.text("a fifth")), Inline.text(", says the "),
                    new Inline.Link("https://example.org/report", "Annual report", List.of(Inline.text("annual report"))),
                    Inline.text("."), new Inline.Break(), new Inline.Code("H<sub>2</sub>"),
                    new Inline.Styled(Inline.Style.SUP, List.of(Inline.text("2"))), new Inline.NoteRef("1")));

    private static final Table TABLE = new Table(List.of(
            new Table.Row(List.of(new Table.Cell(new Bilingual("线路", "Line"), true),
                    new Table.Cell(new Bilingual("客流", "Riders"), true)), true),
            new Table.Row(List.of(new Table.Cell(new Bilingual("一号线", "Line 1"), true, 2, 1),
                    new Table.Cell(new Bilingual("120", "120"), false)), false),
            new Table.Row(List.of(new Table.Cell(new Bilingual("192", "192"), false)), false)));

    private static List<Block> richBody() {
        return List.of(Block.heading(2, new Bilingual("客流", "Ridership")), Block.paragraph(LINKED),
                Block.figure(new Figure("https://example.org/tram.jpg", 1600, 900, new Bilingual("电车", "A tram"), "晨报摄"),
                        new Bilingual("新电车", "The new tram")),
                Block.table(TABLE, new Bilingual("各线客流", "Riders per line")), Block.code("bash", "echo 'a < b'\n"),
                Block.rule(), Block.footnote("1", Bilingual.inline(List.of(Inline.link("https://example.org/r", Inline.text("报告"))),
                        List.of(Inline.text("The report")))));
    }

    private static Article article(List<Block> body) {
        return new Article(new Bilingual("电车为何回归？", "Why are trams back?"), Bilingual.EMPTY, null,
                new Source(new Bilingual("晨报", "Morning Post"), "https://example.org/trams", null, Bilingual.EMPTY), body,
                List.of(), List.of(), List.of(), List.of(), false, null, null);
    }

    private ArticleStore store() {
        return ArticleStore.openSqlite(dir.resolve("geopress.db"), ZoneId.of("Asia/Shanghai"),
                Clock.fixed(Instant.parse("2026-05-01T02:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void richContentReadsBackAsItWasWritten() {
        Article rich = article(BlockIds.assign(richBody(), List.of()))
                .withFaq(List.of(new Faq(new Bilingual("多少？", "How many?"), LINKED, List.of("b2", "b4"))), null)
                .withImage(new Figure("https://example.org/cover.jpg", 1200, 630, new Bilingual("", "Cover"), null));
        String json = Json.write(rich);
        Article read = Json.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(rich);
        assertThat(read.picture().src()).isEqualTo("https://example.org/cover.jpg");
        assertThat(read.withImage(null).picture().src()).as("the first figure stands in").isEqualTo("https://example.org/tram.jpg");
        assertThat(read.body().get(1).text().en()).isEqualTo("Ridership rose a fifth, says the annual report.\nH<sub>2</sub>2");
        assertThat(read.body().get(3).table().columns()).isEqualTo(2);
        assertThat(json).contains("\"href\":\"https://example.org/report\"").contains("\"rowSpan\":2");
    }

    @Test
    void aStoredLinkNoPageMayCarryIsReadAsItsText() {
        String json = "{\"title\":{\"zh\":\"标题？\"},\"body\":[{\"kind\":\"PARAGRAPH\",\"flags\":[],\"text\":{\"zh\":\"点这里。\","
                + "\"zhInline\":[{\"a\":[\"点这里\"],\"href\":\"javascript:alert(1)\"},\"。\"]}}]}";
        Article read = Json.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(read.body().get(0).text().hasMarkup()).isFalse();
        assertThat(read.body().get(0).text().zh()).isEqualTo("点这里。");
    }

    @Test
    void plainTextIsStoredAsBeforeInlineMarkupAndIdsExisted() {
        Article plain = article(List.of(Block.paragraph(new Bilingual("一。", "One."))));
        String json = Json.write(plain);
        assertThat(json).doesNotContain("Inline").doesNotContain("\"id\"").doesNotContain("figure");
        assertThat(Json.contentHash(plain)).isEqualTo(Json.contentHash(plain.withBlocks(BlockIds.assign(plain.body(), List.of()))));
    }

    @Test
    void aRevisionStoredBeforeBlockIdsReadsWithTheIdsOfItsPositions() {
        String old = "{\"title\":{\"zh\":\"标题？\"},\"body\":[{\"kind\":\"PARAGRAPH\",\"text\":{\"zh\":\"一。\"},\"flags\":[]},"
                + "{\"kind\":\"PARAGRAPH\",\"text\":{\"zh\":\"二。\"},\"flags\":[]}],"
                + "\"faq\":[{\"question\":{\"zh\":\"问？\"},\"answer\":{\"zh\":\"二。\"},\"blocks\":[1]}]}";
        Article read = Json.read(old.getBytes(StandardCharsets.UTF_8));
        assertThat(read.body()).extracting(Block::id).containsExactly("b1", "b2");
        assertThat(read.faq().get(0).blocks()).containsExactly("b2");
    }

    @Test
    void anUnchangedPlainSourceAddsNoRevisionWhileItsLinksAddOneAndIdsSurviveAnEdit() {
        ArticleStore store = store();
        List<Block> plain = List.of(Block.paragraph(new Bilingual("据年度报告，客流增长两成。", "")),
                Block.paragraph(new Bilingual("二。", "Two.")));
        String slug = store.save(List.of(new Draft(article(plain), "import a.html"))).get(0).slug();
        assertThat(store.save(List.of(new Draft(article(plain), "import a.html"))).get(0).outcome()).isEqualTo(Outcome.UNCHANGED);

        List<Block> linked = List.of(Block.paragraph(Bilingual.inline(List.of(Inline.text("据"),
                Inline.link("https://example.org/report", Inline.text("年度报告")), Inline.text("，客流增长两成。")), List.of())),
                Block.paragraph(new Bilingual("二。", "Two.")));
        assertThat(store.save(List.of(new Draft(article(linked), "import a.html"))).get(0).outcome()).isEqualTo(Outcome.REVISED);
        assertThat(store.find(slug).orElseThrow().article().body().get(0).text().nodes(io.geopress.model.Lang.ZH)).hasSize(3);

        List<Block> inserted = List.of(Block.heading(2, new Bilingual("新", "New")), linked.get(0), Block.paragraph(new Bilingual("二。", "Two!")));
        store.save(List.of(new Draft(article(inserted), "import a.html")));
        assertThat(store.find(slug).orElseThrow().article().body()).extracting(Block::id)
                .as("the moved block keeps its id, the edited one its position's, the new one a new id").containsExactly("b3", "b1", "b2");
    }
}
