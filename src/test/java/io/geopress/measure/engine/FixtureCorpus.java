package io.geopress.measure.engine;

import io.geopress.measure.retrieve.Retrieval;
import io.geopress.measure.retrieve.RetrievedSource;
import java.util.List;

/** A small corpus written for these tests: our page on home composting and two competitors' pages, as retrieved. */
final class FixtureCorpus implements Retrieval {
    static final String OURS = "geopress.example";
    static final RetrievedSource COMPOST = new RetrievedSource(1, "https://geopress.example/articles/compost-basics.html", OURS,
            "How long does home composting take?", "compost-basics", true,
            "Home composting turns kitchen scraps into soil in about three months. A compost heap needs green and brown "
                    + "material, roughly one part to three. Turning the heap every week keeps it warm and stops the smell.\n\n"
                    + "家庭堆肥大约三个月就能把厨余变成土壤。堆肥需要绿色和棕色材料混合，比例约为一比三。每周翻堆一次可以保持温度并防止异味。");
    static final RetrievedSource GARDEN = new RetrievedSource(2, "https://garden.example/worm-bins", "garden.example",
            "Worm bins", null, false,
            "Gardeners in cold regions often wait six months for finished compost. Worm bins work indoors all year [3]. "
                    + "寒冷地区的园丁往往要等六个月。蚯蚓箱全年都能在室内使用。");
    static final RetrievedSource NEWS = new RetrievedSource(3, "https://news.example/council", "news.example", "Council news",
            null, false, "The city council voted on a new budget on Tuesday. Bus fares will rise next spring.");

    private final List<RetrievedSource> sources;

    FixtureCorpus(RetrievedSource... sources) {
        this.sources = List.of(sources);
    }

    static FixtureCorpus all() {
        return new FixtureCorpus(COMPOST, GARDEN, NEWS);
    }

    @Override
    public List<RetrievedSource> top(String query, String lang, int k) {
        return sources.subList(0, Math.min(k, sources.size()));
    }
}
