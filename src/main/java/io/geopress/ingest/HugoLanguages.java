package io.geopress.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.model.Lang;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language codes of a Hugo multilingual site: in a file's name ({@code post.zh.md}), as content folders
 * ({@code content/zh/…}), or as each language's {@code contentDir} in the site's configuration ({@link HugoConfig}:
 * {@code hugo.toml}, {@code hugo.yaml}, {@code config/_default/languages.toml}, …), with its {@code defaultContentLanguage}.
 */
final class HugoLanguages {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern CODE = Pattern.compile("[a-z]{2}(?:-[a-z0-9]{2,8})*");
    private static final Set<String> SIMPLIFIED = Set.of("zh", "zh-cn", "zh-hans", "zh-sg", "zh-my", "zh-hans-cn");

    private HugoLanguages() {}

    /**
     * A site's languages as its configuration gives them.
     *
     * @param contentDirs each language's content folder, absolute
     * @param defaultLanguage the language of a page without a code in its name ({@code en}, as in Hugo, when not set)
     * @param notice a line saying the configuration could not be read, or null
     */
    record Site(Map<Path, String> contentDirs, String defaultLanguage, String notice) {
        static final Site NONE = new Site(Map.of(), "en", null);
    }

    /** A language code as Hugo takes one ({@code zh}, {@code zh-CN}, {@code en-us}, {@code fr}), lower-case; or null. */
    static String code(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return CODE.matcher(lower).matches() && ISO_639_1.contains(lower.substring(0, 2)) ? lower : null;
    }

    /** Chinese for {@code zh} and its variants, English for {@code en} and its, null for any other language. */
    static Lang ours(String code) {
        if (code.equals("zh") || code.startsWith("zh-")) return Lang.ZH;
        return code.equals("en") || code.startsWith("en-") ? Lang.EN : null;
    }

    /** Which of several versions in one language comes first: simplified Chinese, then plain {@code en}. */
    static int rank(String code) {
        return SIMPLIFIED.contains(code) || code.equals("en") ? 0 : 1;
    }

    /** The language name of {@code code} in English, for messages. */
    static String name(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** The configuration of the site whose content root is {@code root}: in the folder above it, or in it. */
    static Site site(Path root) {
        for (Path dir : root.getParent() == null ? List.of(root) : List.of(root.getParent(), root)) {
            Path config = HugoConfig.find(dir);
            Path languages = HugoConfig.tableFile(dir, "languages");
            if (config != null || languages != null) return read(config, languages, dir);
        }
        return Site.NONE;
    }

    /** From the configuration's {@code languages} table, or the split configuration's file of languages. */
    private static Site read(Path config, Path languagesFile, Path siteDir) {
        JsonNode root;
        JsonNode languages;
        Path reading = config;
        try {
            root = config == null ? HugoConfig.empty() : HugoConfig.read(config);
            reading = languagesFile;
            languages = languagesFile == null ? root.get("languages") : HugoConfig.read(languagesFile);
        } catch (JacksonException e) {
            return new Site(Map.of(), "en", reading + ": not valid " + (reading.toString().endsWith(".toml") ? "TOML" : "YAML")
                    + " (" + Keys.briefly(e.getOriginalMessage()) + "); its languages are not read");
        } catch (IOException e) {
            return new Site(Map.of(), "en", reading + ": cannot read (" + e.getMessage() + "); its languages are not read");
        }
        Map<Path, String> dirs = new LinkedHashMap<>();
        if (languages != null && languages.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = languages.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> language = it.next();
                JsonNode dir = language.getValue().get("contentDir");
                String code = code(language.getKey());
                if (code != null && dir != null && dir.isTextual()) dirs.put(siteDir.resolve(dir.asText()).toAbsolutePath().normalize(), code);
            }
        }
        JsonNode fallback = root.get("defaultContentLanguage");
        String defaultLanguage = fallback != null && fallback.isTextual() && code(fallback.asText()) != null ? code(fallback.asText()) : "en";
        return new Site(dirs, defaultLanguage, null);
    }
}
