package io.geopress.measure.retrieve;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Source;
import io.geopress.store.ArticleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A small site of our own bilingual articles and a competitor corpus of four other sites, written for these tests. */
final class RetrievalFixture {
    static final String COMPETITORS = """
            {"title": "How green tea keeps its colour", "slug": "tea-colour", "source_url": "https://www.leafandcup.example/tea-colour", "body": "Green tea turns brown when light and warm air reach the leaves. A shop keeps its tins away from the window."}
            {"title": "公路车胎压怎么选", "slug": "tyre-pressure", "source_url": "https://ridefaster.example/tyres", "body": "公路车的胎压一般在六到八个大气压之间。体重越大，胎压可以打得越高；雨天骑行时把胎压降低半个大气压，抓地更稳。"}
            {"title": "Road bike tyre pressure for heavier riders", "slug": "tyre-pressure-en", "source_url": "https://ridefaster.example/tyres-en", "body": "Road bike tyres usually run between six and eight bar. Heavier riders pump them harder; in the rain, let out half a bar for more grip on wet tarmac."}
            {"title": "烤面包的烤箱温度", "slug": "oven", "source_url": "https://crumbworks.example/oven", "body": "家用烤箱烤一个一斤重的面包，先用二百三十度烤二十分钟，再降到二百度烤十五分钟。"}
            {"title": "Pruning roses in late winter", "slug": "roses", "source_url": "http://www.petalpost.example/roses", "body": "Cut rose stems back by a third in late winter, just above an outward-facing bud, with clean and sharp secateurs."}
            """;

    private RetrievalFixture() {}

    /** A site folder with our four articles saved (the tomato one published, then edited), and the competitor file. */
    static Path site(Path dir) throws IOException {
        Files.writeString(dir.resolve("geopress.yml"), "title: 绿窗笔记\ntitle_en: Green Window Notes\nbase_url: https://notes.example.org/\n");
        Files.writeString(dir.resolve("competitors.jsonl"), COMPETITORS);
        ArticleStore store = store(dir);
        store.save(List.of(
                draft("bike-chain", new Bilingual("自行车链条多久上一次油？", "How often should a bike chain be oiled?"),
                        paragraph("链条每骑三百公里上一次油；雨天骑行之后当天就要擦干并重新上油，否则链条会生锈。",
                                "Oil the chain every 300 kilometres; after a ride in the rain, wipe it dry and oil it the same day or it rusts."),
                        paragraph("上油时每节链条滴一滴，转动踏板一分钟，再用干布擦掉多余的油。",
                                "Put one drop on each link, turn the pedals for a minute, then wipe off the extra oil with a dry cloth.")),
                draft("green-tea", new Bilingual("绿茶怎么保存才不变味？", "How do you store green tea so it keeps its taste?"),
                        paragraph("绿茶怕光、怕热、怕潮。把茶叶装进不透光的密封罐，放进零到五度的冰箱，半年内喝完。",
                                "Green tea fears light, heat and damp. Keep it in an opaque airtight tin in a fridge at zero to five degrees, and drink it within six months."),
                        paragraph("从冰箱取出的茶罐要等它回到室温再打开，否则水汽会凝结在茶叶上。",
                                "Let a tin from the fridge reach room temperature before opening it, or moisture condenses on the leaves.")),
                draft("sourdough", new Bilingual("酸面包的酵头怎么喂养？", "How do you feed a sourdough starter?"),
                        paragraph("每天倒掉一半酵头，加入等重的面粉和水，放在二十五度左右的地方，四到六小时后它会涨到两倍。",
                                "Each day discard half the starter, add equal weights of flour and water, keep it near 25 degrees, and it doubles in four to six hours.")),
                draft("balcony-tomato", new Bilingual("阳台上怎么种番茄？", "How do you grow tomatoes on a balcony?"),
                        paragraph("番茄每天早上浇一次水，花盆至少要二十升。", "Water tomatoes every morning; the pot should hold at least twenty litres."))));
        store.publish(List.of("balcony-tomato"));
        Article tomato = store.find("balcony-tomato").orElseThrow().article();
        store.revise("balcony-tomato", 1, tomato.withBody(List.of(paragraph("番茄改用滴灌，每两天浇一次，花盆至少要二十升。",
                "Tomatoes now get drip irrigation every two days; the pot should hold at least twenty litres.")), null), "edit");
        return dir;
    }

    static ArticleStore store(Path dir) {
        return ArticleStore.openSqlite(dir.resolve("geopress.db"), ZoneId.of("Asia/Shanghai"), Clock.systemUTC());
    }

    static SiteConfig config(Path dir) {
        return ConfigFile.read(dir);
    }

    static Block paragraph(String zh, String en) {
        return Block.paragraph(new Bilingual(zh, en));
    }

    private static ArticleStore.Draft draft(String slug, Bilingual title, Block... body) {
        Article article = new Article(title, Bilingual.EMPTY, null, Source.UNKNOWN, List.of(body), List.of(), List.of(), List.of(),
                List.of(), false, slug, Map.of());
        return new ArticleStore.Draft(article, "test " + slug);
    }
}
