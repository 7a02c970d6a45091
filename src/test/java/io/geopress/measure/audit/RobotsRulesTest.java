package io.geopress.measure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** robots.txt read as RFC 9309 reads it, for the crawlers the audit asks about. */
class RobotsRulesTest {
    private static final String ROBOTS = """
            # comment
            User-agent: GPTBot
            User-agent: ClaudeBot
            Disallow: /

            User-agent: PerplexityBot
            Disallow: /news/
            Allow: /news/articles/

            User-agent: Bytespider
            Disallow:

            User-agent: *
            Allow: /news/
            """;

    @Test
    void aCrawlerFollowsItsOwnGroupElseTheStarGroupAndTheLongestRuleWins() {
        RobotsRules rules = RobotsRules.parse(ROBOTS);

        assertThat(rules.allows("GPTBot", "/news/")).isFalse();
        assertThat(rules.allows("claudebot", "/news/")).isFalse(); // user agents match whatever their case
        assertThat(rules.allows("PerplexityBot", "/news/")).isFalse();
        assertThat(rules.allows("PerplexityBot", "/news/articles/a.html")).isTrue();
        assertThat(rules.allows("Bytespider", "/news/")).isTrue(); // an empty Disallow disallows nothing
        assertThat(rules.allows("Baiduspider", "/news/")).isTrue();
    }

    @Test
    void noRulesLetEveryoneIn() {
        assertThat(RobotsRules.parse("").allows("GPTBot", "/")).isTrue();
    }
}
