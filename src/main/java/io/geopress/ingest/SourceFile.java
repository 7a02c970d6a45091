package io.geopress.ingest;

import io.geopress.model.Progress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * A file handed to an importer.
 *
 * @param name how messages name the file (the path as the user gave it)
 * @param zone the site's time zone, for dates that carry none
 */
record SourceFile(Path path, String name, byte[] bytes, ZoneId zone, Progress progress) {
    String at(int line) {
        return name + ":" + line;
    }

    boolean hasUtf8Bom() {
        return startsWithUtf8Bom(bytes);
    }

    static boolean startsWithUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The file as UTF-8 text without a byte-order mark; other encodings are refused at the first bad line. */
    String utf8() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            throw new ImportException(at(line), "not UTF-8 text; save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
