package io.geopress.config;

import io.geopress.model.Bilingual;
import io.geopress.model.Lang;
import java.net.URI;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A site's settings, from {@code geopress.yml}.
 *
 * @param title the site name, shown at the top of every page
 * @param baseUrl the public address of the site, ending in a slash; canonical URLs and share links use it
 * @param timeZone for source dates that carry none, and for showing dates
 * @param pageSize articles per page of the article list
 * @param disclaimer the default disclaimer, paragraph by paragraph, shown where an article brings none
 * @param crawlers for each crawler's user agent, whether robots.txt lets it in; {@code *} stands for all others
 * @param languages the languages pages show, in order: the first is the pages' main language, shown first; with
 *     one, pages show that language alone and have no reading switch
 * @param readingMode what a page shows before the reader chooses: {@code both}, or one of {@code languages}; with
 *     one language, that language
 * @param share the share targets each article offers, in order
 * @param icp the ICP record number (备案号) shown in the footer, or null
 * @param publicSecurity the public-security record (公安备案号) shown in the footer, or null
 * @param about the about page, paragraph by paragraph
 * @param contact where readers ask for a correction or a takedown (an e-mail address or a URL), or null
 * @param contentSecurityPolicy the {@code Content-Security-Policy} of every response; null for
 *     {@link #DEFAULT_CONTENT_SECURITY_POLICY}, and {@code frame-ancestors 'self'} is added to one without
 *     {@code frame-ancestors}
 * @param linkRel what the {@code rel} of a link to another site holds beside {@code noopener}: some of
 *     {@link #LINK_RELS}, none by default
 */
public record SiteConfig(Bilingual title, URI baseUrl, ZoneId timeZone, int pageSize, List<Bilingual> disclaimer,
        Map<String, Boolean> crawlers, List<Lang> languages, String readingMode, List<String> share, String icp, String publicSecurity,
        List<Bilingual> about, String contact, String contentSecurityPolicy, List<String> linkRel) {
    public static final String FILE_NAME = "geopress.yml";

    /**
     * Only the site's own scripts, styles, frames and forms; images from anywhere over https (an article's
     * figures) and data URIs (the WeChat QR code).
     */
    public static final String DEFAULT_CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
            + "script-src 'self'; style-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    public static final List<String> READING_MODES = List.of("both", "zh", "en");
    /** The languages a site shows unless it says otherwise: Chinese first, English under it. */
    public static final List<Lang> LANGUAGES = List.of(Lang.ZH, Lang.EN);
    public static final List<String> SHARE_TARGETS = List.of("weibo", "wechat", "x", "linkedin", "copy");
    /** What a site may add to the {@code rel} of its articles' external links: not endorsed, written by users. */
    public static final List<String> LINK_RELS = List.of("nofollow", "ugc");

    /** The AI and search crawlers a GEO site wants to let in (or keep out) by name. */
    public static final List<String> KNOWN_CRAWLERS = List.of("GPTBot", "OAI-SearchBot", "ChatGPT-User", "ClaudeBot",
            "PerplexityBot", "Google-Extended", "CCBot", "Bytespider", "Baiduspider");

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeZone, "timeZone");
        if (!baseUrl.toString().endsWith("/")) baseUrl = URI.create(baseUrl + "/");
        if (pageSize < 1) throw new IllegalArgumentException("page size must be at least 1");
        disclaimer = List.copyOf(disclaimer);
        crawlers = Collections.unmodifiableMap(new LinkedHashMap<>(crawlers));
        languages = List.copyOf(languages);
        if (languages.isEmpty() || Set.copyOf(languages).size() != languages.size()) {
            throw new IllegalArgumentException("languages: " + languages);
        }
        // both languages of a site that shows one is that one
        if (languages.size() == 1 && "both".equals(readingMode)) readingMode = languages.get(0).code();
        if (!READING_MODES.contains(readingMode) || !readingMode.equals("both") && !languages.contains(Lang.ofCode(readingMode))) {
            throw new IllegalArgumentException("reading mode " + readingMode + " with languages " + languages);
        }
        share = List.copyOf(share);
        icp = icp == null || icp.isBlank() ? null : icp.strip();
        publicSecurity = publicSecurity == null || publicSecurity.isBlank() ? null : publicSecurity.strip();
        about = List.copyOf(about);
        contact = contact == null || contact.isBlank() ? null : contact.strip();
        contentSecurityPolicy = contentSecurityPolicy == null ? DEFAULT_CONTENT_SECURITY_POLICY : contentSecurityPolicy.strip();
        if (!isHeaderValue(contentSecurityPolicy)) {
            throw new IllegalArgumentException("a content security policy is printable ASCII on one line: " + contentSecurityPolicy);
        }
        if (!contentSecurityPolicy.contains("frame-ancestors")) {
            contentSecurityPolicy = contentSecurityPolicy.replaceAll(";?\\s*$", "") + "; frame-ancestors 'self'";
        }
        linkRel = List.copyOf(linkRel == null ? List.of() : linkRel);
        if (!LINK_RELS.containsAll(linkRel) || Set.copyOf(linkRel).size() != linkRel.size()) {
            throw new IllegalArgumentException("link rel: " + linkRel + " (each of " + LINK_RELS + " at most once)");
        }
    }

    /** Settings without {@link #linkRel}: external links have {@code rel="noopener"} alone. */
    public SiteConfig(Bilingual title, URI baseUrl, ZoneId timeZone, int pageSize, List<Bilingual> disclaimer,
            Map<String, Boolean> crawlers, List<Lang> languages, String readingMode, List<String> share, String icp,
            String publicSecurity, List<Bilingual> about, String contact, String contentSecurityPolicy) {
        this(title, baseUrl, timeZone, pageSize, disclaimer, crawlers, languages, readingMode, share, icp, publicSecurity,
                about, contact, contentSecurityPolicy, List.of());
    }

    public SiteConfig withPageSize(int size) {
        return new SiteConfig(title, baseUrl, timeZone, size, disclaimer, crawlers, languages, readingMode, share, icp,
                publicSecurity, about, contact, contentSecurityPolicy, linkRel);
    }

    public SiteConfig withCrawlers(Map<String, Boolean> policy) {
        return new SiteConfig(title, baseUrl, timeZone, pageSize, disclaimer, policy, languages, readingMode, share, icp,
                publicSecurity, about, contact, contentSecurityPolicy, linkRel);
    }

    public SiteConfig withFooter(String icpNumber, String publicSecurityNumber) {
        return new SiteConfig(title, baseUrl, timeZone, pageSize, disclaimer, crawlers, languages, readingMode, share,
                icpNumber, publicSecurityNumber, about, contact, contentSecurityPolicy, linkRel);
    }

    /** The languages in {@code shown}'s order, the first being the main one; {@code mode} as {@link #readingMode}. */
    public SiteConfig withLanguages(List<Lang> shown, String mode) {
        return new SiteConfig(title, baseUrl, timeZone, pageSize, disclaimer, crawlers, shown, mode, share, icp,
                publicSecurity, about, contact, contentSecurityPolicy, linkRel);
    }

    public SiteConfig withContentSecurityPolicy(String policy) {
        return new SiteConfig(title, baseUrl, timeZone, pageSize, disclaimer, crawlers, languages, readingMode, share, icp,
                publicSecurity, about, contact, policy, linkRel);
    }

    /** The same settings with external links' {@code rel} holding {@code tokens} beside {@code noopener}. */
    public SiteConfig withLinkRel(List<String> tokens) {
        return new SiteConfig(title, baseUrl, timeZone, pageSize, disclaimer, crawlers, languages, readingMode, share, icp,
                publicSecurity, about, contact, contentSecurityPolicy, tokens);
    }

    /** The headers every answer of the site carries, from {@code geopress serve} or, through {@code _headers}, a static host. */
    public Map<String, String> securityHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        return Collections.unmodifiableMap(headers);
    }

    /** Whether {@code text} can be a header's value as it is: printable ASCII, no line break. */
    static boolean isHeaderValue(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** The pages' main language: the first of {@link #languages}. */
    public Lang primary() {
        return languages.get(0);
    }

    /** Every known crawler let in, and every other one too. */
    public static Map<String, Boolean> allCrawlersAllowed() {
        Map<String, Boolean> all = new LinkedHashMap<>();
        KNOWN_CRAWLERS.forEach(agent -> all.put(agent, true));
        all.put("*", true);
        return all;
    }

    /** The path part of the base URL ("/" or "/blog/"), which every site-relative link starts with. */
    public String basePath() {
        String path = baseUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    public static SiteConfig defaults(String title, URI baseUrl) {
        return new SiteConfig(new Bilingual(title, ""), baseUrl, ZoneId.of("Asia/Shanghai"), 20, DEFAULT_DISCLAIMER,
                allCrawlersAllowed(), LANGUAGES, "both", SHARE_TARGETS, null, null, DEFAULT_ABOUT, null, null);
    }

    /** What the about page says until the site says otherwise. */
    public static final List<Bilingual> DEFAULT_ABOUT = List.of(
            new Bilingual("本站以中英对照的形式发布文章：每段中文下面是对应的英文，方便读者和 AI 助手引用。",
                    "This site publishes articles in Chinese and English side by side: each Chinese block is followed "
                            + "by its English translation, for readers and AI assistants to quote."),
            new Bilingual("每篇文章都标明原始来源和发布时间，并附有 AI 摘要和常见问题；由机器生成的部分会注明。",
                    "Every article names its original source and date, with an AI summary and a FAQ; parts written "
                            + "by a machine are labelled as such."));

    /** Not professional advice; marks belong to their owners; may be AI-assisted; takedown path; no personal data. */
    public static final List<Bilingual> DEFAULT_DISCLAIMER = List.of(
            new Bilingual(
                    "本站文章仅供信息参考与交流，不构成法律、投资、医疗或任何其他专业意见，也不对任何结果作出承诺。",
                    "Articles on this site are for information and discussion only. They are not legal, investment, "
                            + "medical or any other professional advice, and promise no outcome."),
            new Bilingual(
                    "文中出现的商标、品牌、标识与产品名称归其各自权利人所有。部分内容可能借助 AI 工具整理、翻译或生成，"
                            + "我们会尽力核对，但不保证其完整、及时与准确，请以原始出处和官方信息为准。",
                    "Trademarks, brands, logos and product names belong to their respective owners. Some content may "
                            + "be compiled, translated or generated with the help of AI tools; we check it as well as "
                            + "we can but cannot guarantee it is complete, current or accurate, so please rely on the "
                            + "original source and official information."),
            new Bilingual(
                    "如认为本站内容侵犯您的权利或存在错误，请联系我们，我们核实后将及时更正或删除。"
                            + "请勿在评论或联系表单中填写身份证号、手机号、住址等个人敏感信息。",
                    "If you believe content here infringes your rights or contains an error, contact us and we will "
                            + "correct or remove it once verified. Please do not put personal data such as ID numbers, "
                            + "phone numbers or home addresses in comments or contact forms."));
}
