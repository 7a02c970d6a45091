package io.geopress.site;

import gg.jte.TemplateEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.geopress.media.MediaStore;
import io.geopress.model.GeopressException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The folder a build writes, and the previous build it takes unchanged files from. A file whose key is the one
 * the previous build recorded for it is hard-linked from there instead of being rendered again; every other file
 * is written new. A write never goes through a link, so the previous build, which may be live, is never touched.
 * Every file goes through {@link #resolve}, which refuses a path that would leave the folder: paths come from
 * content (slugs, aliases), and no content may write outside the build.
 */
final class BuildFolder {
    private final Path out;
    private final TemplateEngine templates;
    private final Path previousFolder;
    private final BuildManifest previous;
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final Map<String, String> articles = new ConcurrentHashMap<>();
    private final Map<String, Map<String, BuildManifest.Part>> parts = new ConcurrentHashMap<>();
    /** Articles whose files were linked before it was known which articles changed. */
    private final Set<String> linkedAhead = ConcurrentHashMap.newKeySet();
    private final List<String> warnings = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger linked = new AtomicInteger();
    private volatile boolean abandoned;

    /** A folder to fill; {@code previous} (with its folder) is null when everything is to be rendered. */
    BuildFolder(Path out, TemplateEngine templates, Path previousFolder, BuildManifest previous) {
        this.out = out;
        this.templates = templates;
        this.previous = previous;
        this.previousFolder = previous == null ? null : previousFolder;
    }

    /** Makes every later write or link fail: the build failed and its folder is to be deleted. */
    void abandon() {
        abandoned = true;
    }

    private void checkNotAbandoned() {
        if (abandoned) throw new CancellationException("the build was abandoned");
    }

    /**
     * The file {@code path} names inside the build folder. A path that is absolute, climbs out with {@code ..}, or
     * otherwise resolves outside the folder is refused: import refuses such paths, so one here is a bug or an old
     * store, and nothing is written.
     */
    Path resolve(String path) {
        // checked as a string: a rebuild links tens of thousands of files, and the folder holds no links to leave by
        boolean climbs = path.equals("..") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..");
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || climbs) {
            throw new GeopressException("refused to write '" + path + "': it is outside the build folder");
        }
        try {
            return out.resolve(path);
        } catch (InvalidPathException e) {
            throw new GeopressException("refused to write '" + path + "': not a file name (" + e.getReason() + ")");
        }
    }

    /** Whether there is a previous build to take unchanged files from. */
    boolean incremental() {
        return previous != null;
    }

    /** Links {@code path} from the previous build if it was made from the same {@code key}; false if it must be made. */
    boolean reuse(String path, String key) {
        checkNotAbandoned();
        if (previous == null || !key.equals(previous.files().get(path))) return false;
        try {
            link(resolve(path), previousFolder.resolve(path));
        } catch (IOException e) {
            return false; // gone from the previous build: render it again
        }
        files.put(path, key);
        linked.incrementAndGet();
        return true;
    }

    /** The articles the previous build made, by slug. */
    Set<String> previousArticles() {
        return previous == null ? Set.of() : previous.articles().keySet();
    }

    /**
     * Links an article's {@code paths} from the previous build before it is known whether the article changed:
     * most did not. One that changed is written over the links; one no longer published is unlinked.
     */
    void linkAhead(String slug, List<String> paths) throws IOException {
        checkNotAbandoned();
        try {
            for (String path : paths) link(resolve(path), previousFolder.resolve(path));
            linkedAhead.add(slug);
        } catch (IOException e) {
            // a file gone from the previous build: take back the others, so that none is left if the article is
            // gone too; reuseArticle tries again, and failing that the article is rendered
            for (String path : paths) Files.deleteIfExists(resolve(path));
        }
    }

    /** Removes what {@link #linkAhead} linked for an article this build does not have. */
    void unlinkAhead(String slug, List<String> paths) throws IOException {
        if (!linkedAhead.remove(slug)) return;
        for (String path : paths) Files.deleteIfExists(resolve(path));
    }

    /** Whether the previous build made an article's files from the same {@code key}. */
    boolean sameArticle(String slug, String key) {
        return previous != null && key.equals(previous.articles().get(slug));
    }

    /**
     * Takes an article's files (by slug, {@code files}) from the previous build if it made them from the same
     * {@code key}, linking them unless {@link #linkAhead} did.
     */
    boolean reuseArticle(String slug, String key, Function<String, List<String>> files) {
        checkNotAbandoned();
        if (!sameArticle(slug, key)) return false;
        List<String> paths = files.apply(slug);
        try {
            if (!linkedAhead.contains(slug)) {
                for (String path : paths) link(resolve(path), previousFolder.resolve(path));
            }
        } catch (IOException e) {
            return false; // gone from the previous build: render it again
        }
        linked.addAndGet(paths.size());
        articles.put(slug, key);
        return true;
    }

    /** Records that an article's files, written with no key of their own, were made from {@code key}. */
    void recordArticle(String slug, String key) {
        articles.put(slug, key);
    }

    /** Renders {@code template} into {@code path}, unless the previous build rendered it from an equal model. */
    void render(String path, String template, Object model) {
        String key = key(template, model);
        if (!reuse(path, key)) render(path, template, model, key);
    }

    /** Renders {@code template} into {@code path}, recording {@code key} (unless null) as what it was made from. */
    void render(String path, String template, Object model, String key) {
        PageBytes output = new PageBytes();
        templates.render(template, model, output);
        write(path, key, output.toByteArray()); // in one system call, not one per chunk of the template
    }

    /** Writes {@code text} into {@code path}, unless the previous build wrote it from the same {@code key}. */
    void writeUnlessSame(String path, String key, String text) {
        if (!reuse(path, key)) write(path, key, text);
    }

    void write(String path, String key, String text) {
        write(path, key, text.getBytes(StandardCharsets.UTF_8));
    }

    void write(String path, String key, byte[] bytes) {
        checkNotAbandoned();
        Path file = resolve(path);
        try {
            try (OutputStream os = newFile(file)) {
                os.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (key != null) files.put(path, key);
        written.incrementAndGet();
    }

    // Both try the common case first, one system call, since a rebuild makes tens of thousands of files.

    private static void link(Path target, Path existing) throws IOException {
        try {
            Files.createLink(target, existing);
        } catch (NoSuchFileException e) { // no folder yet (or no file to link, and this throws again)
            Files.createDirectories(target.getParent());
            Files.createLink(target, existing);
        } catch (FileAlreadyExistsException e) {
            Files.delete(target);
            Files.createLink(target, existing);
        }
    }

    private static OutputStream newFile(Path file) throws IOException {
        try {
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            Files.createDirectories(file.getParent());
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) { // a link to the previous build's file: replace the link, not the file
            Files.delete(file);
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /** Links every file of the previous build's {@code folder} but {@code except} into this build. */
    void linkFolder(String folder, String except) throws IOException {
        Path target = Files.createDirectories(resolve(folder));
        try (Stream<Path> entries = Files.list(previousFolder.resolve(folder))) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().equals(except)) {
                    Files.createLink(target.resolve(file.getFileName().toString()), file);
                }
            }
        }
    }

    /**
     * Links the site's media store into this build's {@code media/}: every image and its smaller copies, under their
     * content-hashed names (copied, once, where the store is on another file system: see MediaStore.linkInto).
     */
    void linkMedia(MediaStore media, Path previousBuild) throws IOException {
        checkNotAbandoned();
        MediaStore.Linked done = media.linkInto(resolve(MediaStore.FOLDER),
                previousBuild == null ? null : previousBuild.resolve(MediaStore.FOLDER));
        linked.addAndGet(done.linked());
        written.addAndGet(done.copied());
        done.missing().forEach(this::warn);
    }

    /** The previous build's copy of {@code path}, or null when there is no previous build. */
    Path previousFile(String path) {
        return previousFolder == null ? null : previousFolder.resolve(path);
    }

    /** The previous build's parts of the concatenated file {@code name}, by slug. */
    Map<String, BuildManifest.Part> previousParts(String name) {
        return previous == null ? Map.of() : previous.parts().getOrDefault(name, Map.of());
    }

    /** Records where each article's part lies in the concatenated file {@code name}, which is always made anew. */
    void recordParts(String name, Map<String, BuildManifest.Part> byslug) {
        parts.put(name, byslug);
        written.incrementAndGet();
    }

    /** Forgets the parts of {@code name}, which was made again as a whole: the next build has none to copy. */
    void forgetParts(String name) {
        parts.remove(name);
    }

    int written() {
        return written.get();
    }

    /** Notes what the build left out and why, for the person who runs it. */
    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    int linked() {
        return linked.get();
    }

    void writeManifest(String fingerprint) throws IOException {
        new BuildManifest(fingerprint, files, articles, parts).write(out);
    }

    /** A short hash of what a file is made from, by the text of its inputs (records, strings, lists). */
    static String key(Object... inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object input : inputs) {
                sha.update(RecordText.of(input).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
