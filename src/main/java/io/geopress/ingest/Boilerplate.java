package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of page furniture that sit inside an article's region, told by what they say, in both languages: bylines and
 * dates, share and print bars, gallery controls, tag lines, copyright and editor lines (责任编辑, 来源); and the
 * lists of other articles ("Related articles", 相关阅读), runs of the site's other headlines, calls to subscribe or
 * write to the author at the end; and copies of a figure's caption ({@link CaptionCopies}).
 */
final class Boilerplate {
    /** Longer than this, a line is the article's own sentence, whatever it starts with. */
    private static final int MAX_LINE = 100;
    /** Longer than this, a line of links is the article's own text. */
    private static final int MAX_LINK_LINE = 150;
    /** A line in capitals this long is not an acronym. */
    private static final int MIN_SHOUTED = 12;
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String DATE = "(\\d{4}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}\\s*日?"
            + "|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4})";
    private static final Pattern FURNITURE = Pattern.compile("(?iu)"
            + "(by|written by|posted by|words by|reporting by|photos? by|photograph by|image|photo|credit|source)\\b.*|\\((image|photo|credit)s?:.*"
            + "|(published|updated|posted|last updated|first published|last modified)\\b.*"
            + "|share( this| on)?( article| story| post| page)?:?|share (this |it )?(on|via) \\w+|also on \\S+.*|tweet|e-?mail|print|comments?|\\d+ comments?|sponsored"
            + "|ad|ads|advert|adverts|advertisement|.*(requires|enable) javascript.*|(post|add|leave|write) (a )?comments?.*"
            + "|\\d+\\s*(/|of)\\s*\\d+|[-–«‹<]?\\s*(previous|next|prev|older|newer)( post| article| story| page| entry| .{0,20} news)?\\s*[-–»›>]?"
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
    /** A line with a date and a time, anywhere, and no sentence's end: a byline or a teaser's stamp. */
    private static final Pattern STAMP = Pattern.compile("(?iu).{0,50}?" + DATE + "[\\s,|@at]+\\d{1,2}[:.]\\d{2}.{0,50}(?<![.!?。])");
    /** How many lines from either end of the article a dateline may be. */
    private static final int DATELINE_REACH = 3;
    /**
     * What a newsletter box, an app or forum promotion, a share prompt or the author's contact line says, in the last
     * lines of an article (where a sentence of the article rarely says it).
     */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)(^|[.!?]\\s+)(subscribe|sign up)\\b|newsletters?\\b|subscriptions? (service|offer)|in your inbox|click(ing)? here"
            + "|share (it|this)( story| article)? with|follow (us|him|her|them|me) (on|at)|join (our|us)|tell us what you think"
            + "|(may|can) be reached at|reach (the )?(reporters?|writers?|authors?|him|her) (at|on)|have a (news )?tip\\b|news tip"
            + "|twitter\\.com/|欢迎关注|关注我们|投稿邮箱|扫码关注|长按二维码");
    /** How many text lines from the end a call to action may be, and how long it may be. */
    private static final int CALL_TO_ACTION_REACH = 6;
    private static final int MAX_CALL_TO_ACTION = 250;
    /** What heads the list of other articles at the end of an article, in both languages. */
    private static final Pattern END = Pattern.compile("(?iu)\\W*("
            + "related( articles| stories| posts| content| news| coverage| reading| links| tags| topics)?|you (may|might) (also )?like.*"
            + "|read next|up next|more|more (from|on|in) .{0,40}|more stories.*|most (read|popular|viewed).*|recommended( for you| articles| stories)?"
            + "|trending( now| stories)?|popular (posts|stories|articles)|further reading|see also|also read|don't miss.*|tags|topics"
            + "|相关阅读|推荐阅读|相关文章|相关新闻|相关推荐|延伸阅读|猜你喜欢|热门推荐|热门文章|更多精彩|精彩推荐|往期回顾|往期推荐|大家都在看)\\W*");

    /** A heading of one word that heads a section of the article as often as a list of links. */
    private static final Pattern BARE_END = Pattern.compile("(?iu)\\W*(more|tags|topics)\\W*");

    private Boilerplate() {}

    /**
     * The candidates without furniture lines; a heading of other articles goes with the run of link-only or short
     * lines after it (a "Don't miss" box inside the article leaves the article's next paragraph), and so does a run of
     * lines that are each a link and nothing else; a line that says again what a figure's caption says goes, as a
     * gallery shows its captions more than once; and so does a line that is only the address of a page on the
     * article's own site.
     */
    static List<Candidate> strip(List<Candidate> candidates, String host) {
        List<Candidate> kept = new ArrayList<>();
        int size = candidates.size();
        int textLines = (int) candidates.stream().filter(Boilerplate::isText).count();
        int textLine = 0;
        for (int i = 0; i < size; i++) {
            Candidate c = candidates.get(i);
            if (isText(c)) textLine++;
            if (isLine(c, END)) {
                // early on, or under a bare word ("More", "Tags"), short lines after such a heading are the article's
                boolean late = i >= size / 3 && !BARE_END.matcher(c.text().strip()).matches();
                while (i + 1 < size && (late ? isAside(candidates.get(i + 1)) : isLinkLine(candidates.get(i + 1), null))) i++;
            } else if (isLinkLine(c, host) && (i + 1 < size && isLinkLine(candidates.get(i + 1), host) || isShouted(c))) {
                while (i + 1 < size && isLinkLine(candidates.get(i + 1), host)) i++;
            } else if (!isFurniture(c, i, size) && !isOwnAddress(c, host)
                    && !(textLines - textLine < CALL_TO_ACTION_REACH && isCallToAction(c))) {
                kept.add(c);
            }
        }
        return CaptionCopies.without(kept);
    }

    /**
     * A line that is a link and nothing else, as long as a headline at most: to another page of the site on
     * {@code host} (the site's other articles; a shop's links in a buying guide are its content), or to anywhere
     * when {@code host} is null.
     */
    private static boolean isLinkLine(Candidate c, String host) {
        if (!isText(c)) return false;
        int all = MainContent.meaningful(c.text());
        return all > 0 && all <= MAX_LINK_LINE && linked(c.nodes(), host) * 10 >= all * 9;
    }

    /** A link in capitals: another article's headline or an app's promotion set in the text. */
    private static boolean isShouted(Candidate c) {
        String text = c.text();
        int letters = MainContent.meaningful(text);
        return letters >= MIN_SHOUTED && text.codePoints().filter(Character::isUpperCase).count() * 10 >= letters * 8;
    }

    private static boolean isFurniture(Candidate c, int i, int size) {
        // a list's dates and times are a timetable's or a chronology's
        return isLine(c, FURNITURE) || c.kind() == BlockKind.PARAGRAPH && (isLine(c, STAMP) || isNearAnEnd(i, size) && isLine(c, DATELINE));
    }

    private static boolean isCallToAction(Candidate c) {
        return isText(c) && c.kind() != BlockKind.LIST_ITEM && c.text().strip().length() <= MAX_CALL_TO_ACTION
                && CALL_TO_ACTION.matcher(c.text()).find();
    }

    /** A line that is one address, of a page on {@code host}. */
    private static boolean isOwnAddress(Candidate c, String host) {
        String text = c.text().strip();
        if (host == null || !isText(c) || !(text.startsWith("http://") || text.startsWith("https://")) || text.matches(".*\\s.*")) return false;
        try {
            return URI.create(text).getHost() != null && isOnSite(text, host);
        } catch (IllegalArgumentException e) {
            return false;
        }
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
        return all <= MAX_LINE || linked(c.nodes(), null) * 10 >= all * 8;
    }

    /** Letters inside links (to pages on {@code host}, when it is not null). */
    private static int linked(List<Inline> nodes, String host) {
        int n = 0;
        for (Inline node : nodes) {
            if (node instanceof Inline.Link link && (host == null || isOnSite(link.url(), host))) {
                n += MainContent.meaningful(Inline.plain(link.children()));
            } else if (node instanceof Inline.Styled styled) {
                n += linked(styled.children(), host);
            }
        }
        return n;
    }

    /** Whether an address leads to {@code host} (or its www. twin), or has no host of its own. */
    private static boolean isOnSite(String url, String host) {
        try {
            String its = URI.create(url).getHost();
            return its == null || bare(its).equalsIgnoreCase(bare(host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String bare(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    static boolean isText(Candidate c) {
        return c.kind() == BlockKind.HEADING || c.kind() == BlockKind.PARAGRAPH || c.kind() == BlockKind.LIST_ITEM;
    }
}
