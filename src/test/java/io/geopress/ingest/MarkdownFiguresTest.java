package io.geopress.ingest;

import static io.geopress.model.Inline.link;
import static io.geopress.model.Inline.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.ingest.Imported.LocalImage;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images and Hugo figure shortcodes become figures, and local image files are found where Hugo would find them. */
class MarkdownFiguresTest {
    @TempDir Path dir;
    Path file;

    Imported read(String name, String body, Path staticDir) throws Exception {
        file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: 测试\ntitle_en: Test\n---\n" + body);
        return new Ingest(ZoneId.of("Asia/Shanghai"), ImportLimits.DEFAULT, staticDir).read(file, null, Progress.NONE).get(0);
    }

    Imported read(String body) throws Exception {
        return read("a.md", body, null);
    }

    static Block figure(String src, String alt, Bilingual caption) {
        return Block.figure(new Figure(src, 0, 0, new Bilingual("", alt), null), caption);
    }

    @Test
    void aParagraphOfOneImageOrOneLinkedImageIsAFigureItsTitleTheCaption() throws Exception {
        List<Block> body = read("![An owl](https://example.org/owl.jpg \"The owl at dusk\")\n\n"
                + "[![A fox](https://example.org/fox.jpg)](https://example.org/fox-story)\n").article().body();

        assertThat(body).containsExactly(
                figure("https://example.org/owl.jpg", "An owl", new Bilingual("", "The owl at dusk")).withFlag(BlockFlag.UNTRANSLATED),
                figure("https://example.org/fox.jpg", "A fox", Bilingual.inline(List.of(),
                        List.of(link("https://example.org/fox-story", text("https://example.org/fox-story")))))
                        .withFlag(BlockFlag.UNTRANSLATED));
    }

    @Test
    void anImageInsideRunningTextFollowsTheTextAsAFigure() throws Exception {
        List<Block> body = read("See the owl ![An owl](https://example.org/owl.jpg) in the tree.\n").article().body();

        assertThat(body).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.FIGURE);
        assertThat(body.get(0).text().en()).isEqualTo("See the owl in the tree.");
        assertThat(body.get(1).figure().alt().en()).isEqualTo("An owl");
    }

    @Test
    void hugoFigureShortcodesInBothFormsWithEitherQuoteAndEveryParameter() throws Exception {
        Imported imported = read("""
                {{< figure src="https://example.org/a.jpg" alt='The old bridge' title="Bridge" caption="Built in *1901*"
                    attr="City archive" attrlink="https://example.org/archive" link="https://example.org/bridge" width=640 height="480px" >}}

                {{% figure src="https://example.org/b_c_d.jpg" caption='A "quoted" caption' / %}}
                """);
        List<Block> body = imported.article().body();

        assertThat(imported.warnings()).isEmpty();
        assertThat(body.get(0).figure()).isEqualTo(new Figure("https://example.org/a.jpg", 640, 480,
                new Bilingual("", "The old bridge"), "City archive"));
        assertThat(body.get(0).text().nodes(Lang.EN)).containsExactly(text("Bridge"), new Inline.Break(), text("Built in "),
                Inline.emphasis(text("1901")), text(" "), link("https://example.org/bridge", text("https://example.org/bridge")),
                text(" "), link("https://example.org/archive", text("City archive")));
        assertThat(body.get(1).figure().src()).isEqualTo("https://example.org/b_c_d.jpg");
        assertThat(body.get(1).text().en()).isEqualTo("A \"quoted\" caption");
    }

    @Test
    void aMalformedShortcodeIsAWarningNamingFileAndLineAndStaysText() throws Exception {
        Imported imported = read("Body.\n\nBefore {{< figure src=\"x.png\" caption=\"open >}} after.\n\n"
                + "{{< figure alt=\"no source\" >}}\n\n{{< figure src=\"y.png\" colour=\"red\" width=\"wide\" >}}\n\n"
                + "{{< notice abc >}} and {{</* figure src=\"z.png\" */>}}\n");

        assertThat(imported.warnings()).containsExactly(
                file + ":7: malformed figure shortcode (it is not closed with >}} or %}}); kept as text",
                file + ":9: malformed figure shortcode (no src); kept as text",
                file + ":11: figure shortcode parameter 'colour' is not known; ignored",
                file + ":11: figure shortcode width 'wide' is not a number of pixels; ignored");
        assertThat(imported.article().body()).extracting(b -> b.text().en()).contains(
                "Before {{< figure src=\"x.png\" caption=\"open >}} after.", "{{< figure alt=\"no source\" >}}",
                "{{< notice abc >}} and {{</* figure src=\"z.png\" */>}}");
    }

    @Test
    void aCaptionInBothLanguagesOrTwoShortcodesOfOneImageMakeOneBilingualFigure() throws Exception {
        List<Block> body = read("""
                {{< figure src="https://example.org/night.jpg" caption="城市夜景 The city at night" alt="夜景" >}}

                {{< figure src="https://example.org/day.jpg" caption="白天的城市" >}}
                {{< figure src="https://example.org/day.jpg" caption="The city by day" >}}

                {{< figure src="https://example.org/see.jpg" caption="城市的照片（参见 Smith 2020）" >}}
                """).article().body();

        assertThat(body.get(0).text()).isEqualTo(new Bilingual("城市夜景", "The city at night"));
        assertThat(body.get(0).figure().alt()).isEqualTo(new Bilingual("夜景", ""));
        assertThat(body.get(1).text()).isEqualTo(new Bilingual("白天的城市", "The city by day"));
        assertThat(body.get(1).flags()).isEmpty();
        assertThat(body.get(2).text()).isEqualTo(new Bilingual("城市的照片（参见 Smith 2020）", ""));
        assertThat(body).hasSize(3);
    }

    @Test
    void aPageBundleImageIsBesideTheFileAndASitePathInTheSitesStaticFolder() throws Exception {
        Imported imported = read("site/content/posts/owl/index.md", "![Owl](owl%20one.jpg)\n\n![Map](/images/map.png?v=2)\n\n"
                + "![Up](../../../../secret.png)\n", null);
        Path site = dir.resolve("site").toAbsolutePath();

        assertThat(imported.images()).containsExactly(
                new LocalImage("owl%20one.jpg", site.resolve("content/posts/owl/owl one.jpg"), file + ":5"),
                new LocalImage("/images/map.png?v=2", site.resolve("static/images/map.png"), file + ":7"));
        assertThat(imported.article().body()).extracting(b -> b.figure() == null ? null : b.figure().src())
                .containsExactly("owl%20one.jpg", "/images/map.png?v=2", null);
        assertThat(imported.warnings()).singleElement().asString().startsWith(file + ":9: image '../../../../secret.png': the path"
                + " leads out of " + site);
    }

    @Test
    void theStaticOptionIsWhereSitePathsAreAndWithoutASiteThereIsAWarning() throws Exception {
        Path assets = Files.createDirectories(dir.resolve("assets"));
        Imported given = read("notes/a.md", "![Map](/images/map.png)\n\n![Out](/../a.md)\n", assets);

        assertThat(given.images()).containsExactly(new LocalImage("/images/map.png", assets.resolve("images/map.png"), file + ":5"));
        assertThat(given.warnings()).singleElement().asString().startsWith(file + ":7: image '/../a.md': the path leads out");

        Imported none = read("notes/b.md", "![Map](/images/map.png)\n", null);
        assertThat(none.warnings()).containsExactly(file + ":5: '/images/map.png' is a path on the site, but the file is in no"
                + " Hugo 'content' folder to find the site's 'static' folder from; give --static DIR");
        assertThat(none.images()).hasSize(1);
    }

    @Test
    void anImageWithARefusedSchemeIsAWarningAndItsAltAndCaptionAParagraph() throws Exception {
        Imported imported = read("![A chart](javascript:alert(1) \"Sales in 2024\")\n\n![](data:image/png;base64,AAAA)\n");

        assertThat(imported.article().body()).containsExactly(
                Block.paragraph(new Bilingual("", "Sales in 2024 A chart")).withFlag(BlockFlag.UNTRANSLATED));
        assertThat(imported.warnings()).containsExactly(
                file + ":5: image 'javascript:alert(1)': link scheme 'javascript:' is not allowed; its alt text and caption"
                        + " are kept as a paragraph",
                file + ":7: image 'data:image/png;base64,AAAA': link scheme 'data:' is not allowed; its alt text and caption"
                        + " are kept as a paragraph");
        assertThat(imported.images()).isEmpty();
    }

    @Test
    void codeOrAnImageBetweenAParagraphAndItsTranslationComesAfterThePair() throws Exception {
        List<Block> body = read("""
                运行下面的命令：

                ```
                make all
                ```

                Run this command:

                ```
                make all
                ```

                看这张图：![图](https://example.org/p.png)

                See this picture: ![Picture](https://example.org/p.png)
                """).article().body();

        assertThat(body).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.CODE, BlockKind.PARAGRAPH,
                BlockKind.FIGURE);
        assertThat(body).allMatch(b -> !b.has(BlockFlag.UNTRANSLATED));
        assertThat(body.get(3).figure().alt()).isEqualTo(new Bilingual("图", "Picture"));
    }

    @Test
    void theFrontMattersImageStandsForTheArticleAndALocalOneIsCapturedLikeAFigure() throws Exception {
        Path page = dir.resolve("site/content/posts/a/index.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "---\ntitle: 封面\ncover:\n  image: cover.png\n---\n\n正文。\n");
        Imported local = new Ingest(ZoneId.of("Asia/Shanghai")).read(page, null, Progress.NONE).get(0);
        assertThat(local.article().image().src()).isEqualTo("cover.png");
        assertThat(local.images()).singleElement()
                .satisfies(i -> assertThat(i.file()).isEqualTo(page.getParent().resolve("cover.png").toAbsolutePath().normalize()));

        Files.writeString(page, "---\ntitle: 封面\nimages: [\"https://img.example.org/c.jpg\", \"b.jpg\"]\nimage: x.png\n---\n\n正文。\n");
        Imported remote = new Ingest(ZoneId.of("Asia/Shanghai")).read(page, null, Progress.NONE).get(0);
        assertThat(remote.article().image().src()).isEqualTo("https://img.example.org/c.jpg");
        assertThat(remote.images()).isEmpty();

        Files.writeString(page, "---\ntitle: 封面\nimage: \"javascript:alert(1)\"\n---\n\n正文。\n");
        Imported refused = new Ingest(ZoneId.of("Asia/Shanghai")).read(page, null, Progress.NONE).get(0);
        assertThat(refused.article().image()).isNull();
        assertThat(refused.warnings()).anyMatch(w -> w.contains("key 'image'") && w.contains("not allowed"));
    }

    @Test
    void anImageOutsideTheFilesFolderOfAFileInNoHugoSiteIsRefused() throws Exception {
        Imported outside = read("notes/a.md", "![私人照片](../../private.png)\n\n![根路径](/../../x.png)\n\n正文。\n", null);
        assertThat(outside.images()).isEmpty();
        assertThat(outside.warnings()).hasSize(2).allMatch(w -> w.contains("leads out of"));
    }

    @Test
    void aParagraphOfNumbersIsKeptAndNeedsNoTranslation() throws Exception {
        Imported numbers = read("客流增长。\n\nRidership grew.\n\n120 / 192\n");
        assertThat(numbers.article().body()).hasSize(2);
        Block figures = numbers.article().body().get(1);
        assertThat(figures.text().any()).isEqualTo("120 / 192");
        assertThat(figures.flags()).isEmpty();
    }
}
