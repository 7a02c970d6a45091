package io.geopress.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.geopress.model.Block;
import io.geopress.model.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Reads a JSON Lines file: one article per line, an object with the keys of {@link FrontMatter} plus either
 * {@code body} (Markdown, read as a Markdown file's body is) or {@code blocks} (see {@link BlockList}). Blank lines
 * are skipped. The file is streamed, a batch of lines at a time, so it may be of any size; a line longer than the
 * record limit is refused. A bad line fails the whole file (the caller saves in one transaction).
 */
final class JsonLinesImporter implements Importer {
    static final String AGENT = "import:jsonl";
    private static final Set<String> BODY_KEYS = Set.of("body", "blocks", "id", "guid");
    private static final int BATCH = 256;

    private final ObjectMapper json = JsonMapper.builder().build();
    private final MarkdownBody markdown;

    /** @param unknownShortcodes where the import counts the Hugo shortcodes of Markdown bodies that it does not know */
    JsonLinesImporter(ShortcodeTally unknownShortcodes) {
        markdown = new MarkdownBody(null, unknownShortcodes);
    }

    @Override
    public void read(SourceFile file, Consumer<Imported> sink) {
        Progress progress = file.progress();
        try (RecordLines lines = RecordLines.open(file)) {
            progress.startBytes("import " + file.name(), lines.size());
            // Lines are independent, so a batch is read in parallel (the parser and ObjectMapper are thread-safe);
            // articles go to the sink, progress is reported, and a bad line thrown, from this thread only, in
            // line order. Only one batch is held at a time, so memory does not grow with the file.
            List<RecordLines.Record> batch = new ArrayList<>(BATCH);
            for (RecordLines.Record record = lines.next(); record != null; record = lines.next()) {
                batch.add(record);
                if (batch.size() == BATCH) {
                    readBatch(file, batch, sink);
                    batch.clear();
                    progress.advance(lines.consumed());
                }
            }
            readBatch(file, batch, sink);
            progress.advance(lines.size());
        } catch (IOException e) {
            throw new ImportException(file.name(), "cannot read: " + e.getMessage(), e);
        } finally {
            progress.finish();
        }
    }

    private void readBatch(SourceFile file, List<RecordLines.Record> batch, Consumer<Imported> sink) {
        Imported[] imported = new Imported[batch.size()];
        ImportException[] failed = new ImportException[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(i -> {
            try {
                imported[i] = article(file, batch.get(i));
            } catch (ImportException e) {
                failed[i] = e;
            } catch (StackOverflowError e) {
                failed[i] = new ImportException(file.at(batch.get(i).line()), "nested too deeply to read");
            }
        });
        for (int i = 0; i < imported.length; i++) {
            if (failed[i] != null) throw failed[i];
            sink.accept(imported[i]);
        }
    }

    private Imported article(SourceFile file, RecordLines.Record record) {
        int line = record.line();
        String origin = file.at(line);
        Keys keys = keys(file, record.bytes(), line);
        FrontMatter meta = FrontMatter.read(keys, BODY_KEYS);
        MarkdownBody.Body body;
        List<Imported.LocalImage> images = new ArrayList<>();
        if (keys.has("body") && keys.has("blocks")) {
            throw new ImportException(origin, "give either 'body' or 'blocks', not both");
        } else if (keys.has("blocks")) {
            List<String> warnings = new ArrayList<>();
            List<String> untranslated = new ArrayList<>();
            List<Block> blocks = BlockList.read(keys, "blocks", warnings, untranslated, images);
            body = new MarkdownBody.Body(meta.title(), blocks, warnings, untranslated);
        } else if (FrontMatter.text(keys, "body") != null) {
            body = markdown.read(FrontMatter.text(keys, "body"), meta.title(), file, i -> line);
        } else {
            throw new ImportException(origin, "no 'body' (Markdown text) nor 'blocks'");
        }
        Imported imported = MarkdownImporter.imported(origin, meta, body, List.of(), AGENT, origin);
        if (!images.isEmpty()) imported = imported.with(imported.article(), imported.warnings(), images);
        String id = explicitId(keys, origin);
        return id == null ? imported : imported.withKey("id:" + id);
    }

    /** The line's own id ({@code id}, or a feed's {@code guid}): a text or a whole number. */
    private static String explicitId(Keys keys, String origin) {
        if (keys.has("id") && keys.has("guid")) throw new ImportException(origin, "give either 'id' or 'guid', not both");
        String key = keys.has("id") ? "id" : "guid";
        JsonNode value = keys.get(key);
        if (value == null) return null;
        if (!value.isTextual() && !value.isIntegralNumber()) throw keys.wrong(key, "must be a text or a whole number");
        String id = value.asText().strip();
        if (id.isEmpty()) throw keys.wrong(key, "is empty");
        return id;
    }

    private Keys keys(SourceFile file, byte[] bytes, int line) {
        String origin = file.at(line);
        try (JsonParser parser = json.createParser(bytes)) {
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
}
