package io.geopress.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file made of one part per article in list order, such as llms-full.txt. Parts of articles rendered by this
 * build are collected in a side file; the file is then put together, copying every other article's part from
 * the previous build's file (a copy the kernel does), so a rebuild after one change writes one part.
 */
final class Concatenation implements AutoCloseable {
    private final BuildFolder folder;
    private final String name;
    private final Path side;
    private final FileChannel fresh;
    private final Map<String, BuildManifest.Part> freshParts = new HashMap<>();

    Concatenation(BuildFolder folder, String name) throws IOException {
        this.folder = folder;
        this.name = name;
        this.side = folder.resolve("." + name + ".parts");
        this.fresh = FileChannel.open(side, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
    }

    /** Whether the previous build's file holds a part for {@code slug} that this file can take. */
    boolean hasPrevious(String slug) {
        return folder.previousParts(name).containsKey(slug);
    }

    /** Adds the part of an article rendered by this build. */
    synchronized void add(String slug, String text) {
        try {
            long at = fresh.position();
            writeFully(fresh, text.getBytes(StandardCharsets.UTF_8));
            freshParts.put(slug, new BuildManifest.Part(at, fresh.position() - at));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file: {@code header}, the parts of {@code slugs} in order with {@code separator} between, {@code footer}. */
    void finish(String header, List<String> slugs, String separator, String footer) throws IOException {
        Map<String, BuildManifest.Part> old = folder.previousParts(name);
        Map<String, BuildManifest.Part> placed = new HashMap<>();
        byte[] between = separator.getBytes(StandardCharsets.UTF_8);
        Path previousFile = folder.previousFile(name);
        try (FileChannel target = FileChannel.open(folder.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                FileChannel before = old.isEmpty() ? null : FileChannel.open(previousFile, StandardOpenOption.READ)) {
            writeFully(target, header.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < slugs.size(); i++) {
                String slug = slugs.get(i);
                if (i > 0) writeFully(target, between);
                BuildManifest.Part part = freshParts.get(slug);
                FileChannel source = fresh;
                if (part == null) {
                    part = old.get(slug);
                    source = before;
                }
                if (part == null) throw new IllegalStateException(name + ": no part for article " + slug);
                placed.put(slug, new BuildManifest.Part(target.position(), part.length()));
                for (long done = 0; done < part.length(); ) {
                    done += source.transferTo(part.offset() + done, part.length() - done, target);
                }
            }
            writeFully(target, footer.getBytes(StandardCharsets.UTF_8));
        }
        folder.recordParts(name, BuildFolder.key(name, slugs.size(), freshParts.keySet()), placed);
    }

    private static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) channel.write(buffer);
    }

    /** Removes the side file; the assembled file stays. */
    @Override
    public void close() throws IOException {
        try (fresh) {
            Files.deleteIfExists(side);
        }
    }
}
