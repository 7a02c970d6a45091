package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Progress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Front matter keys and dates, read through {@link MarkdownImporter} from in-memory files. */
class MarkdownFrontMatterTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static SourceFile file(String text) {
        return file(text.getBytes(StandardCharsets.UTF_8));
    }

    private static SourceFile file(byte[] bytes) {
        return new SourceFile(Path.of("posts/a.md"), "posts/a.md", bytes, SHANGHAI, Progress.NONE, ImportLimits.DEFAULT);
    }

    private static Imported read(String text) {
        List<Imported> imported = new java.util.ArrayList<>();
        new MarkdownImporter().read(file(text), imported::add);
        assertThat(imported).hasSize(1);
        return imported.get(0);
    }

    private static Article withKeys(String yaml) {
        return read("---\n" + yaml + "\n---\n正文。\n\nBody.\n").article();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-05-01                 | 2024-05-01T00:00+08:00",
        "2024-05-01T09:30:00+02:00  | 2024-05-01T09:30+02:00",
        "2024-05-01T01:30:00Z       | 2024-05-01T01:30Z",
        "2024-05-01T09:30:00        | 2024-05-01T09:30+08:00",
        "2024-05-01 09:30           | 2024-05-01T09:30+08:00",
        "2024-05-01 09:30:15 +0200  | 2024-05-01T09:30:15+02:00",
        "2024/5/1                   | 2024-05-01T00:00+08:00",
        "2024/12/31 18:05           | 2024-12-31T18:05+08:00"})
    void datesInEveryAcceptedFormReadInTheSiteZoneUnlessTheyCarryAnOffset(String text, String expected) {
        assertThat(Dates.parse(text, SHANGHAI)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-02-30", "2024-13-01", "2024/2/30", "01/05/2024", "2024-05-01T25:00"})
    void textsThatAreNotRealDatesAreNotDates(String text) {
        assertThat(Dates.parse(text, SHANGHAI)).isNull();
    }

    @Test
    void aPlainTitleGoesToTheLanguageItIsWrittenIn() {
        Article a = withKeys("title: How a creek was cleaned\ntitle_zh: 一条小河是怎样变干净的");

        assertThat(a.title()).isEqualTo(new Bilingual("一条小河是怎样变干净的", "How a creek was cleaned"));
    }

    @Test
    void hugosSummaryOrDescriptionIsTheSummaryOnlyWhenNoSummaryKeyOfOursIsGiven() {
        assertThat(withKeys("title: 标题\ndescription: 一段描述。").summary()).isEqualTo(new Bilingual("一段描述。", ""));
        assertThat(withKeys("title: 标题\ndescription: 描述。\nsummary: A summary.").summary())
                .isEqualTo(new Bilingual("", "A summary."));
        assertThat(withKeys("title: 标题\nsummary: A summary.\nsummary_zh: 摘要。").summary())
                .isEqualTo(new Bilingual("摘要。", ""));
    }

    @Test
    void aDisclaimerTextIsSplitIntoParagraphsAtBlankLines() {
        Article a = withKeys("title: 标题\ndisclaimer: |\n  第一段声明。\n\n  The second paragraph.\n");

        assertThat(a.disclaimer()).containsExactly(new Bilingual("第一段声明。", ""),
                new Bilingual("", "The second paragraph."));
    }

    @Test
    void aSingleTagMayBeTextAndCategoriesAreKeptApartFromTags() {
        Article a = withKeys("title: 标题\ntags: 面包\ncategories: [社区, 面包, 社区]");
        assertThat(a.tags()).containsExactly("面包");
        assertThat(a.categories()).as("duplicates dropped, order kept").containsExactly("社区", "面包");
        assertThat(withKeys("title: 标题\ncategories: 社区").categories()).containsExactly("社区");
        assertThatThrownBy(() -> withKeys("title: 标题\ncategories: {a: b}"))
                .hasMessageContaining("front matter key 'categories': not a text or a list of texts");
    }

    @Test
    void hugosAuthorIsTheSourcesByline() {
        assertThat(withKeys("title: 标题\nauthor: 周晓\nsource: 晨报").source().author()).isEqualTo("周晓");
    }

    @Test
    void aSourceUrlMustBeHttp() {
        assertThatThrownBy(() -> withKeys("title: 标题\nsource_url: ftp://example.org/a"))
                .isInstanceOf(ImportException.class)
                .hasMessage("posts/a.md:3: front matter key 'source_url': not an http(s) URL: \"ftp://example.org/a\"");
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        assertThatThrownBy(() -> withKeys("title: 标题\nslug: a\nslug: b"))
                .hasMessage("posts/a.md:4: front matter key 'slug': given twice (first on line 3)");
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() {
        assertThatThrownBy(() -> withKeys("- title\n- date"))
                .hasMessage("posts/a.md:2: front matter is not a set of 'key: value' lines");
    }

    @Test
    void aTitleOfTheWrongTypeIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> withKeys("title: [a, b]"))
                .hasMessage("posts/a.md:2: front matter key 'title': not a text: [\"a\",\"b\"]");
    }

    @Test
    void emptyFrontMatterAByteOrderMarkAndWindowsLineEndsAreAccepted() {
        Imported imported = read("\uFEFF---\r\n---\r\n# 标题\r\n\r\n正文第一段，\r\n接着写。\r\n\r\nThe body.\r\n");

        assertThat(imported.article().title()).isEqualTo(new Bilingual("标题", ""));
        assertThat(imported.article().body()).containsExactly(
                Block.paragraph(new Bilingual("正文第一段，接着写。", "The body.")));
    }

    @Test
    void blockLinesCountFromTheTopOfTheFileIncludingTheFrontMatter() {
        Imported imported = read("---\ntitle: 标题\ndate: 2024-05-01\n---\n\n只有中文的一段。\n");

        assertThat(imported.untranslated()).singleElement().asString().startsWith("posts/a.md:6: Chinese paragraph");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheLineOfTheFirstBadByte() {
        byte[] gbk = "---\ntitle: 标题\n---\n正文。\n".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> new MarkdownImporter().read(file(gbk), i -> { }))
                .hasMessage("posts/a.md:2: not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void aBodyWithoutTextIsAnError() {
        assertThatThrownBy(() -> read("---\ntitle: 标题\n---\n\n<!-- a comment -->\n\n***\n"))
                .hasMessage("posts/a.md: the article has no body text");
    }
}
