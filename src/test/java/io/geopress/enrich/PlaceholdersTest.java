package io.geopress.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private static final String REPORT = "https://library.example.org/report-2025";
    private static final Inline.Link LINK = new Inline.Link(REPORT, "年度报告", List.of(new Inline.Text("县图书馆的年度报告")));
    private static final List<Inline> SOURCE = List.of(new Inline.Text("根据"), LINK, new Inline.Text("，夜间借书量增加了"),
            Inline.strong(new Inline.Text("40%")), new Inline.NoteRef("1"), new Inline.Text("。输入"), new Inline.Code("lend --night"),
            new Inline.Break(), new Inline.Text("即可查询。"));

    private final Placeholders.Encoded encoded = Placeholders.encode(SOURCE);

    @Test
    void markupBecomesNumberedTagsAndCodeIsNotSent() {
        assertThat(encoded.text()).isEqualTo("根据<1>县图书馆的年度报告</1>，夜间借书量增加了<2>40%</2><3/>。输入<4/><5/>即可查询。");
        assertThat(encoded.words()).isEqualTo("根据县图书馆的年度报告，夜间借书量增加了40%。输入即可查询。");
        assertThat(encoded.plain()).isFalse();
        assertThat(Placeholders.encode(List.of(new Inline.Text("只有文字。"))).text()).isEqualTo("只有文字。");
    }

    @Test
    void aReplyWithItsTagsReorderedIsRebuiltFromTheSourcesNodes() {
        String reply = "<2>40%</2> more books were lent at night,<3/> says <1>the county library's report</1>. Type <4/><5/>to see them.";

        Placeholders.Decoded decoded = encoded.decode(reply);

        assertThat(decoded.failures()).isEmpty();
        assertThat(decoded.nodes()).containsExactly(Inline.strong(new Inline.Text("40%")), new Inline.Text(" more books were lent at night,"),
                new Inline.NoteRef("1"), new Inline.Text(" says "),
                new Inline.Link(REPORT, "年度报告", List.of(new Inline.Text("the county library's report"))), new Inline.Text(". Type "),
                new Inline.Code("lend --night"), new Inline.Break(), new Inline.Text("to see them."));
    }

    @Test
    void eachWrongTagIsNamed() {
        assertThat(encoded.decode("The <1>report</1> says 40% more.<3/> Type <4/><5/>.").failures())
                .containsExactly("drops the tag <2>…</2>");
        assertThat(encoded.decode("<1>Report</1> <2>40%</2><3/><3/> <4/><5/>").failures()).containsExactly("repeats the tag <3/>");
        assertThat(encoded.decode("<1>Report <2>40%</1></2><3/><4/><5/>").failures())
                .containsExactly("closes </1> inside <2>…</2>: the tags must nest");
        assertThat(encoded.decode("<1>Report</1> <2>40%</2><3/><4/><5/> <6/>").failures())
                .containsExactly("adds the tag <6/>, which the source does not have");
        assertThat(encoded.decode("<1/> <2>40%</2><3/><4/><5/>").failures())
                .containsExactly("writes the tag <1>…</1> as <1/>", "drops the tag <1>…</1>");
        assertThat(encoded.decode("<1> </1> <2>40%</2><3/><4/><5/>").failures()).containsExactly("leaves the tag <1>…</1> empty");
        assertThat(encoded.decode("<1>Report <2>40%</2><3/><4/><5/>").failures()).containsExactly("does not close the tag <1>");
        assertThat(encoded.decode("Report</1> <2>40%</2><3/><4/><5/>").failures())
                .containsExactly("closes </1> where it is not open", "drops the tag <1>…</1>");
    }

    @Test
    void codeAndFootnoteReferencesAReplyDroppedAreKeptAtItsEnd() {
        Placeholders.Decoded decoded = encoded.decode("The <1>report</1>: <2>40%</2> more.");

        assertThat(decoded.failures()).containsExactly("drops the tag <3/>", "drops the tag <4/>", "drops the tag <5/>");
        assertThat(decoded.nodes()).endsWith(new Inline.NoteRef("1"), new Inline.Code("lend --night"));
    }

    @Test
    void tagsTheSourceWritesAsTextStayText() {
        List<Inline> nodes = List.of(new Inline.Text("把 <1> 和 <2/> 当作文字，"), Inline.link("https://example.org/", new Inline.Text("链接")));
        Placeholders.Encoded e = Placeholders.encode(nodes);

        assertThat(e.text()).isEqualTo("把 <1> 和 <2/> 当作文字，<3>链接</3>");
        assertThat(e.words("Treat <1> and <2/> as text, <3>a link</3>")).isEqualTo("Treat <1> and <2/> as text, a link");
        Placeholders.Decoded decoded = e.decode("Treat <2/> and <1> as text, <3>a link</3>");
        assertThat(decoded.failures()).isEmpty();
        assertThat(decoded.nodes()).containsExactly(new Inline.Text("Treat <2/> and <1> as text, "),
                Inline.link("https://example.org/", new Inline.Text("a link")));
    }

    @Test
    void aPlainTextsReplyMayHoldNoTag() {
        Placeholders.Encoded plain = Placeholders.encode(List.of(new Inline.Text("借书量增加了。")));
        assertThat(plain.decode("Borrowing rose.").nodes()).containsExactly(new Inline.Text("Borrowing rose."));
        assertThat(plain.decode("Borrowing <1>rose</1>.").failures())
                .containsExactly("adds the tag <1>, which the source does not have", "adds the tag </1>, which the source does not have");
    }
}
