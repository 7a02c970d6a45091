package io.geopress.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's {@code highlight} shortcode, {@code {{< highlight go "linenos=table" >}}} … {@code {{< /highlight >}}}, each on
 * a line of its own, rewritten before Markdown is read into the fenced code block it stands for (so that what it holds
 * is never read as Markdown), line for line, so that messages keep naming the file's lines. Inside a fenced code
 * block it is code as written.
 */
final class HugoHighlight {
    private static final Pattern OPEN = Pattern.compile(" {0,3}(\\{\\{(?:<\\s*highlight\\s.*?>|%\\s*highlight\\s.*?%)}})\\s*");
    private static final Pattern CLOSE = Pattern.compile(" {0,3}\\{\\{(?:<\\s*/\\s*highlight\\s*>|%\\s*/\\s*highlight\\s*%)}}\\s*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]{1,40}");

    private HugoHighlight() {}

    /** {@code markdown} with each highlight shortcode that encloses its lines written as a code fence. */
    static String fenced(String markdown) {
        if (!markdown.contains("highlight")) return markdown;
        String[] lines = markdown.split("\n", -1);
        String fence = null; // the fence of the code block we are in, if any
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                char mark = fence.charAt(0);
                if (line.strip().startsWith(fence) && line.strip().chars().allMatch(c -> c == mark)) fence = null;
                continue;
            }
            Matcher opening = OPEN.matcher(line);
            if (opening.matches()) {
                int end = closing(lines, i + 1);
                if (end < 0) continue;
                String ticks = "`".repeat(Math.max(3, longestBackticks(lines, i + 1, end) + 1));
                lines[i] = ticks + language(opening.group(1));
                lines[end] = ticks;
                i = end;
                continue;
            }
            Matcher fenceOpen = FENCE.matcher(line);
            if (fenceOpen.matches()) fence = fenceOpen.group(1);
        }
        return String.join("\n", lines);
    }

    private static int closing(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) if (CLOSE.matcher(lines[i]).matches()) return i;
        return -1;
    }

    private static int longestBackticks(String[] lines, int from, int to) {
        int longest = 0;
        for (int i = from; i < to; i++) {
            int run = 0;
            for (int j = 0; j < lines[i].length(); j++) {
                run = lines[i].charAt(j) == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    /** The language the shortcode names first, read as every shortcode's arguments are; "" when none is usable. */
    private static String language(String shortcode) {
        HugoShortcode.Arguments args = HugoShortcode.arguments(new HugoShortcode.Node("highlight", shortcode, false, true));
        String language = args.problem() == null ? args.get("lang", 0) : null;
        return language != null && LANGUAGE.matcher(language).matches() ? language : "";
    }
}
