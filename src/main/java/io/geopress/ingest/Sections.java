package io.geopress.ingest;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelText;
import io.geopress.model.Lang;
import io.geopress.model.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sections of the folders an import walks ({@link Section}), read from their {@code _index.md} files, and the
 * category each article takes from the nearest one above its file. A section's category is named by the {@code title}
 * of its {@code _index.md} (else its Chinese title, else its English one, else the folder's name); an article files under it in
 * addition to its own categories, so that the category's list holds the whole section, as Hugo's section page does.
 * {@code _index.zh.md} and {@code _index.en.md} give the title and description in their language. The content
 * root's own {@code _index.md} (Hugo's home page) is reported and left out: the site's title and description are
 * geopress.yml's.
 */
final class Sections {
    private static final Pattern INDEX = Pattern.compile("_index(?:\\.([A-Za-z-]+))?\\.(?:md|markdown)");
    private static final Set<String> DESCRIPTION = Set.of("description_zh", "description_en");
    static final String AGENT = "import:section";

    private final List<Section> found = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** Reads the sections below {@code paths} (files given alone have none), remembering them for {@link #file}. */
    List<Section> read(List<Path> paths, Function<Path, Keys> frontMatter) {
        Map<String, List<SourcePath>> byFolder = new TreeMap<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) continue;
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(f -> INDEX.matcher(f.getFileName().toString()).matches()).sorted()
                        .forEach(f -> {
                            SourcePath source = SourcePath.in(path, f);
                            String relative = source.relative();
                            String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "";
                            byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(source);
                        });
            } catch (IOException e) {
                throw new ImportException(path.toString(), "cannot read the folder: " + e.getMessage(), e);
            }
        }
        List<Section> sections = new ArrayList<>();
        byFolder.forEach((folder, files) -> {
            if (folder.isEmpty()) {
                files.forEach(f -> warnings.add(f.file() + ": the home page's _index.md is not imported; the site's title and"
                        + " description are set in geopress.yml"));
            } else {
                Section section = section(folder, files, frontMatter);
                if (section != null) sections.add(section);
            }
        });
        found.addAll(sections);
        return sections;
    }

    private Section section(String folder, List<SourcePath> files, Function<Path, Keys> frontMatter) {
        String name = null;
        Bilingual title = Bilingual.EMPTY;
        Bilingual description = Bilingual.EMPTY;
        String origin = files.get(0).file().toString();
        for (SourcePath file : files) {
            Matcher m = INDEX.matcher(file.file().getFileName().toString());
            m.matches();
            Lang only = m.group(1) == null ? null : language(m.group(1));
            if (m.group(1) != null && only == null) {
                warnings.add(file.file() + ": a section page in '" + m.group(1) + "', neither Chinese nor English; skipped");
                continue;
            }
            Keys keys = frontMatter.apply(file.file());
            FrontMatter meta = FrontMatter.read(keys, DESCRIPTION);
            warnings.addAll(meta.warnings());
            Bilingual own = meta.title();
            Bilingual said = merged(meta.summary(), FrontMatter.bilingual(keys, null, "description_zh", "description_en"));
            if (only != null) {
                own = Bilingual.of(only, own.any());
                said = Bilingual.of(only, said.any());
            }
            title = merged(title, own);
            description = merged(description, said);
            if (only == null) name = FrontMatter.text(keys, "title");
        }
        if (name == null || name.isBlank()) name = title.has(Lang.ZH) ? title.zh() : title.has(Lang.EN) ? title.en() : null;
        if (name == null || name.isBlank()) name = folder.substring(folder.lastIndexOf('/') + 1);
        if (LabelSlugs.key(name).isEmpty()) return null;
        return new Section(folder, new LabelText(LabelSlugs.Kind.CATEGORY, name, title, description), origin);
    }

    private static Lang language(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        if (lower.equals("zh") || lower.startsWith("zh-")) return Lang.ZH;
        if (lower.equals("en") || lower.startsWith("en-")) return Lang.EN;
        return null;
    }

    private static Bilingual merged(Bilingual into, Bilingual more) {
        Bilingual out = into;
        for (Lang lang : Lang.values()) if (!out.has(lang) && more.has(lang)) out = out.with(lang, more.get(lang));
        return out;
    }

    /** The import with the category of the nearest section above its file added, when it lacks it. */
    Imported file(Imported imported, SourcePath source) {
        Section nearest = null;
        for (Section s : found) {
            boolean inside = source.relative().startsWith(s.folder() + "/");
            if (inside && (nearest == null || s.folder().length() > nearest.folder().length())) nearest = s;
        }
        if (nearest == null) return imported;
        Article article = imported.article();
        String name = nearest.category().name();
        String key = LabelSlugs.key(name);
        if (article.categories().stream().anyMatch(c -> LabelSlugs.key(c).equals(key))) return imported;
        List<String> categories = new ArrayList<>(article.categories());
        categories.add(name);
        Provenance by = new Provenance(AGENT, nearest.origin(), Instant.now(), false);
        return imported.with(article.withCategories(categories, by), imported.warnings());
    }

    /** What the sections' pages gave that was left out. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
