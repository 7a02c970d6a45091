package io.geopress.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line of a text file, with its 1-based number, its leading indent (a tab counts four) and its text
 * without surrounding white space.
 */
record Line(int number, int indent, String text) {
    static List<Line> split(SourceFile file) {
        String content = decodeUtf8(file);
        List<Line> lines = new ArrayList<>();
        String[] raw = content.split("\r\n|\r|\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i].replace('\u00A0', ' ').replace('\u3000', ' ');
            String text = s.strip();
            if (text.isEmpty()) continue;
            lines.add(new Line(i + 1, indentOf(s), text));
        }
        return lines;
    }

    static String decodeUtf8(SourceFile file) {
        byte[] bytes = file.bytes();
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file.name(), "not UTF-8 text; save it as UTF-8 and import again");
        }
    }

    private static int indentOf(String s) {
        int indent = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') indent++;
            else if (c == '\t') indent += 4;
            else break;
        }
        return indent;
    }
}
