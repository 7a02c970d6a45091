package io.geopress.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * The non-blank lines of a JSON Lines file as UTF-8, read from the file a buffer at a time, each line at most the
 * record limit long: a file of any size is read in bounded memory. UTF-8, with or without its byte order mark;
 * UTF-16 when its byte order mark says so.
 */
final class RecordLines implements AutoCloseable {
    /** One line, white space around it trimmed, and its number in the file. */
    record Record(int line, byte[] bytes) {}

    private final SourceFile file;
    private final InputStream in;
    private final long size;
    private final long limit;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int end;
    private long consumed;
    /** For UTF-16, which is decoded and encoded again as UTF-8 line by line; null for UTF-8. */
    private Reader chars;
    private int line;

    private RecordLines(SourceFile file, InputStream in) throws IOException {
        this.file = file;
        this.in = in;
        this.size = Files.size(file.path());
        this.limit = file.limits().recordBytes();
        fill();
        byte[] head = Arrays.copyOf(buffer, Math.min(end, 3));
        Charset charset = SourceFile.byBom(head);
        position = SourceFile.bomLength(head);
        if (charset != null && charset != StandardCharsets.UTF_8) {
            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buffer, position, end - position), in);
            chars = new InputStreamReader(rest, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        }
    }

    static RecordLines open(SourceFile file) throws IOException {
        return new RecordLines(file, Files.newInputStream(file.path()));
    }

    /** The next non-blank line, or null at the end of the file. */
    Record next() throws IOException {
        while (true) {
            byte[] read = chars == null ? nextBytes() : nextChars();
            if (read == null) return null;
            line++;
            int from = 0;
            int to = read.length;
            while (from < to && isBlank(read[from])) from++;
            while (to > from && isBlank(read[to - 1])) to--;
            if (from < to) return new Record(line, from == 0 && to == read.length ? read : Arrays.copyOfRange(read, from, to));
        }
    }

    private byte[] nextBytes() throws IOException {
        ByteArrayOutputStream longer = null; // a line that runs past the buffer
        while (true) {
            if (position >= end && fill() <= 0) return longer == null ? null : longer.toByteArray();
            int newline = position;
            while (newline < end && buffer[newline] != '\n') newline++;
            int length = newline - position + (longer == null ? 0 : longer.size());
            if (length > limit) throw tooLong();
            if (newline < end) {
                byte[] text;
                if (longer == null) {
                    text = Arrays.copyOfRange(buffer, position, newline);
                } else {
                    longer.write(buffer, position, newline - position);
                    text = longer.toByteArray();
                }
                position = newline + 1;
                return text;
            }
            if (longer == null) longer = new ByteArrayOutputStream();
            longer.write(buffer, position, end - position);
            position = end;
        }
    }

    private int fill() throws IOException {
        end = Math.max(0, in.read(buffer));
        position = 0;
        consumed += end;
        return end;
    }

    private byte[] nextChars() throws IOException {
        StringBuilder out = new StringBuilder();
        try {
            int c = chars.read();
            if (c < 0) return null;
            while (c >= 0 && c != '\n') {
                out.append((char) c);
                if (out.length() > limit / 2) throw tooLong();
                c = chars.read();
            }
        } catch (CharacterCodingException e) {
            throw new ImportException(file.at(line + 1), "not valid UTF-16 text; save the file as UTF-8");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ImportException tooLong() {
        return new ImportException(file.at(line + 1), "the line is longer than " + ImportLimits.size(limit)
                + ", the limit of one record (import: max_record_mb in geopress.yml)");
    }

    /** The bytes of the file read so far. */
    long consumed() {
        return consumed;
    }

    long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }
}
