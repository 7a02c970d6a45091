package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Field;
import io.geopress.model.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesImporterTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    /** Records every call, to check what the importer reported. */
    static final class RecordingProgress implements Progress {
        final List<String> calls = new ArrayList<>();
        long total = -1;
        long done = -1;

        @Override
        public void start(String what, long total) {
            calls.add("start " + what);
            this.total = total;
        }

        @Override
        public void advance(long done) {
            this.done = done;
        }

        @Override
        public void finish() {
            calls.add("finish");
        }
    }

    static Path fixture(String name) {
        try {
            return Path.of(JsonLinesImporterTest.class.getResource("/fixture/jsonl/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Imported> read(Path path, Progress progress) {
        return new Ingest(SHANGHAI).read(path, null, progress);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("a.jsonl"), text, StandardCharsets.UTF_8);
    }

    @Test
    void threeGoodLinesGiveThreeArticlesAndProgressReachesThree() {
        Path file = fixture("bakery.jsonl");
        RecordingProgress progress = new RecordingProgress();

        List<Imported> imported = read(file, progress);

        assertThat(imported).extracting(Imported::origin).containsExactly(file + ":1", file + ":2", file + ":3");
        assertThat(progress.total).as("bytes").isEqualTo(file.toFile().length());
        assertThat(progress.done).isEqualTo(file.toFile().length());
        assertThat(progress.calls).containsExactly("start import " + file, "finish");
    }

    @Test
    void aLineWithAMarkdownBodyIsReadLikeAMarkdownFile() {
        Article a = read(fixture("bakery.jsonl"), Progress.NONE).get(0).article();

        assertThat(a.title()).isEqualTo(new Bilingual("面包合作社的酵母共享计划", "The bakery cooperative's shared starter"));
        assertThat(a.source().published()).isEqualTo(OffsetDateTime.parse("2024-04-02T07:00:00+08:00"));
        assertThat(a.source().name()).isEqualTo(new Bilingual("南街面包合作社", "South Street Bakery Cooperative"));
        assertThat(a.summary()).isEqualTo(new Bilingual("",
                "Members now share one sourdough starter, fed twice a day by whoever opens the shop."));
        assertThat(a.tags()).containsExactly("面包", "合作社");
        assertThat(a.categories()).containsExactly("社区");
        assertThat(a.body()).containsExactly(
                Block.paragraph(new Bilingual("每天开门的成员负责给共享酵母喂两次面粉和水。",
                        "Whoever opens the shop feeds the shared starter flour and water twice a day.")),
                Block.heading(2, new Bilingual("为什么共享", "Why share")),
                Block.paragraph(new Bilingual("一份酵母能省下每人每周约两小时。",
                        "One starter saves each member about two hours a week.")));
        assertThat(a.provenance().get(Field.BODY).agent()).isEqualTo("import:jsonl");
    }

    @Test
    void aLineWithBlocksTakesThemAsTheyAre() {
        Path file = fixture("bakery.jsonl");
        Imported imported = read(file, Progress.NONE).get(1);
        Article a = imported.article();

        assertThat(a.title()).isEqualTo(new Bilingual("夏季集市价目表", "Price list for the summer market"));
        assertThat(a.source().published()).isEqualTo(OffsetDateTime.parse("2024-06-01T00:00:00+08:00"));
        assertThat(a.excerpt()).isTrue();
        assertThat(a.body()).extracting(Block::kind, Block::level, Block::ordered).containsExactly(
                tuple(BlockKind.HEADING, 2, false),
                tuple(BlockKind.LIST_ITEM, 1, false),
                tuple(BlockKind.LIST_ITEM, 2, true),
                tuple(BlockKind.PARAGRAPH, 0, false),
                tuple(BlockKind.QUOTE, 0, false));
        assertThat(a.body().get(2).text()).isEqualTo(new Bilingual("周六另有八折。", "Saturdays are 20% off."));
        assertThat(a.body().get(3).flags()).containsExactly(BlockFlag.UNTRANSLATED);
        assertThat(imported.untranslated()).singleElement().asString()
                .startsWith(file + ":2: block 4 has no English translation");
    }

    @Test
    void theTitleAndFaqOfALineMayComeFromItsBodyAndKeys() {
        Article a = read(fixture("bakery.jsonl"), Progress.NONE).get(2).article();

        assertThat(a.title()).isEqualTo(new Bilingual("烤炉维修日", "Oven repair day"));
        assertThat(a.faq()).singleElement().satisfies(faq -> {
            assertThat(faq.question()).isEqualTo(new Bilingual("合作社什么时候开门？", "When does the cooperative open?"));
            assertThat(faq.answer()).isEqualTo(new Bilingual("每天早上六点。", "At six every morning."));
        });
        assertThat(a.body()).hasSize(1);
    }

    @Test
    void aTruncatedLastLineFailsTheWholeFileNamingFileAndLine() {
        Path file = fixture("truncated.jsonl");
        RecordingProgress progress = new RecordingProgress();

        assertThatThrownBy(() -> read(file, progress))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":3: invalid JSON: ")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("Source");
        assertThat(progress.calls).last().isEqualTo("finish");
    }

    @Test
    void blankLinesAreSkippedButCountTowardLineNumbers() throws IOException {
        String line = "{\"title\": \"标题\", \"body\": \"正文。\\n\\nBody text.\"}";
        Path file = write("\n" + line + "\n   \n" + line + "\n");

        assertThat(read(file, Progress.NONE)).extracting(Imported::origin).containsExactly(file + ":2", file + ":4");
    }

    @Test
    void aWrongTypeForAKeyNamesTheLineAndTheKey() throws IOException {
        String good = "{\"title\": \"标题\", \"body\": \"正文。\"}";
        Path file = write(good + "\n{\"title\": \"标题\", \"excerpt\": \"maybe\", \"body\": \"正文。\"}\n");

        assertThatThrownBy(() -> read(file, Progress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":2: key 'excerpt': not true or false: \"maybe\"");
    }

    @Test
    void aLineThatIsNotAnObjectOrHoldsTwoIsRefused() throws IOException {
        Path array = write("[1, 2]\n");
        assertThatThrownBy(() -> read(array, Progress.NONE)).hasMessage(array + ":1: not a JSON object");

        Path two = write("{\"title\": \"标题\", \"body\": \"正文。\"} {\"title\": \"x\"}\n");
        assertThatThrownBy(() -> read(two, Progress.NONE))
                .hasMessage(two + ":1: invalid JSON: more than one value on the line");
    }

    @Test
    void aLineWithBothBodyAndBlocksOrNeitherIsRefused() throws IOException {
        Path both = write("{\"title\": \"标题\", \"body\": \"正文。\", \"blocks\": []}\n");
        assertThatThrownBy(() -> read(both, Progress.NONE)).hasMessage(both + ":1: give either 'body' or 'blocks', not both");

        Path neither = write("{\"title\": \"标题\"}\n");
        assertThatThrownBy(() -> read(neither, Progress.NONE)).hasMessage(neither + ":1: no 'body' (Markdown text) nor 'blocks'");
    }

    @Test
    void aBlockOfUnknownTypeIsAnErrorNamingTheBlock() throws IOException {
        Path file = write("{\"title\": \"标题\", \"blocks\": [{\"type\": \"paragraph\", \"zh\": \"一。\", \"en\": \"One.\"},"
                + " {\"type\": \"chart\", \"zh\": \"图\"}]}\n");

        assertThatThrownBy(() -> read(file, Progress.NONE)).hasMessage(file + ":1: key 'blocks': block 2: type \"chart\" is not "
                + "heading, paragraph, item, quote, figure, table, code, rule or footnote");
    }

    @Test
    void twoThousandLinesOfTwentyKilobytesAreAllRead() throws IOException { // their speed: bench/core.sh
        Path file = dir.resolve("big.jsonl");
        StringBuilder body = new StringBuilder();
        while (body.length() < 14_000) {
            body.append("志愿者每周六早上在河边集合，清理河道里的塑料瓶和渔线。\\n\\n")
                    .append("Volunteers meet by the creek every Saturday morning to clear bottles and fishing line.\\n\\n");
        }
        String line = "{\"title\": \"清理记录\", \"title_en\": \"Clean-up log\", \"date\": \"2024-05-01\", \"body\": \""
                + body + "\"}\n";
        int lines = 2_000;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) out.write(line);
        }
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(20_000);

        List<Imported> imported = read(file, Progress.NONE);

        assertThat(imported).hasSize(lines);
        assertThat(imported.get(lines - 1).article().body()).allSatisfy(b -> assertThat(b.text().isComplete()).isTrue());
    }
}
