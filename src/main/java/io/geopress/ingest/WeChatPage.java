package io.geopress.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a WeChat Official Account page ({@code mp.weixin.qq.com}) says about its article: the page writes most of it
 * into script variables ({@code var msg_title = '…'}, {@code var nickname}, {@code var ct = "1700000000"}) for its
 * scripts to show, so a saved page holds it there when its markup is still empty. Also tells a page that is not the
 * article (a verification, a deleted or blocked article) by the words WeChat shows on it.
 */
final class WeChatPage {
    static final String HOST = "mp.weixin.qq.com";
    /** The query parameters that name an article; the rest ({@code chksm}, {@code scene}, …) are tracking. */
    private static final List<String> ARTICLE_PARAMETERS = List.of("__biz", "mid", "idx", "sn");
    private static final Map<String, String> NOT_THE_ARTICLE = new LinkedHashMap<>();

    static {
        NOT_THE_ARTICLE.put("环境异常", "a WeChat verification page (环境异常, \"environment abnormal\")");
        NOT_THE_ARTICLE.put("完成验证后即可继续访问", "a WeChat verification page (完成验证后即可继续访问)");
        NOT_THE_ARTICLE.put("请在微信客户端打开链接", "a page asking for the WeChat app (请在微信客户端打开链接)");
        NOT_THE_ARTICLE.put("该内容已被发布者删除", "the page of an article its publisher deleted (该内容已被发布者删除)");
        NOT_THE_ARTICLE.put("此内容因违规无法查看", "the page of an article blocked for breaking the rules (此内容因违规无法查看)");
        NOT_THE_ARTICLE.put("此内容被投诉且经审核涉嫌侵权", "the page of an article removed after a complaint (此内容被投诉且经审核涉嫌侵权)");
    }

    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))");

    private final Document doc;
    private final String scripts;

    private WeChatPage(Document doc) {
        this.doc = doc;
        StringBuilder all = new StringBuilder();
        for (Element script : doc.select("script")) all.append(script.data()).append('\n');
        this.scripts = all.toString();
    }

    /**
     * The page as a WeChat article page when it is one: its address (Open Graph, canonical) on {@value #HOST}, or its
     * content element {@code #js_content} with WeChat's script variables, or one of WeChat's message pages (a
     * {@code weui-msg} block on a page loading WeChat's scripts). Null for any other page.
     */
    static WeChatPage of(Document doc) {
        WeChatPage page = new WeChatPage(doc);
        String url = page.meta("og:url");
        String canonical = doc.select("link[rel=canonical]").attr("href");
        boolean ours = isWeChat(url) || isWeChat(canonical)
                || doc.getElementById("js_content") != null && (page.variable("msg_title") != null || page.variable("nickname") != null)
                || doc.selectFirst(".weui-msg") != null && (page.scripts.contains(HOST) || doc.html().contains("res.wx.qq.com"));
        return ours ? page : null;
    }

    /** The article's element, or an error naming what the page is instead. */
    Element content(SourceFile file) {
        Element content = doc.getElementById("js_content");
        if (content != null && MainContent.meaningful(HtmlText.text(content)) + content.select("img").size() > 0) return content;
        String text = HtmlText.text(doc.body() == null ? doc : doc.body()) + " " + doc.title();
        for (Map.Entry<String, String> words : NOT_THE_ARTICLE.entrySet()) {
            if (text.contains(words.getKey())) {
                throw new ImportException(file.name(), words.getValue() + ", not the article: open the link in a browser"
                        + " (in WeChat, if it asks) and save the page once the article shows");
            }
        }
        throw new ImportException(file.name(), "a WeChat page without its article (no #js_content with text)");
    }

    String title() {
        return first(meta("og:title"), text("#activity-name"), text(".rich_media_title"), variable("msg_title"));
    }

    /** The account's name, the article's publisher. */
    String account() {
        return first(text("#js_name"), variable("nickname"), text(".profile_nickname"));
    }

    String author() {
        return first(meta("author"), text("#js_author_name"), variable("author"));
    }

    /**
     * When it was published: a meta tag, else the time the page shows ({@code #publish_time}), else its script
     * variables ({@code ct} and {@code create_time} in seconds, {@code publish_time} as a date), in the site's zone.
     */
    OffsetDateTime published(ZoneId zone, List<String> problems) {
        for (String text : new String[] {meta("article:published_time"), text("#publish_time"), variable("ct"),
                variable("create_time"), variable("publish_time")}) {
            if (text == null || text.isBlank()) continue;
            OffsetDateTime date = text.matches("\\d{9,11}")
                    ? Instant.ofEpochSecond(Long.parseLong(text)).atZone(zone).toOffsetDateTime() : Dates.find(text, zone);
            if (date != null && Checks.plausible(date)) return date;
            problems.add("cannot read the publication time '" + BlockPairer.head(text) + "'");
        }
        return null;
    }

    /** The article's address without tracking: the scheme https, the query only {@code __biz}, {@code mid}, {@code idx}, {@code sn}. */
    String url() {
        String given = first(meta("og:url"), variable("msg_link"), doc.select("link[rel=canonical]").attr("href"));
        if (!isWeChat(given)) return null;
        URI uri = URI.create(given.strip().replace(" ", "%20"));
        Map<String, String> query = query(uri.getRawQuery());
        List<String> kept = new ArrayList<>();
        for (String name : ARTICLE_PARAMETERS) if (query.containsKey(name)) kept.add(name + "=" + query.get(name));
        return "https://" + HOST + uri.getRawPath() + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    /** {@code wechat:BIZ:MID:IDX} when the address or the script variables give all three, else null. */
    String key(String url) {
        Map<String, String> query = url == null ? Map.of() : query(URI.create(url).getRawQuery());
        String biz = first(query.get("__biz"), variable("biz"));
        String mid = first(query.get("mid"), variable("mid"), variable("appmsgid"));
        String idx = first(query.get("idx"), variable("idx"));
        return biz == null || mid == null || idx == null ? null : "wechat:" + biz + ":" + mid + ":" + idx;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null) return values;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && !pair.substring(eq + 1).isEmpty()) values.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }

    private static boolean isWeChat(String url) {
        if (url == null || url.isBlank()) return false;
        try {
            URI uri = new URI(url.strip().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && HOST.equalsIgnoreCase(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The first value the page's scripts give {@code name}: {@code var name = "…"}, {@code name: '…'}, or through
     * {@code htmlDecode("…")}, {@code JsDecode('…')}; a value with nothing but blanks counts as none.
     */
    String variable(String name) {
        Pattern assignment = Pattern.compile("(?<![\\w.$])" + Pattern.quote(name)
                + "\\s*[=:]\\s*(?:[\\w.]+\\(\\s*)?(?:\"((?:\\\\.|[^\"\\\\\\n])*)\"|'((?:\\\\.|[^'\\\\\\n])*)'|(\\d{9,11})\\b)");
        Matcher m = assignment.matcher(scripts);
        while (m.find()) {
            String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String value = HtmlText.collapse(Parser.unescapeEntities(unescaped(raw), false));
            if (!value.isEmpty()) return value;
        }
        return null;
    }

    /** A JavaScript string literal's text: {@code \x26}, {@code \u003c}, {@code \'} and the like decoded. */
    private static String unescaped(String literal) {
        Matcher m = ESCAPE.matcher(literal);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String c = m.group(1) != null ? String.valueOf((char) Integer.parseInt(m.group(1), 16))
                    : m.group(2) != null ? String.valueOf((char) Integer.parseInt(m.group(2), 16))
                    : switch (m.group(3)) {
                        case "n" -> "\n";
                        case "t" -> "\t";
                        default -> m.group(3);
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String meta(String key) {
        for (Element m : doc.select("meta[property], meta[name]")) {
            String name = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (name.equalsIgnoreCase(key) && !m.attr("content").isBlank()) return HtmlText.collapse(m.attr("content"));
        }
        return null;
    }

    private String text(String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : HtmlText.text(e);
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
