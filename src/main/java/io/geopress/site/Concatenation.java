package io.geopress.site;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file made of one part per article in list order, such as llms-full.txt: a header, the parts with a separator
 * between them, a footer. With no previous build, parts go straight into the file as the articles are rendered,
 * in list order. Otherwise the parts of articles rendered by this build are collected in a side file and the
 * file is put together at the end, copying every other article's part from the previous build's file (a copy
 * the kernel does), so a rebuild after one change writes one part.
 */
final class Concatenation implements AutoCloseable {
    private final BuildFolder folder;
    private final String name;
    private final byte[] header;
    private final byte[] separator;
    private final byte[] footer;
    private final boolean direct;
    private final Path side;
    private final FileChannel fresh;
    /** What goes into {@code fresh}, buffered: a full build adds tens of thousands of small parts. */
    private final OutputStream freshOut;
    private long freshSize;
    private final Map<String, BuildManifest.Part> freshParts = new HashMap<>();
    private final List<String> added = new ArrayList<>();

    Concatenation(BuildFolder folder, String name, String header, String separator, String footer) throws IOException {
        this.folder = folder;
        this.name = name;
        this.header = header.getBytes(StandardCharsets.UTF_8);
        this.separator = separator.getBytes(StandardCharsets.UTF_8);
        this.footer = footer.getBytes(StandardCharsets.UTF_8);
        this.direct = folder.previousParts(name).isEmpty();
        this.side = direct ? folder.resolve(name) : folder.resolve("." + name + ".parts");
        this.fresh = FileChannel.open(side, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
        this.freshOut = new BufferedOutputStream(Channels.newOutputStream(fresh), 1 << 16);
        if (direct) append(this.header);
    }

    /** Whether the previous build's file holds a part for {@code slug} that this file can take. */
    boolean hasPrevious(String slug) {
        return folder.previousParts(name).containsKey(slug);
    }

    /** Adds the part of an article rendered by this build; parts come in list order. */
    void add(String slug, String text) {
        add(slug, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the part of an article rendered by this build, made of {@code pieces} in turn; parts come in list order. */
    synchronized void add(String slug, byte[]... pieces) {
        try {
            if (direct && !added.isEmpty()) append(separator);
            long at = freshSize;
            for (byte[] piece : pieces) append(piece);
            freshParts.put(slug, new BuildManifest.Part(at, freshSize - at));
            added.add(slug);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(byte[] bytes) throws IOException {
        freshOut.write(bytes);
        freshSize += bytes.length;
    }

    /** Finishes the file with the parts of {@code slugs}, in that order, and returns its size. */
    long finish(List<String> slugs) throws IOException {
        if (direct) {
            if (!added.equals(slugs)) throw new IllegalStateException(name + ": articles were not all rendered in list order");
            append(footer);
            freshOut.flush();
            folder.recordParts(name, freshParts);
            return freshSize;
        }
        freshOut.flush();
        Map<String, BuildManifest.Part> old = folder.previousParts(name);
        Map<String, BuildManifest.Part> placed = new HashMap<>();
        try (FileChannel target = FileChannel.open(folder.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                FileChannel before = FileChannel.open(folder.previousFile(name), StandardOpenOption.READ)) {
            Copier copier = new Copier(target);
            copier.write(header);
            BuildManifest.Part previousOld = null;
            for (int i = 0; i < slugs.size(); i++) {
                String slug = slugs.get(i);
                BuildManifest.Part part = freshParts.get(slug);
                BuildManifest.Part oldPart = part == null ? old.get(slug) : null;
                if (i > 0) {
                    long gap = previousOld == null ? -1 : previousOld.offset() + previousOld.length();
                    // between two parts that follow each other in the previous file, copy its separator too, so
                    // that the run goes over in one copy
                    if (oldPart != null && oldPart.offset() == gap + separator.length) copier.copy(before, gap, separator.length);
                    else copier.write(separator);
                }
                if (part == null && oldPart == null) throw new IllegalStateException(name + ": no part for article " + slug);
                placed.put(slug, new BuildManifest.Part(copier.position(), part != null ? part.length() : oldPart.length()));
                if (part != null) copier.copy(fresh, part.offset(), part.length());
                else copier.copy(before, oldPart.offset(), oldPart.length());
                previousOld = oldPart;
            }
            copier.write(footer);
            copier.flush();
            folder.recordParts(name, placed);
            return copier.position();
        }
    }

    /** Appends byte ranges of files to a file, a run of adjacent ranges of one file in one copy the kernel does. */
    private static final class Copier {
        private final FileChannel target;
        private long position;
        private FileChannel source;
        private long from;
        private long length;

        Copier(FileChannel target) {
            this.target = target;
        }

        long position() {
            return position;
        }

        void copy(FileChannel channel, long offset, long count) throws IOException {
            if (source != channel || offset != from + length) {
                flush();
                source = channel;
                from = offset;
            }
            length += count;
            position += count;
        }

        void write(byte[] bytes) throws IOException {
            flush();
            writeFully(target, bytes);
            position += bytes.length;
        }

        void flush() throws IOException {
            for (long done = 0; done < length; ) done += source.transferTo(from + done, length - done, target);
            source = null;
            length = 0;
        }
    }

    private static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) channel.write(buffer);
    }

    /** Removes the side file; the assembled file stays. */
    @Override
    public void close() throws IOException {
        try (fresh) {
            if (!direct) Files.deleteIfExists(side);
        }
    }
}
