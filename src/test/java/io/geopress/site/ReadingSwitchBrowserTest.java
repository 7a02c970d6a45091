package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.testing.Browser;
import io.geopress.testing.ServedSite;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The reading switch (中文 / English / 双语) in a real browser, with JavaScript off and on. */
class ReadingSwitchBrowserTest {
    @TempDir static Path site;
    static ServedSite served;
    static String page;

    @BeforeAll
    static void buildAndServe() throws Exception {
        served = ServedSite.start(site, SiteConfig.defaults("GEO", URI.create("http://localhost/")));
        page = served.url("/articles/libraries-older-readers-and-ai-assistants-notes-from-the-hexi.html");
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    @Test
    void switchesLanguageWithJavaScriptOff() throws Exception {
        ChromeDriver browser = Browser.start(false);
        try {
            browser.get(page);
            WebElement zh = browser.findElement(By.cssSelector(".body .pair p[lang=zh-CN]"));
            WebElement en = browser.findElement(By.cssSelector(".body .pair p[lang=en]"));
            WebElement untranslated = browser.findElement(By.cssSelector(".body p.only"));
            assertThat(zh.isDisplayed()).isTrue();
            assertThat(en.isDisplayed()).isTrue();

            browser.findElement(By.cssSelector("label[for=mode-zh]")).click();
            assertThat(zh.isDisplayed()).isTrue();
            assertThat(en.isDisplayed()).as("English hidden in 中文 mode").isFalse();

            browser.findElement(By.cssSelector("label[for=mode-en]")).click();
            assertThat(en.isDisplayed()).isTrue();
            assertThat(zh.isDisplayed()).as("Chinese hidden in English mode").isFalse();
            assertThat(untranslated.isDisplayed()).as("a block with no translation stays in English mode").isTrue();
            assertThat(browser.findElement(By.cssSelector("h1 span[lang=zh-CN]")).isDisplayed())
                    .as("a title with no English stays").isTrue();

            browser.findElement(By.cssSelector("label[for=mode-both]")).click();
            assertThat(zh.isDisplayed()).isTrue();
            assertThat(en.isDisplayed()).isTrue();
        } finally {
            browser.quit();
        }
    }

    @Test
    void remembersTheChosenModeWithJavaScriptOn() throws Exception {
        ChromeDriver browser = Browser.start(true);
        try {
            browser.get(page);
            browser.findElement(By.cssSelector("label[for=mode-en]")).click();
            browser.navigate().refresh();
            assertThat(browser.findElement(By.id("mode-en")).isSelected()).isTrue();
            assertThat(browser.findElement(By.cssSelector(".body .pair p[lang=zh-CN]")).isDisplayed()).isFalse();
        } finally {
            browser.quit();
        }
    }
}
