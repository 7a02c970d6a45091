package io.geopress.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.testing.Browser;
import io.geopress.testing.ServedSite;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's way through the served site in headless Chromium: list, article, reading mode, search, share; with
 * the site's Content-Security-Policy on, which lets only the site's own script files run.
 */
class ReaderJourneyBrowserTest {
    @TempDir Path site;

    @Test
    void fromTheListToAnArticleItsEnglishTextASearchAndAShareLink() throws Exception {
        try (ServedSite served = ServedSite.start(site, SiteConfig.defaults("GEO", URI.create("http://localhost/")))) {
            String home = served.url("/");
            assertThat(served.get("/").headers().firstValue("Content-Security-Policy")).hasValue(SiteConfig.DEFAULT_CONTENT_SECURITY_POLICY);
            ChromeDriver browser = Browser.start(true);
            try {
                browser.get(home);
                browser.findElement(By.partialLinkText("小茶农如何用土壤传感器种好茶")).click();
                assertThat(browser.getCurrentUrl()).endsWith("/articles/how-can-small-tea-farmers-use-soil-sensors-a-2026-guide.html");

                var zh = browser.findElement(By.cssSelector(".body .pair p[lang=zh-CN]"));
                browser.findElement(By.cssSelector("label[for=mode-en]")).click();
                assertThat(zh.isDisplayed()).isFalse();
                browser.findElement(By.cssSelector("label[for=mode-both]")).click();
                assertThat(zh.isDisplayed()).isTrue();

                browser.setPermission("clipboard-write", "granted");
                WebElement copy = browser.findElement(By.cssSelector("button.share-copy"));
                assertThat(copy.isDisplayed()).as("the site's script shows the button").isTrue();
                copy.click();
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElement(copy, "已复制 Copied"));

                String weibo = browser.findElement(By.cssSelector("a.share-weibo")).getAttribute("href");
                String shared = URLDecoder.decode(weibo.substring(weibo.indexOf("url=") + 4, weibo.indexOf('&')), StandardCharsets.UTF_8);
                assertThat(shared).isEqualTo("http://localhost/articles/how-can-small-tea-farmers-use-soil-sensors-a-2026-guide.html");

                for (String[] query : new String[][] {{"夜市", "night-economy"}, {"library", "hexi"}}) {
                    browser.get(home + "search/?q=" + java.net.URLEncoder.encode(query[0], StandardCharsets.UTF_8));
                    new WebDriverWait(browser, Duration.ofSeconds(10))
                            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results h2 a")));
                    assertThat(browser.findElement(By.cssSelector("#results h2 a")).getAttribute("href")).contains(query[1]);
                }
            } finally {
                browser.quit();
            }
        }
    }
}
