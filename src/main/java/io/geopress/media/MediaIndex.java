package io.geopress.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The store's index, {@code media/index.jsonl}: a line per image, appended when it is captured, with its size and its
 * smaller copies, so that neither an import of the same bytes nor a build reads the image again. Lines are only
 * appended (by one import at a time, under the store's lock); the file is rewritten, into a new file renamed over it,
 * only to take back what a failed import added or to mend a last line cut short by a crash. A reader therefore sees
 * whole lines, and skips one cut short, as it skips a line naming a file the store cannot hold.
 */
final class MediaIndex {
    static final String FILE = "index.jsonl";
    /** A stored file's name: the SHA-256 of the original's bytes, a variant's width, the extension. */
    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})(-[1-9][0-9]{0,4}w)?\\.(png|jpg|gif|webp|svg)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One stored file: an original or a smaller copy of one. */
    record Stored(String name, int width, int height) {}

    /** An image: the original, and its smaller copies from the narrowest. */
    record Entry(Stored original, List<Stored> smaller) {
        Entry {
            smaller = List.copyOf(smaller);
        }

        String sha() {
            return MediaIndex.sha(original.name);
        }

        List<Stored> files() {
            List<Stored> all = new ArrayList<>(smaller);
            all.add(original);
            return all;
        }
    }

    private final Path file;
    private final Map<String, Entry> bySha;
    /** Whether the file ends with a whole line: one cut short by a crash would swallow the next line appended. */
    private boolean whole;

    private MediaIndex(Path file, Map<String, Entry> bySha, boolean whole) {
        this.file = file;
        this.bySha = bySha;
        this.whole = whole;
    }

    /** The index of the store in {@code folder}: empty when the store has none yet. */
    static MediaIndex read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        Map<String, Entry> entries = new LinkedHashMap<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new MediaIndex(file, entries, true);
        }
        for (String line : text.split("\n")) {
            Entry entry = parse(line);
            if (entry != null) entries.put(entry.sha(), entry);
        }
        return new MediaIndex(file, entries, text.isEmpty() || text.endsWith("\n"));
    }

    /** The SHA-256 a stored file's name begins with, or null for a name the store never gives. */
    static String sha(String name) {
        var m = NAME.matcher(name);
        return m.matches() ? m.group(1) : null;
    }

    Entry get(String sha) {
        return bySha.get(sha);
    }

    Collection<Entry> entries() {
        return bySha.values();
    }

    /**
     * Adds {@code entry} at the end of the file, in one write. When the write fails, the entry is kept in memory, so
     * that {@link #remove} rewrites the file (which may end with part of its line).
     */
    void append(Entry entry) throws IOException {
        bySha.put(entry.sha(), entry);
        whole = false;
        Files.write(file, (line(entry) + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        whole = true;
    }

    /** Rewrites the file if it ends with a line cut short, before a line is appended to it. */
    void mend() throws IOException {
        if (!whole) rewrite();
    }

    /** Takes the images {@code shas} out of the index. */
    void remove(Set<String> shas) throws IOException {
        if (bySha.keySet().removeAll(shas) || !whole) rewrite();
    }

    /** Writes the index anew, into a new file renamed over the old one. */
    private void rewrite() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Entry entry : bySha.values()) text.append(line(entry)).append('\n');
        Path temporary = MediaStore.temporaryFile(file.getParent());
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            whole = true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String line(Entry entry) {
        ObjectNode node = stored(entry.original);
        ArrayNode smaller = node.putArray("smaller");
        for (Stored copy : entry.smaller) smaller.add(stored(copy));
        return node.toString();
    }

    private static ObjectNode stored(Stored stored) {
        return JSON.createObjectNode().put("name", stored.name).put("width", stored.width).put("height", stored.height);
    }

    /** The entry a line holds, or null for one cut short or naming what the store cannot hold. */
    private static Entry parse(String line) {
        if (line.isBlank()) return null;
        try {
            JsonNode node = JSON.readTree(line);
            Stored original = stored(node, null);
            if (original == null || !node.path("smaller").isArray()) return null;
            List<Stored> smaller = new ArrayList<>();
            for (JsonNode copy : node.get("smaller")) {
                Stored stored = stored(copy, sha(original.name));
                if (stored == null) return null;
                smaller.add(stored);
            }
            return new Entry(original, smaller);
        } catch (IOException e) {
            return null;
        }
    }

    private static Stored stored(JsonNode node, String ofSha) {
        String name = node.path("name").asText("");
        String sha = sha(name);
        boolean variant = name.indexOf('-') > 0;
        if (sha == null || variant != (ofSha != null) || (ofSha != null && !sha.equals(ofSha))) return null;
        JsonNode width = node.path("width");
        JsonNode height = node.path("height");
        if (!whole(width) || !whole(height)) return null;
        return new Stored(name, width.asInt(), height.asInt());
    }

    private static boolean whole(JsonNode number) {
        return number.isIntegralNumber() && number.canConvertToInt() && number.asInt() >= 0;
    }
}
