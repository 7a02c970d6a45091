package io.geopress.measure.audit;

import io.geopress.measure.audit.Audit.Check;
import io.geopress.model.Bilingual;
import io.geopress.model.Lang;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the GEO paper found engines cite more: statistics, quotations and cited sources, each per 1,000 units of body
 * (see {@link BodyText}); and tables where the paragraphs are full of figures.
 */
final class EvidenceChecks {
    static final int STATISTICS = 7;
    static final int QUOTATIONS = 5;
    static final int SOURCES = 8;
    static final int TABLES = 5;
    /** Per 1,000 units: at or above it a check passes, below it it gets its share. */
    static final double STATISTICS_WANTED = 4;
    static final double QUOTATIONS_WANTED = 1;
    static final double SOURCES_WANTED = 2;
    /** Figures in one language's paragraphs from which a table would serve readers and engines better. */
    static final int FIGURES_FOR_A_TABLE = 8;

    private static final String NUMBER = "\\d+(?:[.,]\\d+)*";
    private static final Pattern ENGLISH_STATISTIC = Pattern.compile("(?i)(?:[$€£¥]\\s?" + NUMBER + ")|(?:" + NUMBER
            + "\\s*(?:%|percent\\b|per cent\\b|(?:million|billion|thousand|hundred|km|kg|mg|cm|mm|m|g|t|kwh|mw|gw|tonnes?|tons?"
            + "|kilomet(?:re|er)s?|met(?:re|er)s?|litres?|liters?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|people"
            + "|residents|members|volunteers|students|users|households|farms?|shops?|stations?|times|yuan|rmb|dollars?|euros?"
            + "|°c|degrees?|hectares?|acres?|mu|species|cases|jobs|visitors|trips)\\b))");
    private static final Pattern CHINESE_STATISTIC = Pattern.compile("(" + NUMBER + ")\\s*(%|％|个月|个|人|名|位|万|亿|千|百|元|美元"
            + "|吨|公斤|千克|克|公里|千米|平方米|米|厘米|毫米|年|天|小时|分钟|秒|岁|座|条|家|次|倍|度|户|所|台|辆|项|篇|份|亩|公顷|升|件|种|周)");
    private static final Pattern QUOTATION = Pattern.compile("“[^”]{2,300}”|「[^」]{2,300}」|『[^』]{2,300}』|\"[^\"\\n]{2,300}\"");
    private static final Pattern FIGURE = Pattern.compile(NUMBER);

    private EvidenceChecks() {}

    static Check statistics(Subject s) {
        BodyText body = BodyText.of(s.stored().article());
        int count = 0;
        for (String zh : body.in(Lang.ZH)) count += chineseStatistics(zh);
        for (String en : body.in(Lang.EN)) count += count(ENGLISH_STATISTIC, en);
        return density("statistics", new Bilingual("统计数字", "Statistics"), STATISTICS, count, body.units(), STATISTICS_WANTED,
                new Bilingual("个带单位或百分号的数字", "figures with a unit or a percent sign"),
                new Bilingual("用原文或来源里的具体数字（带单位、百分比）说明要点，不要编造", "state the point with figures (units, percentages) from the article or its source, never invented ones"));
    }

    static Check quotations(Subject s) {
        BodyText body = BodyText.of(s.stored().article());
        int count = body.quoteBlocks();
        for (Lang lang : Lang.values()) for (String text : body.in(lang)) count += count(QUOTATION, text);
        return density("quotations", new Bilingual("引语", "Quotations"), QUOTATIONS, count, body.units(), QUOTATIONS_WANTED,
                new Bilingual("处引语（引号内文字、引用块）", "quotations (quoted strings, block quotes)"),
                new Bilingual("引用来源中有名有姓的人说过的原话", "quote what named people in the source actually said"));
    }

    static Check sources(Subject s) {
        BodyText body = BodyText.of(s.stored().article());
        int count = body.outboundLinks(s.config().baseUrl().getHost()).size();
        return density("sources", new Bilingual("引用来源", "Cited sources"), SOURCES, count, body.units(), SOURCES_WANTED,
                new Bilingual("个站外链接（不重复）", "distinct links to other sites"),
                new Bilingual("在正文中链接到数字和说法的出处", "link the figures and claims in the body to where they come from"));
    }

    static Check tables(Subject s) {
        BodyText body = BodyText.of(s.stored().article());
        int figures = 0;
        for (Lang lang : Lang.values()) {
            int n = 0;
            for (String text : body.running(lang)) n += count(FIGURE, text);
            figures = Math.max(figures, n);
        }
        Bilingual label = new Bilingual("数字用表格", "Tables for figures");
        Bilingual found = new Bilingual("段落中 " + figures + " 个数字，" + body.tables() + " 个表格",
                figures + " figures in paragraphs, " + body.tables() + " tables");
        boolean wanted = figures >= FIGURES_FOR_A_TABLE && body.tables() == 0;
        return Check.of("tables", label, TABLES, wanted ? 0.5 : 1, found,
                new Bilingual("把段落里成组的数字整理成表格", "put the paragraphs' figures in a table"));
    }

    private static Check density(String name, Bilingual label, int weight, int count, int units, double wanted, Bilingual what,
            Bilingual fix) {
        double per1000 = BodyText.per1000(count, units);
        String rate = String.format(Locale.ROOT, "%.1f", per1000);
        String target = String.format(Locale.ROOT, "%.0f", wanted);
        Bilingual found = new Bilingual(count + " " + what.zh() + "，每千单位 " + rate + "（目标 " + target + "；单位：中文字与英文词，共 " + units + "）",
                count + " " + what.en() + ", " + rate + " per 1,000 units (wanted " + target + "; units: Chinese characters and English words, "
                        + units + " in all)");
        return Check.of(name, label, weight, per1000 / wanted, found, fix);
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Figures with a unit in Chinese; a year ("2024年") is a date, not a statistic. */
    private static int chineseStatistics(String text) {
        Matcher m = CHINESE_STATISTIC.matcher(text);
        int n = 0;
        while (m.find()) {
            boolean year = m.group(2).equals("年") && m.group(1).matches("(19|20|21)\\d\\d");
            if (!year) n++;
        }
        return n;
    }
}
