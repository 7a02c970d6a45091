package io.geopress.measure.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.geopress.measure.audit.Audit.Check;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Figure;
import io.geopress.site.ArticlePreview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** What the page gives machines: JSON-LD, the Markdown twin and llms.txt line, its date, its weight. */
final class OutputChecks {
    static final int JSON_LD = 12;
    static final int MACHINE_READABLE = 8;
    static final int FRESHNESS = 6;
    static final int WEIGHT = 5;
    static final int FRESH_DAYS = 180;
    static final int STALE_DAYS = 365;
    static final long HTML_BYTES = 100 * 1024;
    static final long IMAGE_BYTES = 1536 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();

    private OutputChecks() {}

    static Check jsonLd(Subject s) {
        Bilingual label = new Bilingual("JSON-LD 结构化数据", "JSON-LD structured data");
        Bilingual fix = new Bilingual("只用 schema.org 词汇中存在、且适用于该类型的类型和属性", "use only schema.org types and properties, each on a type it applies to");
        // read from the page itself, as an engine reads it: a theme's template may leave it out
        Elements scripts = Jsoup.parse(new String(s.rendered().html(), StandardCharsets.UTF_8)).select("script[type=application/ld+json]");
        if (scripts.isEmpty() || scripts.stream().allMatch(e -> e.data().isBlank())) {
            return Check.of("json-ld", label, JSON_LD, 0, new Bilingual("页面没有 JSON-LD", "the page has no JSON-LD"), fix);
        }
        ArrayNode root = MAPPER.createArrayNode();
        try {
            for (Element script : scripts) root.add(MAPPER.readTree(script.data()));
        } catch (JsonProcessingException e) {
            return Check.of("json-ld", label, JSON_LD, 0, new Bilingual("JSON-LD 不是有效的 JSON", "the JSON-LD is not valid JSON"), fix);
        }
        Vocabulary.Findings findings = VOCABULARY.check(root);
        List<String> problems = new ArrayList<>(findings.problems());
        JsonNode article = null;
        JsonNode faqPage = null;
        for (JsonNode node : root.findValues("@graph").stream().flatMap(g -> StreamSupport.stream(g.spliterator(), false)).toList()) {
            String type = node.path("@type").asText();
            if (VOCABULARY.types().getOrDefault(type, Set.of()).contains("Article") && article == null) article = node;
            if (type.equals("FAQPage")) faqPage = node;
        }
        if (article == null) problems.add("no Article node");
        else {
            for (String needed : List.of("headline", "datePublished", "dateModified")) {
                if (!article.hasNonNull(needed)) problems.add("the Article has no " + needed);
            }
        }
        if (!s.stored().article().faq().isEmpty() && (faqPage == null || faqPage.path("mainEntity").isEmpty())) {
            problems.add("the FAQ is not in a FAQPage");
        }
        String shown = problems.isEmpty() ? "" : ": " + String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                + (problems.size() > 3 ? " …" : "");
        return Check.of("json-ld", label, JSON_LD, 1 - 0.25 * problems.size(),
                new Bilingual(findings.nodes() + " 个节点（" + String.join(", ", findings.typesSeen()) + "），" + problems.size() + " 个问题" + shown,
                        findings.nodes() + " nodes (" + String.join(", ", findings.typesSeen()) + "), " + problems.size() + " problems" + shown),
                fix);
    }

    static Check machineReadable(Subject s) {
        ArticlePreview.Rendered r = s.rendered();
        boolean twin = r.twin() != null && r.twin().startsWith("# ");
        boolean entry = r.llmsEntry() != null && r.llmsEntry().startsWith("- [");
        boolean described = entry && r.llmsEntry().contains("): ");
        double share = (twin ? 0.4 : 0) + (entry ? 0.3 : 0) + (described ? 0.3 : 0);
        Built build = s.built();
        String built;
        String builtZh;
        if (!build.exists()) {
            built = "no built site";
            builtZh = "尚未构建";
        } else {
            boolean page = build.has(r.pagePath());
            boolean builtTwin = build.has(r.twinPath());
            boolean listed = build.lists(r.twinUrl());
            built = "built site: page " + yes(page) + ", twin " + yes(builtTwin) + ", llms.txt line " + yes(listed);
            builtZh = "已构建站点：页面" + yesZh(page) + "，Markdown 版本" + yesZh(builtTwin) + "，llms.txt 条目" + yesZh(listed);
        }
        int twinBytes = r.twin() == null ? 0 : r.twin().getBytes(StandardCharsets.UTF_8).length;
        return Check.of("machine-readable", new Bilingual("Markdown 版本与 llms.txt", "Markdown twin and llms.txt"), MACHINE_READABLE, share,
                new Bilingual("Markdown 版本 " + (twin ? twinBytes + " 字节" : "缺失") + "；llms.txt 条目" + (entry ? (described ? "有说明" : "无说明") : "缺失")
                        + "；" + builtZh,
                        "Markdown twin " + (twin ? twinBytes + " bytes" : "missing") + "; llms.txt line " + (entry ? (described ? "with a description" : "without a description") : "missing")
                                + "; " + built),
                new Bilingual("写摘要（llms.txt 条目的说明取自摘要），然后 geopress build", "give the article a summary (its llms.txt line describes it with it), then run geopress build"));
    }

    static Check freshness(Subject s) {
        OffsetDateTime modified = s.shown().modifiedAt();
        long days = Math.max(0, Duration.between(modified.toInstant(), s.now()).toDays());
        double share = days <= FRESH_DAYS ? 1 : days <= STALE_DAYS ? 0.5 : 0;
        String draft = s.stored().publishedAt() == null ? "（草稿：按现在发布计）" : "";
        String draftEn = s.stored().publishedAt() == null ? " (a draft: as if published now)" : "";
        return Check.of("freshness", new Bilingual("新鲜度", "Freshness"), FRESHNESS, share,
                new Bilingual("dateModified " + modified.toLocalDate() + "，" + days + " 天前" + draft,
                        "dateModified " + modified.toLocalDate() + ", " + days + " days ago" + draftEn),
                new Bilingual("更新内容（新的数字、来源）并发布新修订", "bring the content up to date (new figures, sources) and publish the revision"));
    }

    static Check weight(Subject s) {
        long html = s.rendered().html().length;
        long images = 0;
        int unknown = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (Block b : s.stored().article().body()) {
            Figure f = b.figure();
            if (f == null || !seen.add(f.src())) continue;
            long size = mediaSize(s.siteDir(), f.src());
            if (size < 0) unknown++;
            else images += size;
        }
        double htmlShare = html <= HTML_BYTES ? 1 : html <= 3 * HTML_BYTES ? 0.5 : 0;
        double imageShare = images <= IMAGE_BYTES ? 1 : images <= 3 * IMAGE_BYTES ? 0.5 : 0;
        return Check.of("page-weight", new Bilingual("页面大小", "Page weight"), WEIGHT, (htmlShare + imageShare) / 2,
                new Bilingual("HTML " + kb(html) + " KB（上限 " + kb(HTML_BYTES) + "），图片 " + kb(images) + " KB（上限 " + kb(IMAGE_BYTES) + "）"
                                + (unknown > 0 ? "，另有 " + unknown + " 张大小未知" : ""),
                        "HTML " + kb(html) + " KB (at most " + kb(HTML_BYTES) + "), images " + kb(images) + " KB (at most " + kb(IMAGE_BYTES) + ")"
                                + (unknown > 0 ? ", " + unknown + " more of unknown size" : "")),
                new Bilingual("压缩或缩小图片，删去页面中不需要的部分", "compress or scale down the images, and leave out what the page does not need"));
    }

    /** The bytes of an image in the site's media store, or -1 for one elsewhere (never fetched) or missing. */
    private static long mediaSize(Path siteDir, String src) {
        Path media = siteDir.resolve("media").normalize();
        Path file = siteDir.resolve(src).normalize();
        if (!file.startsWith(media) || file.equals(media)) return -1;
        try {
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static long kb(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static String yesZh(boolean b) {
        return b ? "有" : "无";
    }
}
