package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Field;
import io.geopress.model.Inline;
import io.geopress.model.Progress;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedImporterTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(FeedImporterTest.class.getResource("/fixture/feeds/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Imported> read(Path file) {
        return new Ingest(SHANGHAI).read(file, null, Progress.NONE);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> links(Block block) {
        return linksIn(block.text().nodes(io.geopress.model.Lang.ZH)).stream()
                .map(Inline.Link::url).toList();
    }

    private static List<Inline.Link> linksIn(List<Inline> nodes) {
        List<Inline.Link> found = new java.util.ArrayList<>();
        for (Inline node : nodes) {
            if (node instanceof Inline.Link link) found.add(link);
            if (node instanceof Inline.Styled styled) found.addAll(linksIn(styled.children()));
        }
        return found;
    }

    @Test
    void anRssItemWithFullContentBecomesAnArticleWithItsLinkDatesAuthorAndCategories() {
        Path file = fixture("river-notes.rss");
        Imported first = read(file).get(0);
        Article a = first.article();

        assertThat(first.origin()).isEqualTo(file + ":7");
        assertThat(first.key()).isEqualTo("id:river-notes-0001");
        assertThat(a.title()).isEqualTo(new Bilingual("护岸修复第一周", ""));
        assertThat(a.source().name()).isEqualTo(new Bilingual("河畔笔记", ""));
        assertThat(a.source().url()).isEqualTo("https://notes.example.org/2026/03/bank-week-one/");
        assertThat(a.source().published()).isEqualTo(OffsetDateTime.parse("2026-03-17T10:30:00+08:00"));
        assertThat(a.source().author()).isEqualTo("林晓舟");
        assertThat(a.categories()).containsExactly("河道", "工程");
        assertThat(a.excerpt()).isFalse();
        assertThat(a.provenance().get(Field.BODY).agent()).isEqualTo("import:feed");
        assertThat(a.body()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.FIGURE,
                BlockKind.TABLE, BlockKind.PARAGRAPH);
        Block opening = a.body().get(0);
        assertThat(opening.text().en()).startsWith("The crew cleared about 300 cubic metres");
        assertThat(links(opening)).containsExactly("https://notes.example.org/maps/east-bank.html");
        assertThat(a.body().get(1).figure().src()).isEqualTo("https://notes.example.org/2026/03/bank-week-one/images/piles.jpg");
        assertThat(a.body().get(1).text().zh()).isEqualTo("新打的木桩");
        assertThat(a.body().get(2).table().rows()).hasSize(3);
        assertThat(a.body().get(3).text()).isEqualTo(new Bilingual("下周将开始铺设石笼。", "Gabions go in next week."));
    }

    @Test
    void anItemWithOnlyADescriptionIsAnExcerptWithAWarningNamingIt() {
        Path file = fixture("river-notes.rss");
        Imported second = read(file).get(1);

        assertThat(second.article().excerpt()).isTrue();
        assertThat(second.article().body()).extracting(Block::text).containsExactly(new Bilingual("志愿者在新鱼道数到了四十七条鲫鱼。", ""));
        assertThat(second.warnings()).containsExactly(file + ":30: entry 2 (\"鱼道观测\") has only a summary; imported as an"
                + " excerpt (import --fetch reads the whole article from its link)");
    }

    @Test
    void twoEntriesOfOneTitleWithTwoGuidsAreTwoIdentities() {
        List<Imported> all = read(fixture("river-notes.rss"));

        assertThat(all).extracting(i -> i.article().title().zh()).containsExactly("护岸修复第一周", "鱼道观测", "护岸修复第一周");
        assertThat(all).extracting(Imported::key).containsExactly("id:river-notes-0001", "id:river-notes-0002",
                "id:river-notes-0003");
    }

    @Test
    void anAtomFeedGivesHtmlXhtmlAndTextContentWithAddressesResolvedAgainstTheEntry() {
        List<Imported> all = read(fixture("workshop.atom"));
        Article html = all.get(0).article();

        assertThat(all).hasSize(4);
        assertThat(html.title()).isEqualTo(new Bilingual("", "Truing a warped faceplate"));
        assertThat(html.source().name()).isEqualTo(new Bilingual("", "Bench & Lathe"));
        assertThat(html.source().author()).as("the feed's author").isEqualTo("Mara Quill");
        assertThat(html.source().published()).isEqualTo(OffsetDateTime.parse("2026-04-01T08:15:00+08:00"));
        assertThat(html.categories()).containsExactly("metalwork");
        assertThat(all.get(0).key()).isEqualTo("id:tag:lathe.example.com,2026:faceplate");
        assertThat(html.body()).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.FIGURE);
        assertThat(html.body().get(0).level()).isEqualTo(2);
        assertThat(linksIn(html.body().get(1).text().nodes(io.geopress.model.Lang.EN))).extracting(Inline.Link::url)
                .containsExactly("https://lathe.example.com/posts/dial.html");
        assertThat(html.body().get(2).figure().src()).isEqualTo("https://lathe.example.com/img/faceplate.png");

        Article xhtml = all.get(1).article();
        assertThat(xhtml.source().published()).as("no published date: the updated one").isEqualTo(OffsetDateTime.parse("2026-03-31T02:00:00+08:00"));
        assertThat(xhtml.body()).extracting(b -> b.text().en()).containsExactly(
                "Four gouges honed; the bowl gouge needed a new bevel.", "Spindle gouge", "Skew chisel");

        Article text = all.get(2).article();
        assertThat(text.body()).extracting(b -> b.text().en()).containsExactly(
                "Light oil for the ways, heavier oil for the gears.", "Wipe the bed before every session.");

        assertThat(all.get(3).article().excerpt()).isTrue();
        assertThat(all.get(3).warnings()).singleElement().asString().contains("entry 4", "has only a summary");
    }

    @Test
    void aJsonFeedGivesItsItemsWithTagsAuthorsAndIds() {
        List<Imported> all = read(fixture("tea-house.json"));

        Article oolong = all.get(0).article();
        assertThat(oolong.title()).isEqualTo(new Bilingual("春季乌龙试饮", ""));
        assertThat(oolong.source().name().any()).isEqualTo("茶馆日记 Tea House Diary");
        assertThat(oolong.source().author()).isEqualTo("周青禾");
        assertThat(oolong.source().published()).isEqualTo(OffsetDateTime.parse("2026-05-03T15:00:00+08:00"));
        assertThat(oolong.tags()).containsExactly("乌龙", "试饮");
        assertThat(oolong.body().get(0).text()).isEqualTo(new Bilingual("今年的乌龙比去年更清，第三泡最好喝。",
                "This year's oolong is lighter than last year's; the third steep is the best."));
        assertThat(oolong.body().get(1).figure().src()).isEqualTo("https://tea.example.net/img/cups.jpg");
        assertThat(all.get(0).key()).isEqualTo("id:2026-05-03-oolong");

        Article kettle = all.get(1).article();
        assertThat(all.get(1).key()).isEqualTo("id:42");
        assertThat(kettle.source().author()).isEqualTo("Ada Fern");
        assertThat(kettle.body()).extracting(b -> b.text().en()).containsExactly("The kettle holds 600 ml.",
                "It takes four minutes to boil on the small burner.");

        Article market = all.get(2).article();
        assertThat(market.excerpt()).isTrue();
        assertThat(market.source().published()).isEqualTo(OffsetDateTime.parse("2026-04-20T00:00:00+08:00"));
    }

    @Test
    void feedsAreRecognisedByContentWhateverTheirName() throws IOException {
        Path rss = write("latest", Files.readString(fixture("river-notes.rss")));
        Path json = write("feed", Files.readString(fixture("tea-house.json")));
        Path forced = write("notes.txt", Files.readString(fixture("workshop.atom")));

        assertThat(read(rss)).hasSize(3);
        assertThat(read(json)).hasSize(3);
        assertThat(new Ingest(SHANGHAI).read(forced, Format.parse("feed"), Progress.NONE)).hasSize(4);
        assertThat(Ingest.detect(Path.of("a.xml"), "<rss/>".getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.FEED);
        assertThat(Ingest.detect(Path.of("page"), "<?xml version=\"1.0\"?>\n<!-- x -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.FEED);
        assertThat(Ingest.detect(Path.of("lines"), "{\"title\": \"a\", \"body\": \"b\"}\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Format.JSONL);
    }

    @Test
    void aFeedWithAnExternalEntityIsRefusedBeforeAnythingIsRead() throws IOException {
        Path secret = write("secret.txt", "do not read me");
        Path file = write("evil.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>d</description>"
                + "</item></channel></rss>");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage(file + ":2: not well-formed XML: a DOCTYPE declaration is not allowed in a feed (its entities"
                        + " could read files or expand without bound); remove it");
    }

    @Test
    void anEntryWithNoTextFailsTheWholeFeedNamingTheEntry() throws IOException {
        Path file = write("a.rss", """
                <rss version="2.0"><channel><title>Feed</title>
                <item><title>Good</title><description>Fine text.</description></item>
                <item><title>Empty</title><link>https://example.org/empty</link></item>
                </channel></rss>
                """);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage(file + ":3: entry 2 (\"Empty\") has no content and no summary (import --fetch reads it from its link)");
    }

    @Test
    void aJsonFeedItemWithAKeyOfTheWrongTypeFailsNamingItsLine() throws IOException {
        Path file = write("a.json", """
                {"version": "https://jsonfeed.org/version/1",
                 "items": [
                   {"id": "a", "title": "One", "content_text": "Fine."},
                   {"id": "b", "title": "Two", "content_text": "Fine.",
                    "tags": {"not": "a list"}}
                 ]}
                """);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage(file + ":5: item key 'tags': not a text or a list of texts: {\"not\":\"a list\"}");
    }

    @Test
    void anEmptyFeedAndTwoEntriesOfOneIdAreErrors() throws IOException {
        Path empty = write("empty.rss", "<rss version=\"2.0\"><channel><title>Nothing yet</title></channel></rss>");
        Path twice = write("twice.rss", """
                <rss version="2.0"><channel><title>Feed</title>
                <item><guid>same</guid><title>One</title><description>One.</description></item>
                <item><guid>same</guid><title>Two</title><description>Two.</description></item>
                </channel></rss>
                """);

        assertThatThrownBy(() -> read(empty)).hasMessage(empty + ": the feed has no entries");
        assertThatThrownBy(() -> read(twice)).hasMessage(twice + ":3: the id \"same\" is already the id of the entry on line 2;"
                + " two entries cannot be one article");
    }

    @Test
    void aFetchedFeedResolvesItsAddressesAgainstWhereItWasFetched() {
        byte[] feed = """
                <rss version="2.0"><channel><title>Relative</title>
                <item><title>One</title><link>posts/one.html</link><guid>1</guid>
                <description>See &lt;a href="two.html"&gt;the next one&lt;/a&gt;.</description></item>
                </channel></rss>
                """.getBytes(StandardCharsets.UTF_8);
        List<Imported> all = new java.util.ArrayList<>();

        new Ingest(SHANGHAI).read("https://blog.example.org/feeds/all", feed, "application/rss+xml", null, Progress.NONE, all::add);

        Article a = all.get(0).article();
        assertThat(a.source().url()).isEqualTo("https://blog.example.org/feeds/posts/one.html");
        assertThat(linksIn(a.body().get(0).text().nodes(io.geopress.model.Lang.EN))).extracting(Inline.Link::url)
                .containsExactly("https://blog.example.org/feeds/posts/two.html");
    }

    @Test
    void withPagesAnEntryWithOnlyASummaryTakesTheArticleOfItsPage() throws IOException {
        byte[] page = Files.readAllBytes(fixture("fish-pass.html"));
        List<String> asked = new java.util.ArrayList<>();
        Pages pages = url -> {
            asked.add(url);
            return new Pages.Page(url, page, "text/html; charset=utf-8");
        };

        Imported fish = new Ingest(SHANGHAI).fetching(pages).read(fixture("river-notes.rss"), null, Progress.NONE).get(1);

        assertThat(asked).containsExactly("https://notes.example.org/2026/03/fish-pass/");
        Article a = fish.article();
        assertThat(a.excerpt()).isFalse();
        assertThat(a.title().zh()).isEqualTo("鱼道观测");
        assertThat(a.source().url()).isEqualTo("https://notes.example.org/2026/03/fish-pass/");
        assertThat(a.body().get(0).text().zh()).startsWith("三月十八日清晨");
        assertThat(a.body()).extracting(Block::kind).contains(BlockKind.FIGURE);
        assertThat(a.body()).filteredOn(b -> b.kind() == BlockKind.FIGURE).first()
                .extracting(b -> b.figure().src()).isEqualTo("https://notes.example.org/2026/03/fish-pass/img/counter.jpg");
        assertThat(fish.warnings()).noneMatch(w -> w.contains("summary"));
    }

    @Test
    void anEntryWhosePageCannotBeFetchedKeepsItsSummaryWithAWarning() {
        Pages failing = url -> {
            throw new ImportException(url, "HTTP 503 Service Unavailable");
        };
        Path file = fixture("river-notes.rss");

        Imported fish = new Ingest(SHANGHAI).fetching(failing).read(file, null, Progress.NONE).get(1);

        assertThat(fish.article().excerpt()).isTrue();
        assertThat(fish.article().body().get(0).text().zh()).isEqualTo("志愿者在新鱼道数到了四十七条鲫鱼。");
        assertThat(fish.warnings()).containsExactly(file + ":30: entry 2 (\"鱼道观测\") keeps its summary:"
                + " https://notes.example.org/2026/03/fish-pass/: HTTP 503 Service Unavailable");
    }

    @Test
    void aGbkFeedWithHtmlEntitiesIsReadByItsXmlDeclaration() throws IOException {
        String feed = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<rss version=\"2.0\"><channel><title>County&nbsp;Notes</title>"
                + "<item><guid>gbk-1</guid><title>旧城墙测绘完成</title><description>测绘队用三周走完了全部四段城墙。</description>"
                + "</item></channel></rss>";
        Path file = Files.write(dir.resolve("county.xml"), feed.getBytes("GBK"));

        Article a = read(file).get(0).article();

        assertThat(a.title().zh()).isEqualTo("旧城墙测绘完成");
        assertThat(a.source().name().en()).isEqualTo("County Notes");
        assertThat(a.body().get(0).text().zh()).isEqualTo("测绘队用三周走完了全部四段城墙。");
    }
}
