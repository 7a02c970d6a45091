package io.geopress.ingest;

import io.geopress.model.Bilingual;
import io.geopress.model.Source;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribution lines of a plain-text page: "发布时间:2026-03-11 10:42 文章来源:某报" and
 * "Release Date: 2026-03-11 10:42 Source: Some Daily", optionally "原文链接:" / "URL:" with the address.
 */
final class SourceLines {
    private static final Pattern ZH_LINE = Pattern.compile("^(发布时间|发布日期|文章来源|来源|原文链接)\\s*[:：].*");
    private static final Pattern EN_LINE = Pattern.compile("(?i)^(Release Date|Published|Source|Original URL|URL)\\s*:.*");
    private static final Pattern ZH_NAME = Pattern.compile("(?:文章)?来源\\s*+[:：]");
    private static final Pattern ZH_NAME_END = Pattern.compile("原文链接");
    private static final Pattern EN_NAME = Pattern.compile("(?i)\\bSource\\s*+:");
    private static final Pattern EN_NAME_END = Pattern.compile("(?i)\\bURL\\s*+:");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private SourceLines() {}

    static int count(List<Line> lines, int from) {
        int n = 0;
        while (from + n < lines.size() && isSourceLine(lines.get(from + n).text())) n++;
        return n;
    }

    static Source read(List<Line> lines, int from, SourceFile file, Bilingual pageTitle, Bilingual sourceTitle) {
        String zhName = "";
        String enName = "";
        String url = null;
        OffsetDateTime published = null;
        for (Line l : lines.subList(from, from + count(lines, from))) {
            String t = l.text();
            Matcher url1 = URL.matcher(t);
            if (url1.find()) url = url1.group();
            if (published == null) published = Dates.find(t, file.zone());
            String zh = ZH_LINE.matcher(t).matches() ? name(t, ZH_NAME, ZH_NAME_END) : "";
            if (!zh.isEmpty()) zhName = zh;
            String en = EN_LINE.matcher(t).matches() ? name(t, EN_NAME, EN_NAME_END) : "";
            if (!en.isEmpty()) enName = en;
        }
        if (url != null) {
            zhName = zhName.replace(url, "").strip();
            enName = enName.replace(url, "").strip();
        }
        return new Source(new Bilingual(zhName, enName), url, published, sourceTitle);
    }

    /**
     * What follows {@code label} on the line, up to {@code end} if it comes: found without a regular expression
     * around the name, which backtracked over long runs of white space.
     */
    private static String name(String line, Pattern label, Pattern end) {
        Matcher m = label.matcher(line);
        if (!m.find()) return "";
        String rest = line.substring(m.end());
        Matcher stop = end.matcher(rest);
        return (stop.find() ? rest.substring(0, stop.start()) : rest).strip();
    }

    static boolean isSourceLine(String t) {
        return ZH_LINE.matcher(t).matches() || EN_LINE.matcher(t).matches();
    }
}
