package io.geopress.ingest;

import static io.geopress.model.Inline.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.model.Snippet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo's common shortcodes become links and code; an unknown one stays text, with one warning per name per import. */
class HugoShortcodesTest {
    @TempDir Path dir;
    final Ingest ingest = new Ingest(ZoneId.of("Asia/Shanghai"));

    Imported read(String name, String body) throws Exception {
        Path file = dir.resolve("content").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: Shortcodes\n---\n" + body);
        return ingest.read(file, null, Progress.NONE).get(0);
    }

    static List<Inline> nodes(Block block) {
        return block.text().nodes(Lang.EN);
    }

    @Test
    void aRefInsideAMarkdownLinkIsALinkToTheArticleOfThatFile() throws Exception {
        Imported imported = read("posts/a.md", "See [the **other** post]({{< ref \"other.md\" >}}) and "
                + "[part two]({{% relref \"/posts/b.md#part-two\" %}}).\n");

        assertThat(imported.warnings()).isEmpty();
        assertThat(nodes(imported.article().body().get(0))).containsExactly(text("See "),
                new Inline.Link("ref:other.md", null, List.of(text("the "), Inline.strong(text("other")), text(" post"))),
                text(" and "), new Inline.Link("ref:/posts/b.md#part-two", null, List.of(text("part two"))), text("."));
    }

    @Test
    void aRefAloneIsALinkNamedByItsPathAndNamedArgumentsAreRead() throws Exception {
        Imported imported = read("posts/a.md", "Read {{< ref path=\"posts/other\" lang=\"en\" >}} next.\n");

        assertThat(nodes(imported.article().body().get(0))).containsExactly(text("Read "),
                new Inline.Link("ref:posts/other", null, List.of(text("posts/other"))), text(" next."));
    }

    @Test
    void aHostileRefTargetIsAWarningAndItsTextWithoutAnAddress() throws Exception {
        Imported imported = read("posts/a.md", "One [x]({{< ref \"javascript:alert(1)\" >}}), two {{< ref \"//evil.example/a\" >}},"
                + " three [y]({{< relref \"a.md?q=1\" >}}).\n");

        assertThat(imported.warnings()).hasSize(3).allSatisfy(w -> assertThat(w).contains("a.md:4: ref shortcode '")
                .contains("a reference names a file of the site").endsWith("; kept as text"));
        List<Inline> nodes = nodes(imported.article().body().get(0));
        assertThat(nodes).noneMatch(n -> n instanceof Inline.Link);
        assertThat(Inline.plain(nodes)).isEqualTo("One x, two {{< ref \"//evil.example/a\" >}}, three y.");
    }

    @Test
    void aRefLeadingUpOutOfTheSiteIsKeptForTheBuildWhichFindsNoArticleThere() throws Exception {
        Imported imported = read("posts/a.md", "Up [there]({{< ref \"../../etc/passwd\" >}}).\n");

        assertThat(nodes(imported.article().body().get(0))).contains(
                new Inline.Link("ref:../../etc/passwd", null, List.of(text("there"))));
    }

    @Test
    void highlightIsACodeBlockWithItsLanguageAndItsLinesAsWritten() throws Exception {
        Imported imported = read("a.md", "Before.\n\n{{< highlight go \"linenos=table,hl_lines=2\" >}}\n# not a heading\n"
                + "func main() {\n\n    fmt.Println(\"``\")\n}\n{{< /highlight >}}\n\nAfter *this*.\n");

        List<Block> body = imported.article().body();
        assertThat(body).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.CODE, BlockKind.PARAGRAPH);
        assertThat(body.get(1).snippet()).isEqualTo(new Snippet("go",
                "# not a heading\nfunc main() {\n\n    fmt.Println(\"``\")\n}"));
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void shortcodesInsideCodeAreCodeAsWritten() throws Exception {
        Imported imported = read("a.md", "Write `{{< ref \"a.md\" >}}` or:\n\n```\n{{< highlight go >}}\nx\n{{< /highlight >}}\n"
                + "{{< youtube abc >}} {{< notice >}}\n```\n");

        List<Block> body = imported.article().body();
        assertThat(nodes(body.get(0))).containsExactly(text("Write "), new Inline.Code("{{< ref \"a.md\" >}}"), text(" or:"));
        assertThat(body.get(1).snippet().code()).isEqualTo("{{< highlight go >}}\nx\n{{< /highlight >}}\n{{< youtube abc >}} {{< notice >}}");
        assertThat(ingest.importWarnings()).isEmpty();
    }

    @Test
    void youtubeAndVimeoAreLinksToTheVideoTheirTitleTheText() throws Exception {
        Imported imported = read("a.md", "{{< youtube w7Ft2ymGmfc >}}\n\n{{< youtube id=\"w7Ft2ymGmfc\" title=\"A talk\" >}}\n\n"
                + "{{< vimeo 146022717 >}}\n\n{{< youtube \"x\\\"><script>\" >}}\n\n{{< x user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}\n\n"
                + "{{< gist spf13 7896402 >}}\n\n{{< instagram BWNjjyYFxVx >}}\n");

        List<Block> body = imported.article().body();
        assertThat(body).extracting(b -> nodes(b)).containsExactly(
                List.of(Inline.link("https://www.youtube.com/watch?v=w7Ft2ymGmfc", text("https://www.youtube.com/watch?v=w7Ft2ymGmfc"))),
                List.of(Inline.link("https://www.youtube.com/watch?v=w7Ft2ymGmfc", text("A talk"))),
                List.of(Inline.link("https://vimeo.com/146022717", text("https://vimeo.com/146022717"))),
                List.of(text("{{< youtube \"x\\\"><script>\" >}}")),
                List.of(Inline.link("https://x.com/SanDiegoZoo/status/1453110110599868418",
                        text("https://x.com/SanDiegoZoo/status/1453110110599868418"))),
                List.of(Inline.link("https://gist.github.com/spf13/7896402", text("https://gist.github.com/spf13/7896402"))),
                List.of(Inline.link("https://www.instagram.com/p/BWNjjyYFxVx/", text("https://www.instagram.com/p/BWNjjyYFxVx/"))));
        assertThat(imported.warnings()).containsExactly(dir.resolve("content/a.md")
                + ":10: youtube shortcode: a video id ([A-Za-z0-9_-]) is needed; kept as text");
    }

    @Test
    void anUnknownShortcodeIsTextAsWrittenWithOneWarningPerNameForTheWholeImport() throws Exception {
        Imported first = read("posts/a.md", "Intro.\n\n{{< notice warning >}}\nCareful **now**.\n{{< /notice >}}\n\n"
                + "Inline {{% badge %}} and {{< notice >}}.\n");
        read("posts/b.md", "Other.\n\n{{< notice >}}\n");

        assertThat(first.warnings()).isEmpty();
        assertThat(first.article().body()).extracting(b -> b.text().en()).containsExactly("Intro.",
                "{{< notice warning >}} Careful now. {{< /notice >}}", "Inline {{% badge %}} and {{< notice >}}.");
        assertThat(ingest.importWarnings()).containsExactly(
                dir.resolve("content/posts/a.md") + ":6: shortcode 'notice' is not known; kept as text (3 uses in 2 files)",
                dir.resolve("content/posts/a.md") + ":10: shortcode 'badge' is not known; kept as text (1 use in 1 file)");
    }
}
