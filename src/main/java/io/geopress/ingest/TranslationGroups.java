package io.geopress.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The pages of a Hugo multilingual site that translate each other, found among the files to import: by file name
 * ({@code post.zh.md} and {@code post.en.md}, page bundles' {@code index.zh.md} too), by content folder per language
 * ({@code content/zh/…} and {@code content/en/…}, or each language's {@code contentDir}), or by the same
 * {@code translationKey}. The Chinese and the English page of a group become one article ({@link Translations}),
 * identified by the path without its language ({@code file:posts/post.md}) or by {@code translation:KEY}. Pages in
 * other languages are left out, one line per language saying how many.
 */
final class TranslationGroups {
    private final Ingest ingest;
    private final Map<Path, HugoLanguages.Site> sites = new HashMap<>();
    private final Map<Path, Set<String>> folderCodes = new HashMap<>();
    private final List<String> notices = new ArrayList<>();

    TranslationGroups(Ingest ingest) {
        this.ingest = ingest;
    }

    /** A file, its language code (lower-case; null only when it is alone), and the key of its group or null when alone. */
    private record Member(SourcePath source, String code, String group) {}

    List<String> read(List<SourcePath> files, Format format, Progress progress, Consumer<Imported> sink) {
        List<Member> members = new ArrayList<>(files.size());
        for (SourcePath file : files) members.add(markdown(file, format) ? place(file) : new Member(file, null, null));
        Set<String> keys = new HashSet<>();
        members.forEach(m -> keys.add(m.group()));
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        for (Member m : members) {
            String own = "file:" + m.source().relative();
            if (m.group() == null && keys.contains(own) && markdown(m.source(), format)) {
                // a page without a code beside its translations is in the site's default language, as in Hugo
                m = new Member(m.source(), site(m.source()).defaultLanguage(), own);
            }
            groups.computeIfAbsent(m.group() == null ? "\0" + groups.size() : m.group(), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<String>> skipped = new LinkedHashMap<>();
        for (List<Member> group : groups.values()) readGroup(group, format, progress, sink, skipped);
        // one line per language, not per file: a site translated into French has as many French pages as articles
        skipped.forEach((code, paths) -> notices.add(paths.size() + " file(s) in " + HugoLanguages.name(code) + " (" + code
                + ") left out: geopress publishes Chinese and English (first: " + paths.get(0) + ")"));
        return notices;
    }

    private void readGroup(List<Member> group, Format format, Progress progress, Consumer<Imported> sink,
            Map<String, List<String>> skipped) {
        String key = group.get(0).group();
        if (key == null) { // a file of no group: an article of its own, as any file
            ingest.read(group.get(0).source(), format, progress, sink);
            return;
        }
        Map<Lang, Member> ours = new EnumMap<>(Lang.class);
        group.sort(Comparator.comparingInt(m -> HugoLanguages.rank(m.code())));
        for (Member m : group) {
            Lang lang = HugoLanguages.ours(m.code());
            if (lang == null) {
                skipped.computeIfAbsent(m.code(), c -> new ArrayList<>()).add(m.source().file().toString());
            } else if (ours.containsKey(lang)) {
                Member kept = ours.get(lang);
                notices.add(m.source().file() + ": left out: another " + (lang == Lang.ZH ? "Chinese" : "English") + " version ("
                        + m.code() + ") of the page that " + kept.source().file() + " (" + kept.code() + ") gives");
            } else {
                ours.put(lang, m);
            }
        }
        if (ours.isEmpty()) return;
        Imported zh = ours.containsKey(Lang.ZH) ? one(ours.get(Lang.ZH), format, progress) : null;
        Imported en = ours.containsKey(Lang.EN) ? one(ours.get(Lang.EN), format, progress) : null;
        Imported merged = zh == null ? en : en == null ? zh : Translations.merge(zh, en);
        sink.accept(merged.withKey(key));
    }

    private Imported one(Member m, Format format, Progress progress) {
        List<Imported> read = new ArrayList<>();
        ingest.read(m.source(), format, progress, read::add);
        return read.get(0);
    }

    private static boolean markdown(SourcePath file, Format format) {
        if (format != null) return format == Format.MARKDOWN;
        String name = file.file().getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** Where a Markdown file belongs: its language from its folder, its name or its front matter, and its group. */
    private Member place(SourcePath file) {
        Path absolute = file.file().toAbsolutePath().normalize();
        List<String> names = new ArrayList<>(List.of(file.relative().split("/")));
        String folderCode = null;
        for (Map.Entry<Path, String> dir : site(file).contentDirs().entrySet()) {
            if (absolute.startsWith(dir.getKey()) && !absolute.equals(dir.getKey())) {
                folderCode = dir.getValue();
                names.clear();
                dir.getKey().relativize(absolute).forEach(p -> names.add(p.toString()));
                break;
            }
        }
        if (folderCode == null && names.size() > 1 && folderCodes(rootOf(file)).contains(names.get(0))) {
            folderCode = HugoLanguages.code(names.remove(0));
        }
        String name = names.get(names.size() - 1);
        String nameCode = null;
        int last = name.lastIndexOf('.'), before = last <= 0 ? -1 : name.lastIndexOf('.', last - 1);
        if (before > 0 && HugoLanguages.code(name.substring(before + 1, last)) != null) {
            nameCode = HugoLanguages.code(name.substring(before + 1, last));
            names.set(names.size() - 1, name.substring(0, before) + name.substring(last));
        }
        Keys keys = ingest.translationKeys(file);
        String translationKey = keys == null ? null : value(keys, "translationkey");
        String given = keys == null ? null : value(keys, "lang");
        String code = nameCode != null ? nameCode : folderCode != null ? folderCode : given == null ? null : HugoLanguages.code(given);
        if (translationKey != null) { // a page that names no language is in the site's default one, as in Hugo
            return new Member(file, code != null ? code : site(file).defaultLanguage(), "translation:" + translationKey);
        }
        if (nameCode != null || folderCode != null) return new Member(file, code, "file:" + String.join("/", names));
        // only the front matter tells a language: a page of its own, left out when the language is not ours
        boolean other = code != null && HugoLanguages.ours(code) == null;
        return new Member(file, code, other ? "file:" + file.relative() : null);
    }

    /** A front matter key's text, whatever its case, as Hugo reads keys. */
    private static String value(Keys keys, String lowerCase) {
        for (Map.Entry<String, JsonNode> e : keys.values().entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(lowerCase) && e.getValue().isValueNode() && !e.getValue().asText().isBlank()) {
                return e.getValue().asText().strip();
            }
        }
        return null;
    }

    private HugoLanguages.Site site(SourcePath file) {
        Path root = rootOf(file);
        return sites.computeIfAbsent(root, r -> {
            HugoLanguages.Site site = HugoLanguages.site(r);
            if (site.notice() != null) notices.add(site.notice());
            return site;
        });
    }

    private static Path rootOf(SourcePath file) {
        Path root = file.file().toAbsolutePath().normalize();
        for (int i = file.relative().split("/").length; i > 0; i--) root = root.getParent();
        return root;
    }

    /**
     * The top folders of a content root named by language codes, when there are two or more ({@code zh/} and
     * {@code en/}): one alone is a section that happens to be so named.
     */
    private Set<String> folderCodes(Path root) {
        return folderCodes.computeIfAbsent(root, r -> {
            Set<String> codes = new TreeSet<>();
            try (Stream<Path> list = Files.list(r)) {
                list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                        .filter(n -> HugoLanguages.code(n) != null).forEach(codes::add);
            } catch (IOException e) {
                throw new ImportException(r.toString(), "cannot read the folder: " + e.getMessage(), e);
            }
            return codes.size() >= 2 ? codes : Set.of();
        });
    }
}
