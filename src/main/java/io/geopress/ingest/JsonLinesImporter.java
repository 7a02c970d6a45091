package io.geopress.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.geopress.model.Block;
import io.geopress.model.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Reads a JSON Lines file: one article per line, an object with the keys of {@link FrontMatter} plus either
 * {@code body} (Markdown, read as a Markdown file's body is) or {@code blocks} (see {@link BlockList}). Blank lines
 * are skipped. Every line is read before anything is returned: one bad line fails the whole file.
 */
final class JsonLinesImporter implements Importer {
    static final String AGENT = "import:jsonl";
    private static final Set<String> BODY_KEYS = Set.of("body", "blocks");
    private static final int BATCH = 256;

    private final ObjectMapper json = JsonMapper.builder().build();
    private final MarkdownBody markdown = new MarkdownBody();

    @Override
    public void read(SourceFile file, Consumer<Imported> sink) {
        byte[] bytes = file.bytes();
        Lines lines = Lines.of(bytes);
        Progress progress = file.progress();
        progress.start("import " + file.name(), lines.total());
        try {
            // Lines are independent, so a batch is read in parallel (the Parser and ObjectMapper are thread-safe);
            // articles go to the sink, progress is reported, and a bad line thrown, from this thread only, in
            // line order. Only one batch is held at a time, so memory does not grow with the file.
            for (int from = 0; from < lines.count(); from += BATCH) {
                int to = Math.min(lines.count(), from + BATCH);
                Imported[] imported = new Imported[to - from];
                ImportException[] failed = new ImportException[to - from];
                int first = from;
                IntStream.range(from, to).parallel().forEach(i -> {
                    try {
                        imported[i - first] = article(file, bytes, lines.start()[i], lines.end()[i], lines.number()[i]);
                    } catch (ImportException e) {
                        failed[i - first] = e;
                    }
                });
                for (int i = 0; i < imported.length; i++) {
                    if (failed[i] != null) throw failed[i];
                    sink.accept(imported[i]);
                }
                progress.advance(to == lines.count() ? lines.total() : lines.number()[to - 1]);
            }
            if (lines.count() == 0) progress.advance(lines.total());
        } finally {
            progress.finish();
        }
    }

    /**
     * The non-blank lines of the file: where each starts and ends (spaces, tabs and CR trimmed) and its 1-based
     * number; {@code total} counts blank lines too.
     */
    private record Lines(int[] start, int[] end, int[] number, int count, int total) {
        static Lines of(byte[] bytes) {
            int capacity = 16;
            int[] start = new int[capacity];
            int[] end = new int[capacity];
            int[] number = new int[capacity];
            int count = 0;
            int line = 0;
            int at = SourceFile.startsWithUtf8Bom(bytes) ? 3 : 0;
            while (at < bytes.length) {
                int nl = at;
                while (nl < bytes.length && bytes[nl] != '\n') nl++;
                line++;
                int from = at;
                int to = nl;
                while (from < to && isBlank(bytes[from])) from++;
                while (to > from && isBlank(bytes[to - 1])) to--;
                if (from < to) {
                    if (count == capacity) {
                        capacity *= 2;
                        start = Arrays.copyOf(start, capacity);
                        end = Arrays.copyOf(end, capacity);
                        number = Arrays.copyOf(number, capacity);
                    }
                    start[count] = from;
                    end[count] = to;
                    number[count] = line;
                    count++;
                }
                at = nl + 1;
            }
            return new Lines(start, end, number, count, line);
        }
    }

    private Imported article(SourceFile file, byte[] bytes, int start, int end, int line) {
        String origin = file.at(line);
        Keys keys = keys(file, bytes, start, end - start, line);
        FrontMatter meta = FrontMatter.read(keys, BODY_KEYS);
        MarkdownBody.Body body;
        if (keys.has("body") && keys.has("blocks")) {
            throw new ImportException(origin, "give either 'body' or 'blocks', not both");
        } else if (keys.has("blocks")) {
            List<String> warnings = new ArrayList<>();
            List<Block> blocks = BlockList.read(keys, "blocks", warnings);
            body = new MarkdownBody.Body(meta.title(), blocks, warnings);
        } else if (FrontMatter.text(keys, "body") != null) {
            body = markdown.read(FrontMatter.text(keys, "body"), meta.title(), file, i -> line);
        } else {
            throw new ImportException(origin, "no 'body' (Markdown text) nor 'blocks'");
        }
        return MarkdownImporter.imported(origin, meta, body, file, AGENT, origin);
    }

    private Keys keys(SourceFile file, byte[] bytes, int offset, int length, int line) {
        String origin = file.at(line);
        try (JsonParser parser = json.createParser(bytes, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(origin, "not a JSON object");
            }
            Keys keys = Keys.read(parser, json, file, origin, "key", l -> line);
            if (parser.nextToken() != null) {
                throw new ImportException(origin, "invalid JSON: more than one value on the line");
            }
            return keys;
        } catch (JsonProcessingException e) {
            throw new ImportException(origin, "invalid JSON: " + Keys.briefly(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }
}
