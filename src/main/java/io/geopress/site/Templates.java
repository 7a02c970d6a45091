package io.geopress.site;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.resolve.DirectoryCodeResolver;
import gg.jte.resolve.ResourceCodeResolver;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The templates a build renders with: the bundled ones, precompiled; or, when the site has a {@code templates/}
 * folder (a theme), those of its templates compiled at build time, each falling back to the bundled one of the
 * same name, so a theme overrides only what it changes and needs no new jar.
 */
final class Templates {
    static final String THEME = "templates";
    /** Where a build compiles a theme, and where {@code geopress serve} does: apart, as both may run at once. */
    static final String BUILD_CLASSES = ".theme-classes";
    static final String SERVE_CLASSES = ".theme-classes-serve";
    /** Where {@code geopress audit} compiles a theme: it may run beside a build and {@code serve}. */
    static final String PREVIEW_CLASSES = ".theme-classes-preview";

    /** The templates a build renders directly (the body part for the feeds); the other parts are compiled with them. */
    private static final List<String> PAGES = List.of("article.jte", "list.jte", "tags.jte", "about.jte", "notfound.jte",
            "search.jte", "redirect.jte", FeedBodies.TEMPLATE);

    private Templates() {}

    static TemplateEngine engine(Path siteDir, String classes) {
        Path theme = siteDir.resolve(THEME);
        if (!Files.isDirectory(theme)) return TemplateEngine.createPrecompiled(ContentType.Html);
        ClassLoader loader = Templates.class.getClassLoader();
        CodeResolver resolver = new Overlay(new DirectoryCodeResolver(theme), new ResourceCodeResolver("jte-templates", loader));
        TemplateEngine engine = TemplateEngine.create(resolver, siteDir.resolve(classes), ContentType.Html, loader);
        engine.setTrimControlStructures(true);
        engine.setBinaryStaticContent(true); // as the bundled ones: PageBytes copies static parts as they are
        engine.setClassPath(classPath());
        // compiled here, in one thread: compiled on first use instead, two threads rendering at once could each
        // compile into the same class folder, and one read the other's half-written class ("Truncated class file")
        for (String page : PAGES) engine.prepareForRendering(page);
        return engine;
    }

    /** jte's compile error ("Failed to compile template:", "list.jte:2", "…: error: cannot find symbol", …) on one line. */
    static String oneLine(TemplateException e) {
        List<String> lines = e.getMessage() == null ? List.of() : e.getMessage().lines().map(String::strip).toList();
        String where = lines.stream().filter(l -> l.matches("[\\w./-]+\\.jte:\\d+")).findFirst().orElse(null);
        String what = lines.stream().filter(l -> l.contains("error: ")).map(l -> l.substring(l.indexOf("error: ") + 7))
                .findFirst().orElse(lines.isEmpty() ? e.toString() : lines.get(0));
        String symbol = lines.stream().filter(l -> l.startsWith("symbol:")).map(l -> " (" + l.replaceAll("\\s+", " ") + ")")
                .findFirst().orElse("");
        return (where == null ? "" : THEME + "/" + where + ": ") + what + symbol;
    }

    /** What a theme's templates compile against: geopress's own classes and jte's runtime. */
    private static List<String> classPath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(Templates.class, TemplateEngine.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot find the classes a theme compiles against", e);
            }
        }
        return entries;
    }

    /** The theme's template where it has one, else the bundled one. */
    private record Overlay(CodeResolver theme, CodeResolver bundled) implements CodeResolver {
        @Override
        public String resolve(String name) {
            String own = theme.resolve(name);
            return own != null ? own : bundled.resolve(name);
        }

        @Override
        public long getLastModified(String name) {
            return theme.exists(name) ? theme.getLastModified(name) : bundled.getLastModified(name);
        }
    }
}
