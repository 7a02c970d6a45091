package io.geopress.ingest;

import static io.geopress.ingest.HtmlPages.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a news page puts inside its article's region that is not the article (a gallery's copies of its captions, the
 * site's other headlines, hover cards, newsletter boxes, stamps) goes; what looks like it but is the article stays.
 */
class PageFurnitureTest {
    private static final String SITE = "https://harbour-news.example";
    private static final String FILLER = "<p>The harbour board met on Tuesday evening to weigh a plan that would move the "
            + "ferry terminal two kilometres north, closer to the new rail station and away from the old fish market.</p>\n"
            + "<p>Supporters said the move would cut the walk between train and boat to four minutes, while traders "
            + "at the market warned that they would lose most of the commuters who buy breakfast there each morning.</p>\n";

    @TempDir
    Path dir;

    @Test
    void aGallerysCopiesOfItsCaptionGoAndTheFigureStays() {
        String caption = "Workers lift the last span of the footbridge into place above the river at dawn on Monday";
        Imported page = page("<div class=\"slide\"><img src=\"" + SITE + "/span.jpg\" alt=\"" + caption
                + ". Photo: Lena Ortiz\"><p class=\"caption-full\">" + caption + ".</p>"
                + "<p class=\"caption-short\">" + caption.substring(0, 50) + "</p></div>");

        assertThat(texts(page)).filteredOn(t -> t.contains("last span")).isEmpty();
        assertThat(HtmlPages.blocks(page, BlockKind.FIGURE)).singleElement()
                .satisfies(f -> assertThat(((Figure) f.detail()).alt().any()).startsWith(caption));
    }

    @Test
    void aFigureShownAgainWithItsCaptionGoesFiguresWithoutCaptionsStay() {
        String figure = "<figure><img src=\"/pier-%s.jpg\" alt=\"\"><figcaption>The new pier seen from the ferry on "
                + "its first trial run across the bay</figcaption></figure>";
        Imported page = page(figure.formatted("wide") + figure.formatted("narrow")
                + "<p><img src=\"/a.jpg\"></p>" + FILLER + "<p><img src=\"/b.jpg\"></p>");

        assertThat(HtmlPages.blocks(page, BlockKind.FIGURE)).extracting(b -> b.figure().src())
                .containsExactly(SITE + "/pier-wide.jpg", SITE + "/a.jpg", SITE + "/b.jpg");
    }

    @Test
    void aCaptionQuotingAParagraphFarFromItLeavesTheParagraph() {
        String said = "Two thousand commuters a day change between train and ferry at the old terminal";
        Imported page = page("<figure><img src=\"/pier.jpg\" alt=\"\"><figcaption>" + said + " [File]</figcaption></figure>"
                + FILLER + FILLER + "<p>" + said + ", a number the board expects to double by 2030.</p>");

        assertThat(texts(page)).contains(said + ", a number the board expects to double by 2030.");
    }

    @Test
    void linesOfTextMayRepeatAsARecipesStepsDo() {
        String step = "<p>Stir the rice gently and leave it on a low heat for twelve minutes with the lid on.</p>";
        Imported page = page("<h2>Monday</h2>" + step + "<h2>Tuesday</h2>" + step);

        assertThat(texts(page)).filteredOn(t -> t.startsWith("Stir the rice")).hasSize(2);
    }

    @Test
    void aRunOfTheSitesOtherHeadlinesGoesAShopsLinksStay() {
        Imported page = page("<ul><li><a href=\"/2026/05/tram-fares\">Tram fares rise for the first time in six years</a></li>"
                + "<li><a href=\"" + SITE + "/2026/05/bridge\">Footbridge opens a month early</a></li></ul>"
                + "<p>Where to buy the lamp we tested:</p>"
                + "<ul><li><a href=\"https://shop-one.example/lamp\">Get it at Shop One for $39</a></li>"
                + "<li><a href=\"https://shop-two.example/lamp\">Also at Shop Two</a></li></ul>");

        assertThat(texts(page)).doesNotContain("Tram fares rise for the first time in six years", "Footbridge opens a month early")
                .contains("Get it at Shop One for $39", "Also at Shop Two");
    }

    @Test
    void aHeadlineInCapitalsLinkingIntoTheSiteGoes() {
        Imported page = page("<p><strong><a href=\"/2026/04/ferry-strike\">FERRY CREWS VOTE TO STRIKE OVER NEW ROTAS</a></strong></p>"
                + "<p>NASA and ESA are partners in the study of the estuary.</p>");

        assertThat(texts(page)).doesNotContain("FERRY CREWS VOTE TO STRIKE OVER NEW ROTAS")
                .contains("NASA and ESA are partners in the study of the estuary.");
    }

    @Test
    void aHoverCardInsideAParagraphGoesItsLinkStays() {
        Imported page = page("<p>The plan was drawn up by <span class=\"rollover-people\"><a href=\"/people/mara-quist\">"
                + "Mara Quist</a><span class=\"rollover-block\"><img src=\"/mara.jpg\" alt=\"\">"
                + "<a href=\"/people/mara-quist\">Mara Quist</a><a href=\"/2026/01/budget\">Budget talks stall again</a>"
                + "<a href=\"/2026/02/vote\">Council vote delayed</a></span></span>, the board's engineer.</p>");

        assertThat(texts(page)).contains("The plan was drawn up by Mara Quist, the board's engineer.");
    }

    @Test
    void aPostEmbeddedInASocialBoxStaysAShareBoxGoes() {
        Imported page = page("<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Four minutes from "
                + "train to boat sounds too good to be true.</p>— A commuter (@commuter) May 4, 2026</blockquote></div>"
                + "<div class=\"social-share\"><p>Share this article with your friends on every network you use</p></div>");

        assertThat(String.join("\n", texts(page))).contains("Four minutes from train to boat sounds too good to be true.")
                .doesNotContain("Share this article");
    }

    @Test
    void aNewsletterBoxAndTheReportersAddressAtTheEndGoTheArticlesOwnWordsStay() {
        Imported page = page("<p>The share offer was heavily oversubscription-proof, the board's adviser joked.</p>"
                + "<p>Get the harbour's news in your inbox every morning. Subscribe to our newsletters.</p>"
                + "<p>Have a tip? Ada Brink may be reached at ada.brink@harbour-news.example.</p>");

        assertThat(texts(page)).contains("The share offer was heavily oversubscription-proof, the board's adviser joked.")
                .noneMatch(t -> t.contains("inbox") || t.contains("Ada Brink"));
    }

    @Test
    void lastLinesAboutSubscriptionsQrCodesOrAContactAddressAreTheArticlesWhenTheyAskNothing() {
        Imported page = page("<p>该平台的付费订阅用户今年已超过一千万，比去年多了三成。</p>"
                + "<p>市民可通过扫码支付乘船，也可以写信到 info@harbour-board.example 提出意见。</p>");

        assertThat(texts(page)).contains("该平台的付费订阅用户今年已超过一千万，比去年多了三成。",
                "市民可通过扫码支付乘船，也可以写信到 info@harbour-board.example 提出意见。");
    }

    @Test
    void aTimetableInAListKeepsItsDatesAndTimes() {
        Imported page = page("<ul><li>2026-06-02 06:15 首班渡轮</li><li>2026-06-02 22:40 末班渡轮</li></ul>");

        assertThat(texts(page)).contains("2026-06-02 06:15 首班渡轮", "2026-06-02 22:40 末班渡轮");
    }

    @Test
    void aChineseLinkWithAnAcronymIsNotAHeadlineInCapitals() {
        Imported page = page("<p><a href=\"/2026/05/gdp\">国家统计局发布2026年一季度GDP数据</a></p>");

        assertThat(texts(page)).contains("国家统计局发布2026年一季度GDP数据");
    }

    @Test
    void aSectionHeadedByABareWordKeepsItsParagraphs() {
        Imported page = page(FILLER + FILLER + "<h2>Topics</h2><p>Fares, timetables and the new pier.</p>"
                + "<p>Parking near the old market.</p>");

        assertThat(texts(page)).contains("Fares, timetables and the new pier.", "Parking near the old market.");
    }

    @Test
    void aLineThatIsTheArticlesOwnAddressGoes() {
        Imported page = page("<p>" + SITE + "/2026/05/ferry-terminal-move.html</p>"
                + "<p>https://elsewhere.example/report.pdf</p>");

        assertThat(texts(page)).doesNotContain(SITE + "/2026/05/ferry-terminal-move.html")
                .contains("https://elsewhere.example/report.pdf");
    }

    @Test
    void theTitleSaidAgainLowerDownGoes() {
        Imported page = page("<div class=\"gallery-title\"><p>Ferry terminal to move north</p></div>");

        assertThat(page.article().title().any()).isEqualTo("Ferry terminal to move north");
        assertThat(texts(page)).doesNotContain("Ferry terminal to move north");
    }

    @Test
    void aStampWithDateAndTimeGoesASentenceWithThemStays() {
        Imported page = page("<p>Harbour desk | Updated: 19 May 2026, 09:01 AM</p>"
                + "<p>The first ferry will leave the new pier on June 2, 2026 at 06:15, the board said.</p>");

        assertThat(texts(page)).doesNotContain("Harbour desk | Updated: 19 May 2026, 09:01 AM")
                .contains("The first ferry will leave the new pier on June 2, 2026 at 06:15, the board said.");
    }

    @Test
    void textWrittenBetweenLineBreaksKeepsItsFirstAndLastLines() {
        Path file = write("breaks.html", "<div class=\"byline\">By Ada Brink</div><div class=\"content\">The board's vote is the first step, and a public "
                + "hearing in <em><a href=\"/hearing\">June</a></em> comes next, the chair said.<br><br>" + plain(FILLER)
                + "<br><br>Work on the new pier could start in the autumn of next year if the money is found.<br><br>"
                + "<div class=\"linkback\">Tag: <a href=\"/tag/ferries\">ferries</a></div></div>", false);

        assertThat(String.join("\n", texts(read(file)))).startsWith("The board's vote is the first step")
                .endsWith("Work on the new pier could start in the autumn of next year if the money is found.");
    }

    private Imported page(String inside) {
        return read(write("page.html", FILLER + inside + FILLER, true));
    }

    /** A page whose article is in {@code <article>}, or in a {@code <div>} when {@code declared} is false. */
    private Path write(String name, String article, boolean declared) {
        String element = declared ? "article" : "div";
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Ferry terminal to move north - Harbour News</title>"
                + "<meta property=\"og:url\" content=\"" + SITE + "/2026/05/ferry-terminal-move.html\"></head>\n"
                + "<body><nav><a href=\"/\">Home</a></nav><" + element + "><h1>Ferry terminal to move north</h1>\n" + article
                + "\n</" + element + "></body></html>\n";
        try {
            return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String plain(String paragraphs) {
        return paragraphs.replace("<p>", "").replace("</p>\n", "<br><br>");
    }

    private static List<String> texts(Imported page) {
        return page.article().body().stream().map(Block::text).map(t -> t.any()).toList();
    }
}
