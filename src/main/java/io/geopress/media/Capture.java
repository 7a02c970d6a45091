package io.geopress.media;

import io.geopress.ingest.ImportLimits;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Imported.LocalImage;
import io.geopress.media.MediaIndex.Entry;
import io.geopress.media.MediaIndex.Stored;
import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Figure;
import io.geopress.model.GeopressException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One import's capture of local images into the media store ({@link MediaStore#capturing}). An image is copied into a
 * temporary file of the store while it is hashed, read from that copy (so what is checked is what is kept), given
 * its smaller copies, and only then moved under its content-hashed name and added to the index. The store is locked
 * from the first image to the end of the import; an import that fails takes back every file it added.
 */
public final class Capture {
    private static final String LOCK = ".lock";

    private final Path folder;
    private final long maxBytes;
    private final List<Entry> added = new ArrayList<>();
    /** What each source file gave, so that an image many articles show is read once. */
    private final Map<Path, Outcome> seen = new HashMap<>();
    private FileChannel lockFile;
    private MediaIndex index;

    /** An image stored (or found stored), or why it could not be. */
    private record Outcome(Entry entry, String problem) {}

    Capture(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /**
     * The article with each figure whose local image could be stored pointing at it ({@code media/<sha256>.<ext>},
     * with its size), and every other figure flagged {@link BlockFlag#MISSING_IMAGE}, its {@code src} as the source
     * wrote it, with a warning naming the file and line; likewise the article's own image, left out when it could not
     * be stored. The images are then no longer pending.
     */
    public Imported take(Imported imported) {
        if (imported.images().isEmpty()) return imported;
        List<String> warnings = new ArrayList<>(imported.warnings());
        Map<String, Entry> stored = new HashMap<>();
        Set<String> missing = new HashSet<>();
        for (LocalImage image : imported.images()) {
            if (stored.containsKey(image.src()) || missing.contains(image.src())) continue;
            Outcome outcome = seen.computeIfAbsent(image.file().toAbsolutePath().normalize(), this::outcome);
            if (outcome.entry != null) {
                stored.put(image.src(), outcome.entry);
            } else {
                missing.add(image.src());
                warnings.add(image.origin() + ": image '" + image.src() + "' " + outcome.problem
                        + "; the figure is kept with its caption and flagged as missing its image");
            }
        }
        Article article = imported.article();
        List<Block> body = new ArrayList<>();
        for (Block block : article.body()) {
            Figure figure = block.figure();
            if (figure != null && stored.containsKey(figure.src())) {
                block = block.withDetail(pointed(figure, stored.get(figure.src())));
            } else if (figure != null && missing.contains(figure.src())) {
                block = block.withFlag(BlockFlag.MISSING_IMAGE);
            }
            body.add(block);
        }
        Figure own = article.image();
        if (own != null && stored.containsKey(own.src())) {
            own = pointed(own, stored.get(own.src()));
        } else if (own != null && missing.contains(own.src())) {
            // no flag to carry: left out, the first figure stands for the article (its warning names the image)
            own = null;
        }
        return imported.with(article.withBlocks(body).withImage(own), warnings, List.of());
    }

    /** The figure showing the stored image, with the image's size (an SVG without one keeps what the source gave). */
    private static Figure pointed(Figure figure, Entry entry) {
        Stored original = entry.original();
        Figure moved = figure.withSrc(MediaStore.FOLDER + "/" + original.name());
        return original.width() > 0 ? moved.withSize(original.width(), original.height()) : moved;
    }

    private Outcome outcome(Path source) {
        try {
            check(source);
            return new Outcome(store(source), null);
        } catch (UnusableImage e) {
            return new Outcome(null, e.getMessage());
        } catch (IOException e) {
            throw new GeopressException(folder + ": cannot store the image " + source + ": " + e.getMessage(), e);
        }
    }

    /** Refuses what is not a file, or one larger than the limit, before anything is copied. */
    private void check(Path source) throws UnusableImage {
        if (!Files.exists(source)) throw new UnusableImage("not found: no such file " + source);
        if (!Files.isRegularFile(source)) throw new UnusableImage("is not a file: " + source);
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw new UnusableImage("cannot be read: " + e.getMessage());
        }
        if (size > maxBytes) throw tooLarge(size);
        if (size == 0) throw new UnusableImage("is an empty file: " + source);
    }

    private UnusableImage tooLarge(long size) {
        return new UnusableImage(String.format(Locale.ROOT, "is %.1f MB, larger than the %.1f MB an image may be (import: max_image_mb in geopress.yml)",
                (double) size / ImportLimits.MB, (double) maxBytes / ImportLimits.MB));
    }

    private Entry store(Path source) throws UnusableImage, IOException {
        lock();
        Path copy = MediaStore.temporaryFile(folder);
        try {
            String sha = copy(source, copy);
            Entry known = index.get(sha);
            if (known != null && Files.exists(folder.resolve(known.original().name()))) return known;
            return add(sha, copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Copies {@code source} into {@code copy}, returning the SHA-256 of its bytes. */
    private String copy(Path source, Path copy) throws UnusableImage, IOException {
        MessageDigest sha = sha256();
        long total = 0;
        try (InputStream in = open(source); OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = read(in, buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) throw tooLarge(total); // it grew since it was measured
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static InputStream open(Path source) throws UnusableImage {
        try {
            return Files.newInputStream(source);
        } catch (NoSuchFileException e) {
            throw new UnusableImage("not found: no such file " + source);
        } catch (AccessDeniedException e) {
            throw new UnusableImage("cannot be read: permission denied (" + source + ")");
        } catch (IOException e) {
            throw new UnusableImage("cannot be read: " + e.getMessage());
        }
    }

    private static int read(InputStream in, byte[] buffer) throws UnusableImage {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new UnusableImage("cannot be read: " + e.getMessage());
        }
    }

    /** Reads the image in {@code copy}, makes its smaller copies and puts all in place: the index line last. */
    private Entry add(String sha, Path copy) throws UnusableImage, IOException {
        RasterImage raster = RasterImage.read(copy);
        ImageFacts facts;
        List<SmallerCopies.Copy> smaller = List.of();
        if (raster != null) {
            facts = raster.facts();
            if (!raster.moving()) smaller = SmallerCopies.make(raster.shown(), sha, folder);
        } else if (SvgImage.looksLikeXml(copy)) {
            facts = SvgImage.read(copy);
        } else {
            throw new UnusableImage("is not an image (PNG, JPEG, GIF, WebP or SVG)");
        }
        List<Stored> files = new ArrayList<>();
        for (SmallerCopies.Copy c : smaller) files.add(0, new Stored(c.name(), c.width(), c.height()));
        Entry entry = new Entry(new Stored(sha + "." + facts.extension(), facts.width(), facts.height()), files);
        added.add(entry); // before any file is in place: a failure from here on takes them back
        try {
            for (SmallerCopies.Copy c : smaller) place(c.file(), c.name());
        } finally {
            for (SmallerCopies.Copy c : smaller) Files.deleteIfExists(c.file());
        }
        place(copy, entry.original().name());
        index.append(entry);
        return entry;
    }

    private void place(Path file, String name) throws IOException {
        Files.move(file, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Locks the store for this import (the first time an image is stored) and reads its index as it now is. */
    private void lock() throws IOException {
        if (lockFile != null) return;
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another import in this JVM
        }
        if (lock == null) {
            channel.close();
            throw new GeopressException(folder + ": another import is adding images to this site; try again when it ends");
        }
        lockFile = channel;
        index = MediaIndex.read(folder);
        index.mend();
    }

    /** Ends the capture: with {@code keep} false (the import failed), first takes back every image it added. */
    void finish(boolean keep) throws IOException {
        try {
            if (!keep && !added.isEmpty()) {
                index.remove(added.stream().map(Entry::sha).collect(Collectors.toSet()));
                for (Entry entry : added) {
                    for (Stored file : entry.files()) Files.deleteIfExists(folder.resolve(file.name()));
                }
                added.clear();
            }
        } finally {
            if (lockFile != null) lockFile.close(); // which releases the lock
            lockFile = null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
