package io.geopress.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Aliases are paths on this site: what could leave the site, the build folder or a line of _redirects is refused. */
class SitePathTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "../../../../tmp/x               | has a '..' segment",
            "/posts/../../templates/a.jte    | has a '..' segment",
            "/posts/./a/                     | has a '.' segment",
            "/%2e%2e/x/                      | percent-encoded '.'",
            "/posts/%2E%2E/                  | percent-encoded '.'",
            "/a%2Fb/                         | percent-encoded '/'",
            "/a%5Cb/                         | percent-encoded '\\'",
            "/a%00b/                         | percent-encoded control character",
            "/a%0Ab/                         | percent-encoded control character",
            "/a%zzb/                         | invalid percent-escape",
            "/a%e6%97/                       | not UTF-8",
            "/..\\..\\x                     | backslash",
            "//evil.example/                 | names another host",
            "https://evil.example/x          | has a scheme",
            "javascript:alert(1)             | has a scheme",
            "/old?id=3                       | query or fragment",
            "/old#top                        | query or fragment",
            "/a//b/                          | empty segment",
            "/                               | home page",
    })
    void pathsThatLeaveTheSiteOrTheFolderAreRefusedWithTheReason(String alias, String reason) {
        assertThatThrownBy(() -> SitePath.parse(alias)).isInstanceOf(SitePath.Invalid.class).hasMessageContaining(reason);
    }

    @Test
    void whiteSpaceControlAndInvisibleCharactersAreRefused() {
        for (String alias : new String[] {"/o1\t//evil.example/", "/o1\n//evil.example/", "/o 1/", "/o\u00A01/", "/o\u3000/",
                "/o\u0001/", "/o\u001b[31m/", "/o\u007f/", "/o\u0085/", "/o\u202e/", "/o\u200b/", "/o\u2028/"}) {
            assertThatThrownBy(() -> SitePath.parse(alias)).as(alias).isInstanceOf(SitePath.Invalid.class);
        }
        assertThatThrownBy(() -> SitePath.parse("/" + "a".repeat(SitePath.MAX_LENGTH))).hasMessageContaining("longer than");
        assertThatThrownBy(() -> SitePath.parse("/" + "文".repeat(100) + "/")).hasMessageContaining("255 bytes");
    }

    @Test
    void aPathIsKeptDecodedAndWrittenPercentEncoded() {
        SitePath chinese = SitePath.parse("/posts/旧文章/");
        assertThat(chinese.path()).isEqualTo("posts/旧文章/");
        assertThat(chinese.file()).isEqualTo("posts/旧文章/index.html");
        assertThat(chinese.encoded()).isEqualTo("posts/%E6%97%A7%E6%96%87%E7%AB%A0/");
        SitePath spaced = SitePath.parse("posts/Old%20Name");
        assertThat(spaced.path()).as("no dot in its last segment: a folder").isEqualTo("posts/Old Name/");
        assertThat(spaced.encoded()).isEqualTo("posts/Old%20Name/");
        assertThat(SitePath.parse(spaced.encoded())).isEqualTo(spaced);
        assertThat(SitePath.parse("/2019/bakery.html").file()).isEqualTo("2019/bakery.html");
        assertThat(SitePath.parse("/posts/a/index.html")).as("a folder's index is the folder").isEqualTo(SitePath.parse("/posts/a/"));
        assertThat(SitePath.parse("/a(1)/").encoded()).isEqualTo("a%281%29/");
        assertThat(SitePath.parse("/:page/").encoded()).as("no placeholder for static hosts").isEqualTo("%3Apage/");
        assertThat(SitePath.parse("/x/*.html").encoded()).as("no splat").isEqualTo("x/%2A.html");
        assertThat(SitePath.parse("/a%22b%3Cc/").encoded()).isEqualTo("a%22b%3Cc/");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/sitemap.xml        | a file every build makes",
            "/sitemap-3.xml      | a file every build makes",
            "/llms.txt           | a file every build makes",
            "/robots.txt/x/      | a file every build makes",
            "/index.html         | a file every build makes",
            "/_redirects         | starts with '_'",
            "/_headers           | starts with '_'",
            "/posts/_drafts/     | starts with '_'",
            "/.well-known/x      | starts with '.'",
            "/.search/           | starts with '.'",
            "/admin/             | kept for the site's own pages",
            "/api/search         | kept for the site's own pages",
            "/assets/site.css    | kept for the site's own pages",
            "/search/            | kept for the site's own pages",
            "/media/a.png        | kept for the site's own pages",
            "/healthz            | kept for the site's own pages",
            "/metrics            | kept for the site's own pages",
            "/tags/ai/           | kept for the site's own pages",
            "/articles/a-b.html/ | where an article's page is",
    })
    void pathsTheSiteKeepsForItselfAreReserved(String alias, String reason) {
        assertThat(SitePath.parse(alias).reservedBy()).contains(reason);
    }

    @Test
    void ordinaryOldAddressesAreFree() {
        for (String alias : new String[] {"/posts/old-bakery/", "/2019/bakery.html", "/articles/old-name/", "/p/123",
                "/文章/旧/", "/blog/a_b/"}) {
            assertThat(SitePath.parse(alias).reservedBy()).as(alias).isNull();
        }
    }
}
