package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Field;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import io.geopress.text.Script;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads a WeChat Official Account article ({@link WeChatPage}): its body is {@code #js_content}, taken whole (WeChat
 * hides it with {@code visibility: hidden} until its scripts run, so the page cleaner, which drops hidden elements,
 * never sees it), without the account cards, QR codes and follow-us lines editors put in; its images come from
 * {@code data-src}, sized by {@code data-w} and {@code data-ratio}, and a short line right below an image is its caption.
 */
final class WeChatArticle {
    static final String AGENT = "import:wechat";
    /** What is never the article inside {@code #js_content}: scripts, account and mini-program cards, QR codes. */
    private static final String FURNITURE = "script, style, noscript, mp-common-profile, mpprofile, .js_uneditable.mp_profile_iframe,"
            + " mp-miniprogram, .qr_code_pc, .qr_code_pc_outer, .js_wx_tap_highlight";
    private static final Pattern FOLLOW_US = Pattern.compile(
            "(?:点击|点)?(?:上方|下方|顶部)?(?:蓝字|蓝色字).{0,8}关注.{0,12}|(?:长按|扫描|扫码|识别).{0,6}二维码.{0,16}"
                    + "|(?:欢迎|记得|请)?(?:点赞|在看|分享|转发)(?:[、，,和与及\\s]*(?:点赞|在看|分享|转发))+.{0,4}"
                    + "|点(?:个|一下|亮)?[“\"「]?(?:在看|赞)[”\"」]?.{0,16}");
    private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");
    private static final Pattern CAPTION_START = Pattern.compile("^(?:图[：:丨|]|图片(?:来源|来自)|▲|△|↑|图为|摄影[：:]|来源[：:])");
    private static final Pattern SMALL_TYPE = Pattern.compile("font-size\\s*:\\s*(?:1[0-4]|[89])(?:\\.\\d+)?px");
    private static final Pattern GREY = Pattern.compile("color\\s*:\\s*(?:#(?:[89a-b][0-9a-f]){3}|#[89a-b][0-9a-f]{2}\\b|rgb\\(\\s*1[2-8]\\d)");
    private static final int MAX_CAPTION_CHARS = 60;

    private WeChatArticle() {}

    static Imported read(WeChatPage page, Document doc, SourceFile file, List<String> warnings) {
        Element content = page.content(file).clone();
        List<String> problems = new ArrayList<>();
        String title = page.title();
        if (title != null) Checks.title(file.name(), title);
        String url = page.url();
        content.select(FURNITURE).remove();
        content.select("[style]").stream().filter(e -> DISPLAY_NONE.matcher(e.attr("style")).find()).forEach(Element::remove);
        content.select("img").stream().filter(WeChatArticle::isQrCode).forEach(WeChatArticle::removeWithBlock);
        removeFollowUs(content);
        content.select("img").forEach(WeChatArticle::sized);
        for (Element img : content.select("img")) captioned(img, content);

        HtmlAddresses addresses = HtmlAddresses.of(doc, url, file.path() == null ? null : file.path().toAbsolutePath().getParent());
        HtmlReading reading = HtmlReading.of(file, 0, addresses, HtmlFootnotes.of(content));
        List<Candidate> candidates = new ArrayList<>(Boilerplate.strip(HtmlBlocks.of(content, reading), null));
        warnings.addAll(reading.warnings());
        if (candidates.isEmpty()) throw new ImportException(file.name(), "no text found in the WeChat article (#js_content)");
        Bilingual shown = HtmlImporter.takeTitle(title, candidates);
        if (shown.isEmpty()) shown = HtmlImporter.derivedTitle(candidates, file.name(), "page", warnings);
        BlockPairer.Result paired = BlockPairer.pair(HtmlBlocks.shiftHeadings(candidates), file);
        warnings.addAll(paired.warnings());
        String account = page.account();
        Source source = new Source(account == null ? Bilingual.EMPTY : Bilingual.of(Script.dominant(account), account), url,
                page.published(file.zone(), problems), shown, page.author());
        problems.forEach(p -> warnings.add(file.name() + ": " + p));
        Article article = new Article(shown, Bilingual.EMPTY, null, source, paired.blocks(), List.of(), List.of(), List.of(),
                List.of(), false, null, Map.of(Field.BODY, new Provenance(AGENT, file.name(), Instant.now(), false)));
        Imported imported = new Imported(file.name(), article, warnings, paired.untranslated(), List.of(), file.name(),
                reading.images());
        String key = page.key(url);
        return key == null ? imported : imported.withKey(key);
    }

    private static boolean isQrCode(Element img) {
        String said = (img.attr("data-src") + " " + img.attr("src") + " " + img.attr("alt") + " " + img.className())
                .toLowerCase(Locale.ROOT);
        return said.contains("qrcode") || said.contains("qr_code") || said.contains("二维码");
    }

    /** Removes an image and the block it stands alone in. */
    private static void removeWithBlock(Element img) {
        alone(img).remove();
    }

    /** The outermost element that holds the image and no text of its own (the image itself when none does). */
    private static Element alone(Element img) {
        Element block = img;
        while (block.parent() != null && !block.parent().id().equals("js_content")
                && block.parent().select("img").size() == 1 && MainContent.meaningful(HtmlText.text(block.parent())) == 0) {
            block = block.parent();
        }
        return block;
    }

    /** Drops the short paragraphs that only ask readers to follow, scan, like or share. */
    private static void removeFollowUs(Element content) {
        for (Element e : content.select("p, section")) {
            String text = HtmlText.text(e);
            if (!text.isEmpty() && text.length() <= 40 && e.select("img").isEmpty() && FOLLOW_US.matcher(text).matches()) e.remove();
        }
    }

    /** WeChat gives an image's width in {@code data-w} and its height as {@code data-ratio} of it. */
    private static void sized(Element img) {
        if (!img.attr("width").isBlank() || !img.attr("data-w").matches("\\d{1,5}")) return;
        int width = Integer.parseInt(img.attr("data-w"));
        img.attr("width", Integer.toString(width));
        if (img.attr("height").isBlank() && img.attr("data-ratio").matches("\\d{1,3}(?:\\.\\d{1,8})?")) {
            img.attr("height", Long.toString(Math.round(width * Double.parseDouble(img.attr("data-ratio")))));
        }
    }

    /**
     * Makes an image and the caption line right below it a {@code <figure>}: a short line of text that starts as
     * captions do ("图：", "▲") or is set small or grey, as WeChat's editors set them.
     */
    private static void captioned(Element img, Element content) {
        if (img.closest("figure") != null) return;
        Element block = alone(img);
        Element next = block.nextElementSibling();
        if (next == null || !next.select("img").isEmpty()) return;
        String text = HtmlText.text(next);
        if (text.isEmpty() || MainContent.meaningful(text) > MAX_CAPTION_CHARS || !looksLikeCaption(next, text)) return;
        Element figure = new Element("figure");
        figure.appendChild(img.clone());
        Element caption = figure.appendElement("figcaption");
        for (Node n : new ArrayList<>(next.childNodes())) caption.appendChild(n);
        block.replaceWith(figure);
        next.remove();
    }

    private static boolean looksLikeCaption(Element line, String text) {
        if (CAPTION_START.matcher(text).find()) return true;
        StringBuilder styles = new StringBuilder();
        for (Element e : line.getAllElements()) styles.append(e.attr("style").toLowerCase(Locale.ROOT)).append(';');
        return SMALL_TYPE.matcher(styles).find() || GREY.matcher(styles).find();
    }
}
