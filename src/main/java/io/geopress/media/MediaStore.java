package io.geopress.media;

import io.geopress.media.MediaIndex.Entry;
import io.geopress.media.MediaIndex.Stored;
import io.geopress.model.GeopressException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The site's media store (DESIGN.md §2, docs/media.md): the local images articles show, captured at import into
 * {@code media/} of the site folder under the SHA-256 of their bytes ({@code media/<sha256>.<ext>}, the same bytes
 * stored once), with their sizes and smaller copies ({@code <sha256>-960w.jpg}) made then, once, and recorded in its
 * index, so that a build never reads a source file, or decodes an image, again. A build hard-links the files into
 * its own {@code media/}.
 */
public final class MediaStore {
    /** The store's folder in the site folder, and the folder of a build its files are linked into. */
    public static final String FOLDER = "media";
    /** The prefix of the store's files that are not yet in place, which no index names and a build never links. */
    static final String TEMPORARY = ".capture-";

    /**
     * One file a page may show for an image.
     *
     * @param url its address relative to the site's root, as a figure's {@code src}
     * @param width its width in pixels; 0 for an SVG that gives none
     */
    public record Variant(String url, int width) {}

    /**
     * What {@link #linkInto} did.
     *
     * @param linked files hard-linked into the build
     * @param copied files copied, where no hard link could be made (the build on another file system)
     * @param missing a warning for each file the index names that is gone from the store
     */
    public record Linked(int linked, int copied, List<String> missing) {}

    private final Path folder;
    private MediaIndex index;

    private MediaStore(Path folder) {
        this.folder = folder;
    }

    /** The media store of the site in {@code siteDir} (which need not have one yet). */
    public static MediaStore at(Path siteDir) {
        return new MediaStore(siteDir.resolve(FOLDER));
    }

    /**
     * The files a page may show for a figure's {@code src}: for an image in the store, its smaller copies from the
     * narrowest and then the image itself; for any other {@code src} (a remote image, one that could not be
     * captured), none. Read from the index, which is read once.
     */
    public List<Variant> variants(String src) {
        if (src == null || !src.startsWith(FOLDER + "/")) return List.of();
        String name = src.substring(FOLDER.length() + 1);
        String sha = MediaIndex.sha(name);
        Entry entry = sha == null ? null : index().get(sha);
        if (entry == null || !entry.original().name().equals(name)) return List.of();
        List<Variant> variants = new ArrayList<>();
        for (Stored file : entry.files()) variants.add(new Variant(FOLDER + "/" + file.name(), file.width()));
        return variants;
    }

    /**
     * Runs an import's {@code work}, which hands each imported article to {@link Capture#take}. When {@code work}
     * throws (a bad file, a failed save), every image it added is taken out of the store again before the exception
     * goes on; a crash may leave images no article shows, which are harmless, and used again by an import of the
     * same bytes.
     *
     * @param maxImageBytes the largest image to take (ImportLimits.imageBytes)
     */
    public <T> T capturing(long maxImageBytes, Function<Capture, T> work) {
        Capture capture = new Capture(folder, maxImageBytes);
        T result;
        try {
            result = work.apply(capture);
        } catch (RuntimeException | Error e) {
            try {
                capture.finish(false);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        try {
            capture.finish(true);
        } catch (IOException e) {
            throw new GeopressException(folder + ": cannot unlock the media store: " + e.getMessage(), e);
        }
        return result;
    }

    /**
     * Links every stored image and its copies into {@code target}, a build's {@code media/} folder, under the same
     * names. Where the store is on another file system than the build, a file is linked from {@code previous} (the
     * previous build's {@code media/}, or null) when it is there, and copied only when it is not: content-hashed
     * names never change content, so a copy is made once.
     */
    public Linked linkInto(Path target, Path previous) throws IOException {
        int linked = 0;
        int copied = 0;
        List<String> missing = new ArrayList<>();
        if (!index().entries().isEmpty()) Files.createDirectories(target);
        for (Entry entry : index().entries()) {
            for (Stored file : entry.files()) {
                Path stored = folder.resolve(file.name());
                Path built = target.resolve(file.name());
                try {
                    Files.createLink(built, stored);
                    linked++;
                } catch (NoSuchFileException e) {
                    missing.add(FOLDER + "/" + file.name() + ": named by the media index but gone from the store "
                            + "(deleted by hand?): the pages showing it lack that image until it is imported again");
                } catch (FileSystemException e) { // another file system, or links refused
                    Path earlier = previous == null ? null : previous.resolve(file.name());
                    if (earlier != null && linked(built, earlier)) {
                        linked++;
                    } else {
                        Files.copy(stored, built);
                        copied++;
                    }
                }
            }
        }
        return new Linked(linked, copied, missing);
    }

    private static boolean linked(Path link, Path existing) {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A new empty file in {@code folder}, for a file to be moved into place. Not {@link Files#createTempFile}, whose
     * files only their owner may read: the image is hard-linked into the build as it is, for a web server to send.
     */
    static Path temporaryFile(Path folder) throws IOException {
        return Files.createFile(folder.resolve(TEMPORARY + UUID.randomUUID() + ".tmp"));
    }

    private synchronized MediaIndex index() {
        if (index == null) {
            try {
                index = MediaIndex.read(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(folder.resolve(MediaIndex.FILE) + ": cannot read the media index", e);
            }
        }
        return index;
    }
}
