package io.geopress.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line of a text file, with its 1-based number, its leading indent (a tab counts four) and its text
 * without surrounding white space.
 */
record Line(int number, int indent, String text) {
    static List<Line> split(String content) {
        List<Line> lines = new ArrayList<>();
        // every character a regular expression takes for a line's end: a line holding one made patterns backtrack
        String[] raw = content.split("\r\n|[\r\n\u0085\u2028\u2029]", -1);
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i].replace('\u00A0', ' ').replace('\u3000', ' ');
            String text = s.strip();
            if (text.isEmpty()) continue;
            lines.add(new Line(i + 1, indentOf(s), text));
        }
        return lines;
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
