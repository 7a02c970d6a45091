package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.geopress.config.SiteConfig;
import io.geopress.testing.SampleSite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share targets (a WeChat QR code that scans to the page), the footer's record numbers, the default reading mode. */
class ShareAndFooterTest {
    private static final String SLUG = "how-far-can-a-small-town-s-night-economy-go-once-its-market";
    @TempDir static Path site;
    static Path out;
    static Document page;

    @BeforeAll
    static void build() throws Exception {
        SiteConfig defaults = SiteConfig.defaults("GEO 测试站", URI.create("https://geo.example.com/"));
        SiteConfig config = new SiteConfig(defaults.title(), defaults.baseUrl(), defaults.timeZone(), 20,
                defaults.disclaimer(), defaults.crawlers(), SiteConfig.LANGUAGES, "en", SiteConfig.SHARE_TARGETS,
                "京ICP备12345678号-1", "京公网安备11010502000001号", SiteConfig.DEFAULT_ABOUT, "editor@geo.example.com", null);
        SampleSite.build(site, config);
        out = site.resolve("public").toRealPath();
        page = Jsoup.parse(out.resolve("articles/" + SLUG + ".html").toFile());
    }

    @Test
    void theWechatQrCodeScansToThePage() throws Exception {
        String src = page.selectFirst(".share-wechat img").attr("src");
        assertThat(src).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
        assertThat(png.length).as("bytes of PNG").isLessThan(1000);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(image.getHeight());
        assertThat(decode(image)).isEqualTo("https://geo.example.com/articles/" + SLUG + ".html");
    }

    @Test
    void chineseTitlesAreEncodedInShareLinks() {
        String weibo = page.selectFirst("a.share-weibo").attr("href");
        assertThat(weibo).contains("title=" + URLEncoder.encode("夜市重开后", StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(weibo).doesNotContain(" ").doesNotContain("夜");
        assertThat(page.selectFirst("a.share-x").attr("href")).startsWith("https://twitter.com/intent/tweet?url=https%3A%2F%2Fgeo.example.com%2F");
        assertThat(page.selectFirst("button.share-copy").attr("data-url")).isEqualTo("https://geo.example.com/articles/" + SLUG + ".html");
        assertThat(page.selectFirst("button.share-copy").hasAttr("hidden")).as("shown only when JavaScript can copy").isTrue();
    }

    @Test
    void theFooterShowsTheRecordNumbersAndPagesOpenInTheConfiguredMode() throws Exception {
        assertThat(page.select(".site-footer a[href=https://beian.miit.gov.cn/]").text()).isEqualTo("京ICP备12345678号-1");
        assertThat(page.select(".site-footer a[href=https://beian.mps.gov.cn/]").text()).isEqualTo("京公网安备11010502000001号");
        assertThat(page.selectFirst("#mode-en").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("#mode-both").hasAttr("checked")).isFalse();
        Document home = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(home.select(".site-footer").text()).contains("京ICP备12345678号-1");
    }

    @Test
    void theAboutPageSaysHowToAskForATakedownWithoutPersonalData() throws Exception {
        Document about = Jsoup.parse(out.resolve("about/index.html").toFile());
        assertThat(about.select("p[lang=en]").eachText()).anyMatch(t -> t.startsWith("This site publishes articles"));
        assertThat(about.selectFirst("a[href=mailto:editor@geo.example.com]")).isNotNull();
        assertThat(about.text()).contains("身份证号").contains("ID numbers");
        assertThat(Jsoup.parse(out.resolve("index.html").toFile()).select(".site-footer a[href=/about/]")).hasSize(1);
    }

    /** Reads the image as a QR code, scaled up as the page shows it (a scanner wants more than a pixel a module). */
    private static String decode(BufferedImage image) throws Exception {
        int scale = 4;
        BufferedImage large = new BufferedImage(image.getWidth() * scale, image.getHeight() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = large.createGraphics();
        g.drawImage(image, 0, 0, large.getWidth(), large.getHeight(), null); // nearest neighbour, as pixelated
        g.dispose();
        int[] pixels = large.getRGB(0, 0, large.getWidth(), large.getHeight(), null, 0, large.getWidth());
        var source = new RGBLuminanceSource(large.getWidth(), large.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
