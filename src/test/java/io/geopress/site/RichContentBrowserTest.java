package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.testing.Browser;
import io.geopress.testing.RichArticle;
import io.geopress.testing.ServedSite;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A page with a table and figures in a real browser: the reading switch in table cells and captions, and an image of the built site. */
class RichContentBrowserTest {
    @TempDir static Path site;
    static ServedSite served;
    static String page;

    @BeforeAll
    static void buildAndServe() throws Exception {
        served = ServedSite.start(site, SiteConfig.defaults("GEO", URI.create("http://localhost/")), List.of(RichArticle.article()));
        // the media store's image, as the build links it into the site (the media store writes it there)
        RichArticle.writeImage(site.resolve("public").toRealPath());
        page = served.url("/articles/" + RichArticle.SLUG + ".html");
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    @Test
    void eachReadingModeShowsItsLanguageInTableCellsAndCaptionsWithJavaScriptOff() throws Exception {
        ChromeDriver browser = Browser.start(false);
        try {
            browser.get(page);
            WebElement zhCell = browser.findElement(By.xpath("//th[@rowspan='2']/span[@lang='zh-CN']"));
            WebElement enCell = browser.findElement(By.xpath("//th[@rowspan='2']/span[@lang='en']"));
            WebElement number = browser.findElement(By.xpath("//td/span[text()='80,000']"));
            WebElement zhCaption = browser.findElement(By.xpath("//figcaption/p[text()='线路示意图']"));
            WebElement enCaption = browser.findElement(By.xpath("//figcaption/p[text()='Route sketch']"));
            assertThat(List.of(zhCell, enCell, number, zhCaption, enCaption)).allMatch(WebElement::isDisplayed);
            assertThat(zhCell.getText()).isEqualTo("一号线");

            browser.findElement(By.cssSelector("label[for=mode-zh]")).click();
            assertThat(List.of(zhCell, number, zhCaption)).as("中文").allMatch(WebElement::isDisplayed);
            assertThat(List.of(enCell, enCaption)).as("English hidden in 中文 mode").noneMatch(WebElement::isDisplayed);

            browser.findElement(By.cssSelector("label[for=mode-en]")).click();
            assertThat(List.of(enCell, number, enCaption)).as("English").allMatch(WebElement::isDisplayed);
            assertThat(List.of(zhCell, zhCaption)).as("Chinese hidden in English mode").noneMatch(WebElement::isDisplayed);
            assertThat(enCell.getText()).isEqualTo("Line 1");

            browser.findElement(By.cssSelector("label[for=mode-both]")).click();
            assertThat(List.of(zhCell, enCell, number, zhCaption, enCaption)).as("双语").allMatch(WebElement::isDisplayed);
        } finally {
            browser.quit();
        }
    }

    @Test
    void theFiguresImageLoadsFromTheBuiltSite() throws Exception {
        ChromeDriver browser = Browser.start(true);
        try {
            browser.get(page);
            WebElement image = browser.findElement(By.cssSelector("img[src='/" + RichArticle.MEDIA_IMAGE + "']"));
            browser.executeScript("arguments[0].scrollIntoView()", image);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(b -> Boolean.TRUE.equals(browser.executeScript("return arguments[0].complete", image)));
            assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue())
                    .isEqualTo(RichArticle.MEDIA_WIDTH);
            assertThat(image.getSize().getWidth()).isEqualTo(RichArticle.MEDIA_WIDTH);
        } finally {
            browser.quit();
        }
    }
}
