package io.geopress.measure.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a rewrite may use (the article's figures, quotations and addresses) and what counts as keyword stuffing. */
class GroundingChecksTest {
    private final Evidence evidence = Evidence.of(new Article(new Bilingual("电车", "Trams"), Bilingual.EMPTY, null, null,
            List.of(Block.paragraph(new Bilingual("五月有１２００名乘客，官员称其“悄然成功”。",
                    "In May 1,200 riders came, up 4.5% (see https://example.org/report)."))), null, null, null, null, false, null, null));

    @Test
    void figuresQuotationsAndAddressesOfTheArticleAreAllowedInEitherWriting() {
        assertThat(evidence.invented("1200 riders, 4.50% more, as https://example.org/report says.")).isEmpty();
        assertThat(evidence.invented("官员称其“悄然成功”，乘客1,200名。")).isEmpty();
    }

    @Test
    void anythingElseIsNamed() {
        assertThat(evidence.invented("1,300 riders")).contains("the number 1300");
        assertThat(evidence.invented("officials said \"a triumph\"")).contains("the quotation “a triumph”");
        assertThat(evidence.invented("see https://example.org/other")).contains("the address https://example.org/other");
        assertThat(evidence.invented("「完全成功」")).contains("the quotation “完全成功”");
    }

    @Test
    void aTermRepeatedFarBeyondTheOriginalsRateIsStuffing() {
        String original = "The tram line opened in May and riders came from the whole city.";
        assertThat(Stuffing.of("The tram line opened in May; riders came from the whole city to ride it.", original, Lang.EN)).isEmpty();
        assertThat(Stuffing.of("Tram news: the tram line, the best tram, opened in May for tram riders.", original, Lang.EN))
                .hasValueSatisfying(s -> assertThat(s).startsWith("repeats “tram” 4 times"));
        assertThat(Stuffing.of("电车线路五月开通，电车乘客多，电车最好，电车便宜。", "电车线路五月开通，乘客来自全城。", Lang.ZH))
                .hasValueSatisfying(s -> assertThat(s).startsWith("repeats “电车” 4 times"));
    }
}
