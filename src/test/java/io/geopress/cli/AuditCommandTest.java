package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geopress audit}: drafts audited without a build, its JSON shape, --min-score, and a report that escapes content. */
class AuditCommandTest {
    @TempDir Path dir;
    Path site;

    @BeforeEach
    void siteWithADraft() throws Exception {
        site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        Path file = Files.writeString(dir.resolve("ferry.md"), """
                ---
                title_zh: 渡口的夜班船为什么停了？
                title_en: Why did the night ferry stop?
                summary_zh: 东湾渡口的夜班船因乘客不足停航，白天班次保持每小时一班。
                summary_en: The East Bay night ferry stopped for lack of riders; day boats still run every hour.
                faq:
                  - q_zh: 夜班船什么时候停的？
                    a_zh: 夜班船因乘客不足停航。
                    q_en: Why did the night boat stop?
                    a_en: The night ferry stopped for lack of riders.
                ---

                东湾渡口的夜班船上个月停航，每晚乘客不到 12 人。

                The East Bay night ferry stopped last month, with fewer than 12 riders a night.

                白天班次保持每小时一班。

                Day boats still run every hour.
                """);
        CommandRun imported = CommandRun.of("--site", site.toString(), "import", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @Test
    void aDraftIsAuditedWithoutABuildAndTheTableNamesItsChecks() {
        CommandRun run = audit();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.exists(site.resolve("public"))).isFalse();
        assertThat(run.out()).contains("draft", "bluf", "json-ld", "machine-readable", "site (1 articles)", "no built site");
    }

    @Test
    void jsonGivesEachArticleWithItsChecksThenTheSite() throws Exception {
        CommandRun run = audit("--json");

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) lines.add(new ObjectMapper().readTree(line));
        assertThat(lines).hasSize(2);
        JsonNode article = lines.get(0);
        assertThat(article.path("type").asText()).isEqualTo("article");
        assertThat(article.path("title").path("en").asText()).isEqualTo("Why did the night ferry stop?");
        assertThat(article.path("checks")).hasSize(12);
        int weights = 0;
        double sum = 0;
        for (JsonNode check : article.path("checks")) {
            assertThat(check.path("status").asText()).isIn("pass", "partial", "fail");
            assertThat(check.path("found").path("zh").asText()).isNotEmpty();
            assertThat(check.path("found").path("en").asText()).isNotEmpty();
            weights += check.path("weight").asInt();
            sum += check.path("score").asDouble();
        }
        assertThat(weights).isEqualTo(100);
        assertThat(article.path("score").asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.05));
        assertThat(lines.get(1).path("type").asText()).isEqualTo("site");
        assertThat(lines.get(1).path("checks")).extracting(c -> c.path("name").asText()).containsExactly("articles", "robots", "llms-txt");
    }

    @Test
    void minScoreExitsNonZeroNamingWhatIsBelow() {
        CommandRun low = audit("--min-score", "0");
        CommandRun high = audit("--min-score", "99.5");

        assertThat(low.exit()).as(low.err()).isZero();
        assertThat(high.exit()).isEqualTo(1);
        assertThat(high.err()).contains("below --min-score 99.5", "the site (");
        assertThat(audit("--min-score", "101").exit()).isNotZero();
    }

    @Test
    void anUnknownSlugIsAOneLineErrorNamingIt() {
        CommandRun run = audit("no-such-article");

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).isEqualTo("geopress: error: no article with slug 'no-such-article'");
    }

    @Test
    void theHtmlReportEscapesAHostileTitle() throws Exception {
        Path file = Files.writeString(dir.resolve("hostile.md"), """
                ---
                title: "<script>alert(1)</script> 为什么？"
                slug: hostile
                ---

                正文只有一句话。
                """);
        assertThat(CommandRun.of("--site", site.toString(), "import", file.toString()).exit()).isZero();
        Path report = dir.resolve("report.html");

        CommandRun run = audit("--html", report.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String html = Files.readString(report);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;", "<svg", "BLUF summary", "摘要（BLUF）");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private CommandRun audit(String... options) {
        List<String> args = new ArrayList<>(List.of("--site", site.toString(), "audit"));
        args.addAll(List.of(options));
        return CommandRun.of(args.toArray(String[]::new));
    }
}
