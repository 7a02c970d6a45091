package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of page furniture that sit inside an article's region, told by what they say, in both languages: bylines and
 * dates, share and print bars, gallery controls, tag lines, copyright and editor lines (责任编辑, 来源); and the
 * lists of other articles ("Related articles", 相关阅读); and a figure whose caption was said before.
 */
final class Boilerplate {
    /** Longer than this, a line is the article's own sentence, whatever it starts with. */
    private static final int MAX_LINE = 100;
    /** A caption this long said twice is a gallery's, showing the image again (a copy for phones, a slide). */
    private static final int MIN_REPEATED = 30;
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String DATE = "(\\d{4}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}\\s*日?"
            + "|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4})";
    private static final Pattern FURNITURE = Pattern.compile("(?iu)"
            + "(by|written by|posted by|words by|reporting by|photos? by|photograph by|image|photo|credit|source)\\b.*"
            + "|(published|updated|posted|last updated|first published|last modified)\\b.*"
            + "|share( this| on)?( article| story| post| page)?:?|tweet|e-?mail|print|comments?|\\d+ comments?|advertisement|sponsored"
            + "|close|caption|video|enlarge( this)? image|text size|back to gallery|image \\d+ of.*"
            + "|(related|see more|read more|also read|read also|watch|more)\\s*:.*"
            + "|tags?:.*|topics:?.*|filed under.*|more on:?|see also:?|read more.*|click here.*|sign up.*|subscribe.*"
            + "|follow us.*|view author archive|email the author|get author rss feed|follow on (twitter|facebook)"
            + "|whatsapp( facebook)?.*|(©|\\(c\\)|copyright|all rights reserved).*"
            + "|[（(【\\[]?\\s*(责任编辑|编辑|作者|来源|记者|本文来源|原标题|图片来源|图源|摄影|校对|审核|监制|出品|文字|文|图片|图)\\s*[:：|｜丨].*"
            + "|分享到.*|(版权所有|版权声明|著作权归|转载请注明|未经授权).*|(点击|扫码|长按).{0,6}(关注|识别|二维码|阅读原文).*"
            + "|((阅读原文|阅读|在看|点赞|赞|分享|转发|收藏|留言|评论|举报|打印|关闭|打赏)\\s*\\d*\\s*[·|/、]?\\s*)+|(发表|网友|我要|查看)评论.*|(上一篇|下一篇)\\s*[:：].*"
            + "|" + DATE + "([\\s,|@at]+\\d{1,2}[:.]\\d{2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?\\s*[a-z]{0,4})?");
    /** A short line with a date near the top or the end of an article: its byline, its "posted on" line. */
    private static final Pattern DATELINE = Pattern.compile("(?iu).{0,30}?" + DATE + ".{0,40}");
    /** How many lines from either end of the article a dateline may be. */
    private static final int DATELINE_REACH = 3;
    /** What heads the list of other articles at the end of an article, in both languages. */
    private static final Pattern END = Pattern.compile("(?iu)\\W*("
            + "related( articles| stories| posts| content| news| coverage| reading| links)?|you (may|might) (also )?like.*"
            + "|read next|up next|more (from|on|in) .{0,40}|more stories.*|most (read|popular|viewed).*|recommended( for you| articles| stories)?"
            + "|trending( now| stories)?|popular (posts|stories|articles)|further reading|see also|also read|don't miss.*"
            + "|相关阅读|推荐阅读|相关文章|相关新闻|相关推荐|延伸阅读|猜你喜欢|热门推荐|热门文章|更多精彩|精彩推荐|往期回顾|往期推荐|大家都在看)\\W*");

    private Boilerplate() {}

    /**
     * The candidates without furniture lines; a heading of other articles goes with the run of link-only or short
     * lines after it (a "Don't miss" box inside the article leaves the article's next paragraph).
     */
    static List<Candidate> strip(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            boolean repeated = c.kind() == BlockKind.FIGURE && MainContent.meaningful(c.text()) >= MIN_REPEATED
                    && !seen.add(c.kind() + c.text().strip());
            if (repeated) continue;
            if (isLine(c, END) && i >= candidates.size() / 3) {
                while (i + 1 < candidates.size() && isAside(candidates.get(i + 1))) i++;
            } else if (!isLine(c, FURNITURE) && !(isNearAnEnd(i, candidates.size()) && isLine(c, DATELINE))) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static boolean isNearAnEnd(int i, int size) {
        return i < DATELINE_REACH || i >= size - DATELINE_REACH;
    }

    private static boolean isLine(Candidate c, Pattern pattern) {
        String text = c.text().strip();
        return isText(c) && text.length() <= MAX_LINE && pattern.matcher(text).matches();
    }

    /** A line of a list of other articles: a link, a short line, or a thumbnail. */
    private static boolean isAside(Candidate c) {
        if (c.kind() == BlockKind.FIGURE) return true;
        if (!isText(c)) return false;
        int all = MainContent.meaningful(c.text());
        return all <= MAX_LINE || linked(c.nodes()) * 10 >= all * 8;
    }

    private static int linked(List<Inline> nodes) {
        int n = 0;
        for (Inline node : nodes) {
            if (node instanceof Inline.Link link) n += MainContent.meaningful(Inline.plain(link.children()));
            else if (node instanceof Inline.Styled styled) n += linked(styled.children());
        }
        return n;
    }

    private static boolean isText(Candidate c) {
        return c.kind() == BlockKind.HEADING || c.kind() == BlockKind.PARAGRAPH || c.kind() == BlockKind.LIST_ITEM;
    }
}
