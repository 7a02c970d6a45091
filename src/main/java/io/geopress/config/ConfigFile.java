package io.geopress.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.geopress.enrich.EnrichOptions;
import io.geopress.ingest.ImportLimits;
import io.geopress.llm.LlmSettings;
import io.geopress.model.Bilingual;
import io.geopress.model.GeopressException;
import io.geopress.model.Lang;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and writes {@code geopress.yml}; a bad value is an error naming the file and the key. */
public final class ConfigFile {
    private static final Set<String> KEYS = Set.of("title", "title_en", "base_url", "time_zone", "page_size", "disclaimer", "crawlers",
            "languages", "reading_mode", "share", "icp", "public_security", "about", "contact", "content_security_policy", "link_rel", "llm",
            "enrich", "import");
    private static final YAMLMapper YAML = new YAMLMapper();

    private ConfigFile() {}

    public static SiteConfig read(Path siteDir) {
        String name = siteDir.resolve(SiteConfig.FILE_NAME).toString();
        JsonNode root = root(siteDir);
        String title = text(root, "title", name, null);
        String titleEn = text(root, "title_en", name, "");
        URI baseUrl = url(text(root, "base_url", name, null), name + ": key 'base_url'");
        ZoneId zone;
        try {
            zone = ZoneId.of(text(root, "time_zone", name, "Asia/Shanghai"));
        } catch (DateTimeException e) {
            throw new GeopressException(name + ": key 'time_zone': not a time zone: " + root.get("time_zone").asText());
        }
        JsonNode size = root.get("page_size");
        if (size != null && (!size.canConvertToInt() || !size.isIntegralNumber() || size.asInt() < 1)) {
            throw new GeopressException(name + ": key 'page_size': expected a whole number of at least 1");
        }
        List<Bilingual> disclaimer = paragraphs(root.get("disclaimer"), "disclaimer", name, null);
        List<Lang> languages = languages(root.get("languages"), name);
        String mode = text(root, "reading_mode", name, "both");
        if (!SiteConfig.READING_MODES.contains(mode)) {
            throw new GeopressException(name + ": key 'reading_mode': expected one of " + SiteConfig.READING_MODES + ", not '" + mode + "'");
        }
        if (!mode.equals("both") && !languages.contains(Lang.ofCode(mode))) {
            throw new GeopressException(name + ": key 'reading_mode': '" + mode + "' is not one of the site's languages "
                    + codes(languages));
        }
        return new SiteConfig(new Bilingual(title, titleEn), baseUrl, zone, size == null ? 20 : size.asInt(),
                disclaimer == null ? SiteConfig.DEFAULT_DISCLAIMER : disclaimer, crawlers(root.get("crawlers"), name),
                languages, mode, share(root.get("share"), name), optionalText(root, "icp", name), optionalText(root, "public_security", name),
                paragraphs(root.get("about"), "about", name, SiteConfig.DEFAULT_ABOUT), optionalText(root, "contact", name),
                contentSecurityPolicy(root, name), linkRel(root.get("link_rel"), name));
    }

    /** The tokens external links' rel adds to noopener: a list of nofollow and ugc, none when absent. */
    private static List<String> linkRel(JsonNode node, String file) {
        if (node == null || node.isNull()) return List.of();
        String key = file + ": key 'link_rel': ";
        if (!node.isArray()) throw new GeopressException(key + "expected a list of " + SiteConfig.LINK_RELS + ", e.g. [nofollow]");
        List<String> tokens = new ArrayList<>();
        for (JsonNode item : node) {
            String token = item.asText();
            if (!item.isTextual() || !SiteConfig.LINK_RELS.contains(token)) {
                throw new GeopressException(key + "unknown value '" + token + "' (one of " + SiteConfig.LINK_RELS + ")");
            }
            if (tokens.contains(token)) throw new GeopressException(key + "'" + token + "' is listed twice");
            tokens.add(token);
        }
        return tokens;
    }

    private static String contentSecurityPolicy(JsonNode root, String file) {
        if (root.get("content_security_policy") == null) return null;
        String policy = text(root, "content_security_policy", file, null);
        if (!SiteConfig.isHeaderValue(policy)) {
            throw new GeopressException(file + ": key 'content_security_policy': expected printable ASCII on one line");
        }
        return policy;
    }

    /**
     * The language model settings: the {@code llm:} section, which {@link SiteConfig} leaves out, with the
     * environment's GEOPRESS_LLM_* variables applied; offline when neither names a model.
     *
     * @param env the environment (System.getenv() outside tests), where the key is looked up
     */
    public static LlmSettings readLlm(Path siteDir, Map<String, String> env) {
        return LlmSection.read(root(siteDir).get("llm"), siteDir.resolve(SiteConfig.FILE_NAME).toString(), env);
    }

    /** How enrichment writes: the {@code enrich:} section (summary limits, glossary), which {@link SiteConfig} leaves out. */
    public static EnrichOptions readEnrich(Path siteDir) {
        return EnrichSection.read(root(siteDir).get("enrich"), siteDir.resolve(SiteConfig.FILE_NAME).toString());
    }

    /** How much an import may read: the {@code import:} section, which {@link SiteConfig} leaves out. */
    public static ImportLimits readImport(Path siteDir) {
        return ImportSection.read(root(siteDir).get("import"), siteDir.resolve(SiteConfig.FILE_NAME).toString());
    }

    /** The file's settings as a YAML mapping whose keys are all known. */
    private static JsonNode root(Path siteDir) {
        Path file = siteDir.resolve(SiteConfig.FILE_NAME);
        String name = file.toString();
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new GeopressException(siteDir + ": not a geopress site (no " + SiteConfig.FILE_NAME
                    + "); run 'geopress init DIR' or pass --site DIR");
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? name + ":" + j.getLocation().getLineNr() : name;
            throw new GeopressException(where + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) throw new GeopressException(name + ": expected a YAML mapping of settings");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) throw new GeopressException(name + ": unknown key '" + key + "'");
        }
        return root;
    }

    public static void write(Path siteDir, SiteConfig config) throws IOException {
        ObjectNode root = YAML.createObjectNode();
        root.put("title", config.title().zh());
        if (config.title().has(Lang.EN)) root.put("title_en", config.title().en());
        root.put("base_url", config.baseUrl().toString());
        root.put("time_zone", config.timeZone().getId());
        root.put("page_size", config.pageSize());
        ArrayNode languages = root.putArray("languages");
        config.languages().forEach(lang -> languages.add(lang.code()));
        root.put("reading_mode", config.readingMode());
        ArrayNode share = root.putArray("share");
        config.share().forEach(share::add);
        if (config.icp() != null) root.put("icp", config.icp());
        if (config.publicSecurity() != null) root.put("public_security", config.publicSecurity());
        ObjectNode crawlers = root.putObject("crawlers");
        config.crawlers().forEach((agent, allowed) -> crawlers.put(agent, allowed ? "allow" : "disallow"));
        if (config.contact() != null) root.put("contact", config.contact());
        if (!config.linkRel().isEmpty()) {
            ArrayNode rel = root.putArray("link_rel");
            config.linkRel().forEach(rel::add);
        }
        if (!config.contentSecurityPolicy().equals(SiteConfig.DEFAULT_CONTENT_SECURITY_POLICY)) {
            root.put("content_security_policy", config.contentSecurityPolicy());
        }
        ArrayNode about = root.putArray("about");
        for (Bilingual p : config.about()) about.addObject().put("zh", p.zh()).put("en", p.en());
        ArrayNode paragraphs = root.putArray("disclaimer");
        for (Bilingual p : config.disclaimer()) paragraphs.addObject().put("zh", p.zh()).put("en", p.en());
        String header = "# geopress site settings. Dates without a zone are read in time_zone.\n"
                + "# languages: what pages show, the first as their main language: [zh, en], [en, zh], [zh] or [en].\n"
                + "# reading_mode: both, zh or en, what pages show first. share: weibo, wechat, x, linkedin, copy.\n"
                + "# icp and public_security: the record numbers (备案号) shown in the footer, when set.\n"
                + "# contact: an e-mail address or URL for corrections and takedowns, shown on the about page.\n"
                + "# crawlers: allow or disallow each crawler in robots.txt; \"*\" is every other one.\n"
                + "# content_security_policy: the Content-Security-Policy header of every answer (see docs/security.md).\n"
                + "# link_rel: [nofollow], [ugc] or both, added to the rel of articles' links to other sites (docs/pages.md).\n"
                + "# llm: the language model for enrichment (preset, model, api_key_env, limits); see the README.\n"
                + "# enrich: summary_words (80), summary_hanzi (150), glossary {term: fixed translation}.\n"
                + "# import: max_file_mb (50, a file of one article), max_record_mb (20, one JSON Lines line).\n"
                + "# The disclaimer is shown on every article that does not bring its own.\n";
        Files.writeString(siteDir.resolve(SiteConfig.FILE_NAME), header + YAML.writeValueAsString(root),
                StandardCharsets.UTF_8);
    }

    private static String text(JsonNode root, String key, String file, String fallback) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            if (fallback == null) throw new GeopressException(file + ": missing key '" + key + "'");
            return fallback;
        }
        if (!node.isValueNode() || node.asText().isBlank()) {
            throw new GeopressException(file + ": key '" + key + "': expected a text value");
        }
        return node.asText().strip();
    }

    /** An http(s) address; {@code where} names the file and key for the error. */
    static URI url(String value, String where) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not an http(s) address");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new GeopressException(where + ": not an http(s) address: " + value);
        }
    }

    private static List<String> share(JsonNode node, String file) {
        if (node == null || node.isNull()) return SiteConfig.SHARE_TARGETS;
        if (!node.isArray()) throw new GeopressException(file + ": key 'share': expected a list, e.g. " + SiteConfig.SHARE_TARGETS);
        List<String> targets = new ArrayList<>();
        for (JsonNode t : node) {
            if (!SiteConfig.SHARE_TARGETS.contains(t.asText())) {
                throw new GeopressException(file + ": key 'share': unknown target '" + t.asText() + "' (one of " + SiteConfig.SHARE_TARGETS + ")");
            }
            targets.add(t.asText());
        }
        return targets;
    }

    /** A list of distinct language codes, in the site's order; absent means {@link SiteConfig#LANGUAGES}. */
    private static List<Lang> languages(JsonNode node, String file) {
        if (node == null || node.isNull()) return SiteConfig.LANGUAGES;
        String key = file + ": key 'languages': ";
        if (!node.isArray()) throw new GeopressException(key + "expected a list, e.g. " + codes(SiteConfig.LANGUAGES));
        if (node.isEmpty()) throw new GeopressException(key + "expected at least one of " + codes(SiteConfig.LANGUAGES));
        List<Lang> languages = new ArrayList<>();
        for (JsonNode item : node) {
            Lang lang = item.isTextual() ? Lang.ofCode(item.asText()) : null;
            if (lang == null) {
                String given = item.isValueNode() ? item.asText() : item.toString();
                throw new GeopressException(key + "unknown language '" + given + "' (one of " + codes(SiteConfig.LANGUAGES) + ")");
            }
            if (languages.contains(lang)) throw new GeopressException(key + "'" + lang.code() + "' is listed twice");
            languages.add(lang);
        }
        return languages;
    }

    private static String codes(List<Lang> languages) {
        return languages.stream().map(Lang::code).toList().toString();
    }

    private static String optionalText(JsonNode root, String key, String file) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) return null;
        if (!node.isValueNode()) throw new GeopressException(file + ": key '" + key + "': expected a text value");
        return node.asText();
    }

    private static Map<String, Boolean> crawlers(JsonNode node, String file) {
        if (node == null || node.isNull()) return SiteConfig.allCrawlersAllowed();
        if (!node.isObject()) throw new GeopressException(file + ": key 'crawlers': expected a mapping of user agent to allow or disallow");
        Map<String, Boolean> crawlers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String value = e.getValue().asText("");
            if (!e.getValue().isValueNode() || !(value.equals("allow") || value.equals("disallow"))) {
                throw new GeopressException(file + ": key 'crawlers." + e.getKey() + "': expected allow or disallow");
            }
            crawlers.put(e.getKey(), value.equals("allow"));
        }
        return crawlers;
    }

    private static List<Bilingual> paragraphs(JsonNode node, String key, String file, List<Bilingual> fallback) {
        if (node == null || node.isNull()) return fallback;
        if (!node.isArray()) throw new GeopressException(file + ": key '" + key + "': expected a list of {zh, en} paragraphs");
        List<Bilingual> paragraphs = new ArrayList<>();
        for (JsonNode p : node) {
            if (!p.isObject() || (!p.has("zh") && !p.has("en"))) {
                throw new GeopressException(file + ": key '" + key + "': each paragraph needs 'zh' and/or 'en'");
            }
            paragraphs.add(new Bilingual(p.path("zh").asText(""), p.path("en").asText("")));
        }
        return paragraphs;
    }
}
