package io.geopress.measure.audit;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Faq;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Source;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import io.geopress.model.Table;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An article that does what the audit asks, and the same article with one thing taken away. */
final class GoodArticle {
    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2026, 5, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private GoodArticle() {}

    static Article article() {
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph(new Bilingual("松林街的工具图书馆开馆一年，借出工具 1,240 次，会员增加到 310 人。",
                "In its first year the Songlin Street tool library lent tools 1,240 times, and its members grew to 310 people.")));
        body.add(Block.heading(2, new Bilingual("工具图书馆是怎么运作的？", "How does the tool library work?")));
        body.add(Block.paragraph(Bilingual.inline(
                List.of(Inline.text("会员每年交 60 元，每次最多借 3 件工具，期限 7 天；规则参照了"),
                        Inline.link("https://tools.example.net/rules", Inline.text("邻市的做法")), Inline.text("。")),
                List.of(Inline.text("Members pay 60 yuan a year and borrow up to 3 tools for 7 days at a time; the rules follow "),
                        Inline.link("https://tools.example.net/rules", Inline.text("a neighbouring city's")), Inline.text(".")))));
        body.add(Block.quote(new Bilingual("管理员周敏说：“电钻是借得最多的，一个月能出去二十次。”",
                "Librarian Zhou Min said: \"The drill is what people borrow most, it goes out twenty times a month.\"")));
        body.add(Block.heading(2, new Bilingual("钱从哪里来？", "Where does the money come from?")));
        body.add(Block.paragraph(Bilingual.inline(
                List.of(Inline.text("街道补贴了 45% 的开支，其余来自会费；"), Inline.link("https://city.example.org/budget", Inline.text("预算公开"))),
                List.of(Inline.text("The street office paid 45% of the costs and fees the rest; "),
                        Inline.link("https://city.example.org/budget", Inline.text("the budget is public"))))));
        body.add(Block.table(new Table(List.of(
                new Table.Row(List.of(cell("工具 Tool", true), cell("借出次数 Loans", true)), true),
                new Table.Row(List.of(cell("电钻 Drill", false), cell("240", false)), false),
                new Table.Row(List.of(cell("梯子 Ladder", false), cell("130", false)), false))), new Bilingual("借出最多的工具", "Most borrowed tools")));
        body.add(Block.figure(new Figure("https://img.example.net/drill.jpg", 800, 600, new Bilingual("电钻", "A drill"), null),
                new Bilingual("最常借出的电钻", "The most borrowed drill")));
        List<Faq> faq = List.of(
                new Faq(new Bilingual("会员每年交多少钱？", "How much do members pay a year?"),
                        new Bilingual("会员每年交 60 元。", "Members pay 60 yuan a year.")),
                new Faq(new Bilingual("每次能借几件工具？", "How many tools can one borrow at a time?"),
                        new Bilingual("每次最多借 3 件工具，期限 7 天。", "Up to 3 tools for 7 days at a time.")),
                new Faq(new Bilingual("开支由谁承担？", "Who pays the costs?"),
                        new Bilingual("街道补贴了 45% 的开支，其余来自会费。", "The street office paid 45% of the costs and fees the rest.")));
        Source source = new Source(new Bilingual("松林街通讯", "Songlin Street Bulletin"), "https://bulletin.example.org/tools",
                PUBLISHED.minusDays(2), new Bilingual("工具图书馆一周年", "The tool library at one"), "Li Wen", PUBLISHED.minusDays(1));
        return new Article(new Bilingual("社区工具图书馆一年借出多少次？", "How often did a neighbourhood tool library lend in a year?"),
                new Bilingual("松林街工具图书馆开馆一年借出工具 1,240 次，会员 310 人，街道承担 45% 开支。",
                        "The Songlin Street tool library lent tools 1,240 times in its first year; it has 310 members and the street office pays 45% of its costs."),
                PUBLISHED, source, body, faq, List.of("社区", "共享"), List.of("城市生活"), List.of("工具图书馆"), List.of(), false, null, Map.of());
    }

    static StoredArticle stored(Article article) {
        return new StoredArticle(1, "tool-library", Status.PUBLISHED, 1, 1, 1, PUBLISHED, PUBLISHED.toInstant(), article);
    }

    static StoredArticle draft(Article article) {
        return new StoredArticle(2, "tool-library-draft", Status.DRAFT, 1, 1, 0, null, NOW.minusSeconds(3600), article);
    }

    static URI base() {
        return URI.create("https://news.example.com/");
    }

    /** The article with its first paragraph's English missing, as an import without a translation leaves it. */
    static Article untranslated() {
        Article a = article();
        List<Block> body = new ArrayList<>(a.body());
        body.set(0, body.get(0).withText(new Bilingual(body.get(0).text().zh(), "")).withFlags(Set.of(BlockFlag.UNTRANSLATED)));
        return a.withBlocks(body);
    }

    /** The article without any link to another site. */
    static Article unlinked() {
        Article a = article();
        List<Block> body = new ArrayList<>();
        for (Block b : a.body()) body.add(b.text().hasMarkup() ? b.withText(new Bilingual(b.text().zh(), b.text().en())) : b);
        return a.withBlocks(body);
    }

    private static Table.Cell cell(String text, boolean header) {
        String[] parts = text.split(" ", 2);
        return new Table.Cell(new Bilingual(parts[0], parts.length > 1 ? parts[1] : parts[0]), header, 1, 1);
    }
}
