package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geopress optimize} through the real command line, the model a scripted OpenAI-compatible server. */
class OptimizeCommandTest {
    static final String TRAM = "The city counted 1,200 riders on the new tram line in May, the transport office said.";
    static final String QUOTE = "Officials called the line “a quiet success” in their yearly report.";

    @TempDir Path dir;
    Path site;

    @BeforeEach
    void initSite() {
        site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
    }

    @Test
    void aRewriteThatInventsANumberIsRefusedAndNamed() throws Exception {
        String slug = save(article(Map.of()));
        try (FakeModelServer server = model(request -> rewrite(2, "paragraph",
                "The city counted 1,500 riders on the new tram line in May, the transport office said."))) {
            CommandRun run = CommandRun.of("optimize", "--site", site.toString(), "--method", "stats", slug);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err()).contains("optimize: " + slug + ": stats: block 2 refused: invents the number 1500\n")
                    .contains("optimize: 0 revised, 1 unchanged (stats, fake)");
            assertThat(FakeModelServer.user(server.requests().get(0))).contains("Article blocks").contains(TRAM)
                    .contains("\"kind\":\"heading\"");
        }
        assertThat(store().history(slug)).hasSize(1);
    }

    @Test
    void aRewriteThatInventsAQuotationIsRefusedAndNamed() throws Exception {
        String slug = save(article(Map.of()));
        try (FakeModelServer server = model(request -> rewrite(3, "paragraph",
                "Officials called the line “a resounding triumph” in their yearly report."))) {
            CommandRun run = CommandRun.of("optimize", "--site", site.toString(), "--method", "quotes", slug);

            assertThat(run.err()).contains("quotes: block 3 refused: invents the quotation “a resounding triumph”");
        }
        assertThat(store().history(slug)).hasSize(1);
    }

    @Test
    void aRewriteThatReorganisesRealContentIsANewRevisionWhileThePublishedOneStaysLive() throws Exception {
        String slug = save(article(Map.of()));
        store().publish(List.of(slug));
        try (FakeModelServer server = model(request -> FakeModelServer.system(request).contains("translator")
                ? "{\"translations\": {\"1\": \"新电车线路有多少乘客？\"}}"
                : rewrite(1, "heading", "How many people ride the new tram line?"))) {
            CommandRun run = CommandRun.of("optimize", "--site", site.toString(), "--method", "structure", slug);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out().lines()).containsExactly(slug);
            assertThat(server.requests()).hasSize(2); // the rewrite, then the translation of the block it changed
        }
        assertThat(store().history(slug)).extracting(ArticleStore.Revision::reason).containsExactly("import", "optimize: structure");
        StoredArticle latest = store().find(slug).orElseThrow();
        assertThat(latest.publishedRevision()).isEqualTo(1);
        assertThat(latest.latestRevision()).isEqualTo(2);
        Block heading = latest.article().body().get(0);
        assertThat(heading.text()).isEqualTo(new Bilingual("新电车线路有多少乘客？", "How many people ride the new tram line?"));
        assertThat(heading.flags()).contains(BlockFlag.MACHINE_TRANSLATED_ZH);
        assertThat(heading.id()).isEqualTo(store().published().get(0).article().body().get(0).id());
        assertThat(store().published().get(0).article().body().get(0).text().en()).isEqualTo("Ridership");
    }

    @Test
    void partsAnEditorWroteAreNotTouched() throws Exception {
        Provenance editor = new Provenance(Provenance.EDITOR, "by hand", Instant.parse("2025-03-01T00:00:00Z"), false);
        String slug = save(article(Map.of(Field.BODY, editor)).withFaq(List.of(new Faq(new Bilingual("谁？", "Who?"),
                new Bilingual("交通办公室。", "The transport office."), List.of())), editor));
        try (FakeModelServer server = model(request -> rewrite(1, "heading", "How many people ride?"))) {
            CommandRun body = CommandRun.of("optimize", "--site", site.toString(), "--method", "fluency", slug);
            CommandRun faq = CommandRun.of("optimize", "--site", site.toString(), "--method", "faq", slug);

            assertThat(body.err()).contains("fluency: the body was written by an editor; left as it is");
            assertThat(faq.err()).contains("faq: the FAQ was written by an editor; left as it is");
            assertThat(server.requests()).isEmpty();
        }
        assertThat(store().history(slug)).hasSize(1);
    }

    @Test
    void offlineStructureFramesHeadingsAsQuestionsAndMakesListsOfEnumerations() {
        String slug = save(article(Map.of()));
        CommandRun run = CommandRun.of("optimize", "--site", site.toString(), "--offline", "--method", "structure", slug);

        assertThat(run.exit()).as(run.err()).isZero();
        Article a = store().find(slug).orElseThrow().article();
        assertThat(a.body().get(0).text()).isEqualTo(new Bilingual("关于客流，要知道什么？", "What to know about Ridership?"));
        assertThat(a.body()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).extracting(b -> b.text().en())
                .containsExactly("the old depot", "the river bridge", "the university stop");
        assertThat(a.body()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).extracting(b -> b.text().zh())
                .containsExactly("旧车厂", "河桥", "大学站");
        assertThat(store().history(slug)).extracting(ArticleStore.Revision::reason).containsExactly("import", "optimize: structure");
    }

    @Test
    void offlineFaqAndBlufAreWrittenByExtraction() {
        String slug = save(article(Map.of()));
        CommandRun faq = CommandRun.of("optimize", "--site", site.toString(), "--offline", "--method", "faq", slug);
        CommandRun bluf = CommandRun.of("optimize", "--site", site.toString(), "--offline", "--method", "bluf", slug);

        assertThat(faq.exit()).as(faq.err()).isZero();
        assertThat(bluf.exit()).as(bluf.err()).isZero();
        Article a = store().find(slug).orElseThrow().article();
        assertThat(a.faq()).isNotEmpty();
        assertThat(a.summary().en()).contains("1,200 riders");
        assertThat(store().history(slug)).extracting(ArticleStore.Revision::reason)
                .containsExactly("import", "optimize: faq", "optimize: bluf");
    }

    @Test
    void aMethodThatNeedsAModelSaysSoOfflineInOneLine() {
        String slug = save(article(Map.of()));
        CommandRun run = CommandRun.of("optimize", "--site", site.toString(), "--offline", "--method", "quotes", slug);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("geopress: error: optimize --method quotes needs a language model (configure llm in "
                + "geopress.yml); offline, only structure, faq and bluf work\n");
        assertThat(store().history(slug)).hasSize(1);
    }

    static Article article(Map<Field, Provenance> provenance) {
        List<Block> body = List.of(Block.heading(2, new Bilingual("客流", "Ridership")),
                Block.paragraph(new Bilingual("交通办公室说，五月新电车线路有1200名乘客。", TRAM)),
                Block.paragraph(new Bilingual("官员在年度报告中称这条线路“悄然成功”。", QUOTE)),
                Block.paragraph(new Bilingual("线路经过三处：旧车厂；河桥；大学站。",
                        "The line passes three places: the old depot; the river bridge; the university stop.")))
                .stream().map(b -> b.withFlag(BlockFlag.MACHINE_TRANSLATED_ZH)).toList(); // written in English
        return new Article(new Bilingual("新电车线路", "The new tram line"), Bilingual.EMPTY, null,
                new Source(new Bilingual("晨报", "Morning Post"), "https://example.org/tram", null, Bilingual.EMPTY), body, null,
                null, null, null, false, null, provenance);
    }

    String save(Article article) {
        return store().save(List.of(new ArticleStore.Draft(article, "import"))).get(0).slug();
    }

    ArticleStore store() {
        return ArticleStore.openSqlite(site.resolve("geopress.db"), ZoneId.of("Asia/Shanghai"), Clock.systemUTC());
    }

    static String rewrite(int block, String kind, String text) {
        return "{\"rewrites\": [{\"block\": " + block + ", \"parts\": [{\"kind\": \"" + kind + "\", \"text\": \"" + text.replace("\"", "\\\"") + "\"}]}]}";
    }

    FakeModelServer model(Function<JsonNode, String> script) throws Exception {
        FakeModelServer server = new FakeModelServer(script);
        Files.writeString(site.resolve("geopress.yml"), "llm:\n  base_url: http://127.0.0.1:" + server.port() + "/v1\n  model: fake\n"
                + "  timeout: 2\n  max_retries: 0\n  give_up_after: 5\n", StandardOpenOption.APPEND);
        return server;
    }
}
