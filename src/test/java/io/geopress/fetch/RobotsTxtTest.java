package io.geopress.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {
    private static RobotsTxt rules(String text) {
        return RobotsTxt.parse(text, "geopress");
    }

    @Test
    void the_longest_match_decides_and_allow_wins_a_tie() {
        RobotsTxt r = rules("User-agent: *\nDisallow: /docs\nAllow: /docs/public\nDisallow: /same\nAllow: /same\n");
        assertThat(r.allows("/docs/secret")).isFalse();
        assertThat(r.allows("/docs/public/a.html")).isTrue();
        assertThat(r.allows("/same/x")).isTrue();
        assertThat(r.allows("/other")).isTrue();
    }

    @Test
    void star_matches_anything_and_dollar_ends_the_path() {
        RobotsTxt r = rules("user-agent: *\ndisallow: /*.pdf$\ndisallow: /search*q=\n");
        assertThat(r.allows("/files/a.pdf")).isFalse();
        assertThat(r.allows("/files/a.pdf?download=1")).isTrue();
        assertThat(r.allows("/search?lang=zh&q=x")).isFalse();
        assertThat(r.allows("/search")).isTrue();
    }

    @Test
    void a_group_for_geopress_replaces_the_star_group() {
        String text = "User-agent: *\nDisallow: /\n\nUser-agent: Geopress/2.0\nDisallow: /drafts/\n";
        assertThat(rules(text).allows("/articles/a")).isTrue();
        assertThat(rules(text).allows("/drafts/a")).isFalse();
        assertThat(RobotsTxt.parse(text, "othercrawler").allows("/articles/a")).isFalse();
    }

    @Test
    void consecutive_user_agent_lines_share_a_group_and_comments_are_ignored() {
        RobotsTxt r = rules("# hello\nUser-agent: bingbot\nUser-agent: geopress # us\nDisallow: /x # no\n"
                + "User-agent: other\nDisallow: /y\n");
        assertThat(r.allows("/x")).isFalse();
        assertThat(r.allows("/y")).isTrue();
    }

    @Test
    void an_empty_disallow_allows_everything_and_robots_txt_itself_is_always_allowed() {
        assertThat(rules("User-agent: *\nDisallow:\n").allows("/a")).isTrue();
        assertThat(rules("User-agent: *\nDisallow: /\n").allows("/robots.txt")).isTrue();
        assertThat(rules("User-agent: *\nDisallow: /\n").allows("/")).isFalse();
    }

    @Test
    void a_pattern_outside_ascii_matches_the_path_as_sent() {
        RobotsTxt r = rules("User-agent: *\nDisallow: /文章/\n");
        assertThat(r.allows("/%E6%96%87%E7%AB%A0/1.html")).isFalse();
        assertThat(r.allows("/news/1.html")).isTrue();
    }
}
