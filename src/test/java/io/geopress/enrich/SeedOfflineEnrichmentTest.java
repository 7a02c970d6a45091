package io.geopress.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.ingest.Ingest;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Faq;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.model.Source;
import io.geopress.testing.Seed;
import io.geopress.text.Extracts;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Acceptance (issue 4): the seed's Chinese blocks alone, enriched offline, give a BLUF, keywords and an FAQ drawn
 * from its text, and every missing translation is reported.
 */
class SeedOfflineEnrichmentTest {
    private final Article imported = new Ingest(ZoneId.of("Asia/Shanghai")).read(Seed.path(), null, Progress.NONE).get(0).article();
    private final Article chinese = chineseBlocksAlone(imported);
    private final Enriched result = Enrichment.offline(EnrichOptions.DEFAULT).enrich(chinese);
    private final Article enriched = result.article();
    private final String bodyText = chinese.body().stream().map(b -> b.text().zh()).collect(Collectors.joining("\n"));

    /**
     * The seed as a Chinese source would arrive: its Chinese title and blocks, nothing generated. (The seed shows its
     * source's title only in English, so the source keeps no title.)
     */
    private static Article chineseBlocksAlone(Article seed) {
        List<Block> body = seed.body().stream()
                .map(b -> new Block(b.kind(), b.level(), b.ordered(), Bilingual.of(Lang.ZH, b.text().zh()), null)
                        .withFlag(BlockFlag.UNTRANSLATED))
                .toList();
        Source s = seed.source();
        Source source = new Source(Bilingual.of(Lang.ZH, s.name().zh()), s.url(), s.published(), Bilingual.EMPTY, s.author());
        return new Article(Bilingual.of(Lang.ZH, seed.title().zh()), null, null, source, body, null, null, null, seed.disclaimer(), seed.excerpt(),
                null, null);
    }

    @Test
    void givesAChineseBlufOfWholeSentencesFromTheBody() {
        String bluf = enriched.summary().zh();
        assertThat(bluf).isNotEmpty();
        assertThat(Extracts.length(bluf, Lang.ZH)).isLessThanOrEqualTo(EnrichOptions.DEFAULT.summaryHanzi());
        assertThat(Extracts.sentences(bluf)).allMatch(s -> bodyText.contains(s.replaceAll("；$", "")));
        assertThat(enriched.summary().en()).isEmpty();
    }

    @Test
    void givesKeywordsAndTagsFoundInTheBody() {
        assertThat(enriched.keywords()).hasSizeBetween(3, 6).allMatch(bodyText::contains);
        assertThat(enriched.tags()).hasSizeBetween(1, 3).allMatch(bodyText::contains);
    }

    @Test
    void givesAnFaqFromTheHeadingsAnsweredByTheBlocksItNames() {
        List<Integer> headings = IntStream.range(0, chinese.body().size())
                .filter(i -> chinese.body().get(i).kind() == BlockKind.HEADING).boxed().toList();
        assertThat(enriched.faq()).hasSizeBetween(3, 6);
        for (Faq faq : enriched.faq()) {
            assertThat(headings).anyMatch(h -> faq.question().zh().contains(chinese.body().get(h).text().zh()));
            assertThat(faq.blocks()).isNotEmpty().allMatch(b -> chinese.body().get(chinese.position(b)).kind() != BlockKind.HEADING);
            String cited = faq.blocks().stream().map(b -> chinese.body().get(chinese.position(b)).text().zh()).collect(Collectors.joining());
            assertThat(Extracts.sentences(faq.answer().zh())).allMatch(s -> cited.contains(s.replaceAll("；$", "")));
            assertThat(faq.answer().en()).isEmpty();
        }
    }

    @Test
    void keepsTheTitleAndReportsEveryMissingTranslation() {
        assertThat(enriched.title()).isEqualTo(chinese.title());
        String all = IntStream.rangeClosed(1, chinese.body().size()).mapToObj(String::valueOf).collect(Collectors.joining(", "));
        assertThat(result.problems()).contains(
                "translate: blocks " + all + " have no English; translation needs a language model",
                "summary: no English text to extract from; translation needs a language model",
                "title: no English title; translation needs a language model");
        assertThat(enriched.body()).isEqualTo(chinese.body());
        assertThat(result.usage()).isEqualTo(Enriched.Usage.NONE);
    }

    @Test
    void enrichingItAgainChangesNothing() {
        assertThat(Enrichment.offline(EnrichOptions.DEFAULT).enrich(enriched).article()).isEqualTo(enriched);
    }
}
