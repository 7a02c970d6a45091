package io.geopress.testing;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Faq;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Source;
import io.geopress.model.Table;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * An article with every kind of rich content, and hostile text in every new place: links (one with a title holding
 * quotes, addresses that spell {@code javascript:} with entities), emphasis, code, sub- and superscripts, a line break,
 * three figures (remote, in the media store, missing), a table with a row span, a table GFM can show, code, a rule,
 * footnotes referred to once, twice and never, and a reference to a note that does not exist.
 */
public final class RichArticle {
    public static final String SLUG = "rich-tram-figures";
    public static final String REPORT = "https://stats.example.gov/report?id=7&y=2026";
    public static final String REPORT_TITLE = "The \"official\" report";
    public static final String OPEN_DATA = "https://stats.example.gov/open";
    public static final String STOP_LIST = "https://lines.example.org/stops";
    public static final String REMOTE_IMAGE = "https://img.example.net/photos/tram.jpg";
    public static final String PHOTO_DESK = "https://img.example.net/desk";
    public static final String ENTITY_SCRIPT_LINK = "&#106;avascript:alert(1)";
    public static final String NAMED_ENTITY_SCRIPT_LINK = "javascript&colon;alert(2)";
    /** The image in the site's media store; {@link #writeImage} writes it. */
    public static final String MEDIA_IMAGE = "media/9b1f0c2e7d4a5b6c8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d.png";
    public static final int MEDIA_WIDTH = 40;
    public static final int MEDIA_HEIGHT = 20;
    public static final String HOSTILE_ZH = "注意：<script>alert('zh')</script> 不是代码";
    public static final String HOSTILE_EN = "Note: <script>alert('en')</script> is not code";
    public static final String CODE = "String fence = \"```\";\n// </code></pre><script>alert(3)</script>\nint trips = 120;\n";
    public static final String PIPE_CELL_ZH = "票价 | 元";
    public static final String PIPE_CELL_EN = "Fare | yuan";
    public static final String HOSTILE_CELL_ZH = "<b>未知</b> | 待定";
    public static final String HOSTILE_CELL_EN = "unknown | tbd";
    public static final String MISSING_CAPTION_EN = "This image was not found <img src=x onerror=alert(4)>";

    private RichArticle() {}

    public static Article article() {
        return new Article(new Bilingual("新城区有轨电车的客流数据说明了什么?", "What do the new district's tram ridership figures show?"),
                new Bilingual("新线路工作日客流达到十二万人次。", "The new lines carry 120,000 weekday trips."),
                null, new Source(new Bilingual("城市观察", "City Watch"), "https://news.example.org/trams/2026",
                        OffsetDateTime.parse("2026-04-02T09:30+08:00"), new Bilingual("有轨电车一年记", "A year of trams")),
                body(), faq(), List.of("交通"), List.of(),
                List.of(Bilingual.inline(List.of(t("转载请注明出处，见"), link("https://news.example.org/rules", "转载规则"), t("。")),
                        List.of(t("Reprints must credit us; see the "), link("https://news.example.org/rules", "reprint rules"), t(".")))),
                false, SLUG, null);
    }

    private static List<Block> body() {
        return List.of(
                Block.heading(2, new Bilingual("客流与票价", "Ridership and fares")),
                Block.paragraph(Bilingual.inline(
                        List.of(t("据"), new Inline.Link(REPORT, "原文报告", List.of(t("市统计局报告"))), t("，工作日客流达到"),
                                Inline.strong(t("12万人次")), t("，比去年增长"), Inline.emphasis(t("约六成")), t("。"),
                                new Inline.NoteRef("src")),
                        List.of(t("According to the "), new Inline.Link(REPORT, REPORT_TITLE, List.of(t("city statistics report"))),
                                t(", weekday ridership reached "), Inline.strong(t("120,000 trips")), t(", up "),
                                Inline.emphasis(t("about 60%")), t(" on last year."), new Inline.NoteRef("src")))),
                Block.paragraph(Bilingual.inline(
                        List.of(t(HOSTILE_ZH + "；"), new Inline.Code("<b>tag</b>"), t(" 与 H"), styled(Inline.Style.SUB, "2"),
                                t("O、E=mc"), styled(Inline.Style.SUP, "2"), t(" 以及 "), styled(Inline.Style.STRIKE, "旧票价"),
                                new Inline.Break(), t("第二行"), link(ENTITY_SCRIPT_LINK, "伪装链接"), new Inline.NoteRef("no-such-note")),
                        List.of(t(HOSTILE_EN + "; "), new Inline.Code("a `tick` | pipe"), t(" and "),
                                link(NAMED_ENTITY_SCRIPT_LINK, "a disguised link"), t(", "), link("/about/", "our about page"),
                                t(" or "), link("mailto:desk@example.com", "e-mail"), new Inline.NoteRef("two")))),
                figure(new Figure(REMOTE_IMAGE, 1200, 800, new Bilingual("站台上等车的乘客", "Passengers \"waiting\" <at dusk>"),
                        "Li Wei <photo> & Co"), Bilingual.inline(List.of(t("傍晚的"), Inline.strong(t("换乘站"))),
                        List.of(t("The interchange stop at dusk, by the "), link(PHOTO_DESK, "photo desk")))),
                figure(new Figure(MEDIA_IMAGE, MEDIA_WIDTH, MEDIA_HEIGHT, new Bilingual("线路图", "Route map"), null),
                        new Bilingual("线路示意图", "Route sketch")),
                figure(new Figure("images/lost.png", 0, 0, new Bilingual("丢失的图", "A lost image"), null),
                        new Bilingual("这张图没有找到", MISSING_CAPTION_EN)).withFlag(BlockFlag.MISSING_IMAGE),
                Block.table(new Table(List.of(
                        new Table.Row(List.of(th("线路", "Line"), th("站点", "Stops"), th("客流", "Trips")), true),
                        new Table.Row(List.of(new Table.Cell(new Bilingual("一号线", "Line 1"), true, 2, 1), td("12", "12"),
                                td("80,000", "80,000")), false),
                        new Table.Row(List.of(td("9", "9"), new Table.Cell(Bilingual.inline(List.of(Inline.emphasis(t("四万"))),
                                List.of(link(STOP_LIST, "40,000"))), false)), false),
                        new Table.Row(List.of(new Table.Cell(new Bilingual("二号线", "Line 2"), true), td("7", "7"),
                                td(HOSTILE_CELL_ZH, HOSTILE_CELL_EN)), false))),
                        new Bilingual("各线路工作日客流", "Weekday ridership by line")),
                Block.table(new Table(List.of(
                        new Table.Row(List.of(th("指标", "Measure"), th("数值", "Value")), true),
                        new Table.Row(List.of(td(PIPE_CELL_ZH, PIPE_CELL_EN), td("2", "2")), false),
                        new Table.Row(List.of(new Table.Cell(Bilingual.inline(List.of(new Inline.Code("a|b"), t(" `反引号`")),
                                List.of(t("line one\nline two *not em* <i>x</i>"))), false), td("3", "")), false))),
                        Bilingual.EMPTY),
                Block.code("java", CODE),
                Block.rule(),
                Block.item(1, false, Bilingual.inline(List.of(link(STOP_LIST, "站点列表")), List.of(link(STOP_LIST, "List of stops")))),
                Block.item(1, false, new Bilingual("第二项", "Second item")),
                Block.quote(Bilingual.inline(List.of(t("“"), Inline.emphasis(t("准点")), t("是关键。”")),
                        List.of(t("\"Being "), Inline.emphasis(t("on time")), t(" is what matters.\"")))),
                Block.paragraph(Bilingual.inline(List.of(t("再次引用"), new Inline.NoteRef("src")),
                        List.of(t("Cited again"), new Inline.NoteRef("src")))),
                Block.footnote("src", Bilingual.inline(List.of(t("数据来自"), link(OPEN_DATA, "开放数据平台"), t("。")),
                        List.of(t("Figures from the "), link(OPEN_DATA, "open data portal"), t(".")))),
                Block.footnote("two", new Bilingual("第二条注释 <b>", "A second note with <b>.")),
                Block.footnote("unused", new Bilingual("没有被引用的注释", "A note nobody refers to")));
    }

    private static List<Faq> faq() {
        return List.of(new Faq(new Bilingual("客流增长了多少?", "How much did ridership grow?"),
                Bilingual.inline(List.of(t("约六成，见"), link(REPORT, "报告"), new Inline.NoteRef("src")),
                        List.of(t("About 60%; see the "), link(REPORT, "report"), new Inline.NoteRef("src")))));
    }

    /** Writes the media store's image, a real PNG of {@link #MEDIA_WIDTH} by {@link #MEDIA_HEIGHT}, under {@code folder}. */
    public static Path writeImage(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(MEDIA_WIDTH, MEDIA_HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < MEDIA_WIDTH; x++) for (int y = 0; y < MEDIA_HEIGHT; y++) image.setRGB(x, y, (x < MEDIA_WIDTH / 2 ? Color.RED : Color.BLUE).getRGB());
        Path file = folder.resolve(MEDIA_IMAGE);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Block figure(Figure image, Bilingual caption) {
        return Block.figure(image, caption);
    }

    private static Inline.Text t(String text) {
        return Inline.text(text);
    }

    private static Inline.Link link(String url, String text) {
        return Inline.link(url, t(text));
    }

    private static Inline.Styled styled(Inline.Style style, String text) {
        return new Inline.Styled(style, List.of(t(text)));
    }

    private static Table.Cell th(String zh, String en) {
        return new Table.Cell(new Bilingual(zh, en), true);
    }

    private static Table.Cell td(String zh, String en) {
        return new Table.Cell(new Bilingual(zh, en), false);
    }
}
