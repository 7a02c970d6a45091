package io.geopress.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.GeopressException;
import io.geopress.model.Lang;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
    @TempDir Path site;

    @Test
    void whatInitWritesReadsBackTheSame() throws Exception {
        SiteConfig written = SiteConfig.defaults("我的站点", URI.create("https://geo.example.com/news/"));
        ConfigFile.write(site, written);
        assertThat(ConfigFile.read(site)).isEqualTo(written);
        assertThat(written.basePath()).isEqualTo("/news/");
        assertThat(written.crawlers()).containsKeys("GPTBot", "ClaudeBot", "Bytespider", "Baiduspider", "*");
    }

    @Test
    void theFooterRecordsReadingModeAndShareTargetsRoundTrip() throws Exception {
        SiteConfig written = SiteConfig.defaults("站点", URI.create("https://geo.example.com/")).withFooter("沪ICP备1号", "沪公网安备2号");
        ConfigFile.write(site, written);
        SiteConfig read = ConfigFile.read(site);
        assertThat(read).isEqualTo(written);
        assertThat(read.icp()).isEqualTo("沪ICP备1号");
        assertThat(read.share()).containsExactly("weibo", "wechat", "x", "linkedin", "copy");
        assertThat(read.readingMode()).isEqualTo("both");
    }

    @Test
    void crawlersCanBeKeptOutOneByOne() throws Exception {
        Files.writeString(site.resolve("geopress.yml"), """
                title: 站点
                base_url: https://geo.example.com/
                crawlers:
                  GPTBot: allow
                  CCBot: disallow
                """);
        assertThat(ConfigFile.read(site).crawlers()).containsExactly(
                java.util.Map.entry("GPTBot", true), java.util.Map.entry("CCBot", false));
    }

    @Test
    void anUnknownKeyOrAWrongValueIsAnErrorNamingIt() throws Exception {
        Path file = site.resolve("geopress.yml");
        Files.writeString(file, "title: 站点\nbase_url: https://geo.example.com/\ntitel: typo\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).isInstanceOf(GeopressException.class).hasMessage(file + ": unknown key 'titel'");
        Files.writeString(file, "title: 站点\nbase_url: https://geo.example.com/\npage_size: many\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessage(file + ": key 'page_size': expected a whole number of at least 1");
        Files.writeString(file, "title: 站点\nbase_url: https://geo.example.com/\ncrawlers:\n  GPTBot: maybe\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessage(file + ": key 'crawlers.GPTBot': expected allow or disallow");
        Files.writeString(file, "title: 站点\nbase_url: https://geo.example.com/\nreading_mode: fr\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessage(file + ": key 'reading_mode': expected one of [both, zh, en], not 'fr'");
        Files.writeString(file, "title: 站点\nbase_url: https://geo.example.com/\nshare: [weibo, myspace]\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessage(file + ": key 'share': unknown target 'myspace' (one of [weibo, wechat, x, linkedin, copy])");
        Files.writeString(file, "title: 站点\nbase_url: ftp://geo.example.com/\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessage(file + ": key 'base_url': not an http(s) address: ftp://geo.example.com/");
    }

    @Test
    void theContentSecurityPolicyIsTheStrictDefaultUnlessTheSiteSetsOneWhichKeepsFramesToTheSite() throws Exception {
        SiteConfig defaults = SiteConfig.defaults("站点", URI.create("https://geo.example.com/"));
        ConfigFile.write(site, defaults);
        assertThat(Files.readString(site.resolve("geopress.yml"))).doesNotContainPattern("(?m)^content_security_policy:");
        assertThat(ConfigFile.read(site).contentSecurityPolicy()).isEqualTo(SiteConfig.DEFAULT_CONTENT_SECURITY_POLICY)
                .contains("script-src 'self'", "frame-ancestors 'self'");
        assertThat(ConfigFile.read(site).securityHeaders()).containsExactly(
                java.util.Map.entry("Content-Security-Policy", SiteConfig.DEFAULT_CONTENT_SECURITY_POLICY),
                java.util.Map.entry("X-Content-Type-Options", "nosniff"),
                java.util.Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"));

        Path file = site.resolve("geopress.yml");
        Files.writeString(file, "title: 站点\nbase_url: https://geo.example.com/\n"
                + "content_security_policy: \"default-src 'self'; img-src *; frame-ancestors 'none'\"\n");
        assertThat(ConfigFile.read(site).contentSecurityPolicy()).isEqualTo("default-src 'self'; img-src *; frame-ancestors 'none'");
        Files.writeString(file, "title: 站点\nbase_url: https://geo.example.com/\ncontent_security_policy: \"default-src 'self';\"\n");
        SiteConfig own = ConfigFile.read(site);
        assertThat(own.contentSecurityPolicy()).isEqualTo("default-src 'self'; frame-ancestors 'self'");
        ConfigFile.write(site, own);
        assertThat(ConfigFile.read(site)).isEqualTo(own);

        Files.writeString(file, "title: 站点\nbase_url: https://geo.example.com/\ncontent_security_policy: \"default-src 'self'\\nX-Evil: 1\"\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).isInstanceOf(GeopressException.class)
                .hasMessage(file + ": key 'content_security_policy': expected printable ASCII on one line");
        Files.writeString(file, "title: 站点\nbase_url: https://geo.example.com/\ncontent_security_policy: [self]\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessage(file + ": key 'content_security_policy': expected a text value");
    }

    @Test
    void theLanguagesAndTheirOrderRoundTripAndInitWritesTheDefault() throws Exception {
        SiteConfig defaults = SiteConfig.defaults("站点", URI.create("https://geo.example.com/"));
        ConfigFile.write(site, defaults);
        String written = Files.readString(site.resolve("geopress.yml"));
        assertThat(written).contains("# languages: ").containsPattern("(?m)^languages:");
        assertThat(ConfigFile.read(site).languages()).containsExactly(Lang.ZH, Lang.EN);

        SiteConfig englishFirst = defaults.withLanguages(List.of(Lang.EN, Lang.ZH), "en");
        ConfigFile.write(site, englishFirst);
        assertThat(ConfigFile.read(site)).isEqualTo(englishFirst);
        assertThat(ConfigFile.read(site).primary()).isEqualTo(Lang.EN);
    }

    @Test
    void withOneLanguageTheReadingModeIsThatLanguage() throws Exception {
        Files.writeString(site.resolve("geopress.yml"), "title: 站点\nbase_url: https://geo.example.com/\nlanguages: [en]\n");
        SiteConfig read = ConfigFile.read(site);
        assertThat(read.languages()).containsExactly(Lang.EN);
        assertThat(read.readingMode()).isEqualTo("en");
        Files.writeString(site.resolve("geopress.yml"),
                "title: 站点\nbase_url: https://geo.example.com/\nlanguages: [zh]\nreading_mode: both\n");
        assertThat(ConfigFile.read(site).readingMode()).isEqualTo("zh");
    }

    @Test
    void externalLinksRelIsNoneByDefaultAndNofollowOrUgcWhenSetAndRoundTrips() throws Exception {
        Path file = site.resolve("geopress.yml");
        String head = "title: 站点\nbase_url: https://geo.example.com/\n";
        Files.writeString(file, head);
        assertThat(ConfigFile.read(site).linkRel()).isEmpty();
        Files.writeString(file, head + "link_rel: [ugc, nofollow]\n");
        SiteConfig read = ConfigFile.read(site);
        assertThat(read.linkRel()).containsExactly("ugc", "nofollow");
        ConfigFile.write(site, read);
        assertThat(ConfigFile.read(site)).isEqualTo(read);
        Files.writeString(file, head + "link_rel: [sponsored]\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).isInstanceOf(GeopressException.class)
                .hasMessage(file + ": key 'link_rel': unknown value 'sponsored' (one of [nofollow, ugc])");
        Files.writeString(file, head + "link_rel: [ugc, ugc]\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessage(file + ": key 'link_rel': 'ugc' is listed twice");
        Files.writeString(file, head + "link_rel: nofollow\n");
        assertThatThrownBy(() -> ConfigFile.read(site))
                .hasMessage(file + ": key 'link_rel': expected a list of [nofollow, ugc], e.g. [nofollow]");
    }

    @Test
    void badLanguagesAreAnErrorNamingTheKey() throws Exception {
        Path file = site.resolve("geopress.yml");
        String head = "title: 站点\nbase_url: https://geo.example.com/\n";
        Files.writeString(file, head + "languages: [fr]\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).isInstanceOf(GeopressException.class)
                .hasMessage(file + ": key 'languages': unknown language 'fr' (one of [zh, en])");
        Files.writeString(file, head + "languages: []\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessage(file + ": key 'languages': expected at least one of [zh, en]");
        Files.writeString(file, head + "languages: [zh, en, zh]\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessage(file + ": key 'languages': 'zh' is listed twice");
        Files.writeString(file, head + "languages: zh\n");
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessage(file + ": key 'languages': expected a list, e.g. [zh, en]");
        Files.writeString(file, head + "languages: [zh]\nreading_mode: en\n");
        assertThatThrownBy(() -> ConfigFile.read(site))
                .hasMessage(file + ": key 'reading_mode': 'en' is not one of the site's languages [zh]");
    }

    @Test
    void aFolderWithoutSettingsIsNotASite() {
        assertThatThrownBy(() -> ConfigFile.read(site)).hasMessageContaining("not a geopress site");
    }
}
