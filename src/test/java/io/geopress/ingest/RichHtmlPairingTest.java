package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.model.Table;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page giving each block in Chinese, then in English: rich blocks pair as paragraphs do. */
class RichHtmlPairingTest {
    private static final String SITE = "https://qingxi-observer.example";

    private Imported imported;
    private List<Block> body;

    @BeforeEach
    void importThePage() {
        List<Imported> all = new Ingest(ZoneId.of("Asia/Shanghai")).read(HtmlImporterTest.fixture("rich-bilingual.html"), null,
                Progress.NONE);
        imported = all.get(0);
        body = imported.article().body();
    }

    @Test
    void everyBlockFindsItsTranslation() {
        assertThat(body).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.FIGURE, BlockKind.FIGURE,
                BlockKind.FIGURE, BlockKind.TABLE, BlockKind.PARAGRAPH, BlockKind.FOOTNOTE);
        assertThat(body).allSatisfy(b -> {
            assertThat(b.text().isComplete()).as(b.text().any()).isTrue();
            assertThat(b.flags()).isEmpty();
        });
        assertThat(imported.untranslated()).isEmpty();
        assertThat(imported.article().title()).isEqualTo(new Bilingual("青溪的雨水花园", "Qingxi's Rain Gardens"));
    }

    @Test
    void paragraphsWithLinksPairKeepingTheLinksOfEachLanguage() {
        Bilingual text = body.get(0).text();
        String report = SITE + "/reports/rain-gardens.pdf";

        assertThat(text.nodes(Lang.ZH)).contains(Inline.link(report, Inline.text("市园林局的评估报告")), new Inline.NoteRef("1"));
        assertThat(text.nodes(Lang.EN)).contains(Inline.link(report, Inline.text("parks bureau's assessment")),
                Inline.strong(Inline.text("192")), new Inline.NoteRef("1"));
    }

    @Test
    void theSameImageWithAChineseAndAnEnglishCaptionIsOneFigure() {
        Block figure = body.get(1);

        assertThat(figure.figure().src()).isEqualTo(SITE + "/images/garden-east.jpg");
        assertThat(figure.figure().alt()).isEqualTo(new Bilingual("东湖边的雨水花园", "A rain garden by East Lake"));
        assertThat(figure.text()).isEqualTo(new Bilingual("东湖边的雨水花园在暴雨后半天内就能把积水渗完。",
                "The rain garden by East Lake drains a storm's water within half a day."));
        assertThat(figure.figure().width()).isEqualTo(1600);
    }

    @Test
    void aCaptionHoldingBothLanguagesAroundASlashOrInTwoParagraphsIsBilingual() {
        assertThat(body.get(2).text()).isEqualTo(new Bilingual("学校操场边的雨水花园", "A rain garden beside a school playground"));
        assertThat(body.get(2).figure().alt()).isEqualTo(new Bilingual("学校里的雨水花园", ""));
        assertThat(body.get(3).text()).isEqualTo(new Bilingual("屋顶花园也能蓄住雨水。", "Roof gardens hold rain water too."));
    }

    @Test
    void aChineseTableFollowedByItsEnglishVersionIsOneTableCellByCell() {
        Block table = body.get(4);
        List<Table.Row> rows = table.table().rows();

        assertThat(table.text()).isEqualTo(new Bilingual("各区雨水花园数量", "Rain gardens by district"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).header()).isTrue();
        assertThat(rows.get(1).cells()).extracting(Table.Cell::text)
                .containsExactly(new Bilingual("老城区", "Old town"), new Bilingual("120", "120"));
        assertThat(rows.get(2).cells().get(0)).isEqualTo(new Table.Cell(new Bilingual("新区", "New district"), false, 2, 1));
        assertThat(rows.get(3).cells()).extracting(Table.Cell::text).containsExactly(new Bilingual("在建 48", "48 being built"));
    }

    @Test
    void aParagraphBrokenIntoAChineseAndAnEnglishLineIsPaired() {
        assertThat(body.get(5).text()).isEqualTo(new Bilingual("雨水花园的维护由社区志愿者负责。",
                "Volunteers from each neighbourhood look after the gardens."));
    }

    @Test
    void aFootnoteInBothLanguagesIsOneNote() {
        assertThat(body.get(6)).isEqualTo(Block.footnote("1", new Bilingual("统计截至二〇二六年四月。", "Figures as of April 2026.")));
    }
}
