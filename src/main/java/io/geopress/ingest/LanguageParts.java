package io.geopress.ingest;

import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text that holds both languages into its Chinese and its English part, so that each becomes its own
 * candidate and the pairer pairs them: lines (a {@code <br>} or a caption's paragraphs) that fall into exactly one
 * Chinese and one English run, for a caption "中文 / English" around a slash or bar, and for a heading "中文 · English"
 * around a dot, slash, bar or dash between spaces. Anything else stays whole.
 */
final class LanguageParts {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[/|]\\s+|\\s*[／｜]\\s*");
    private static final Pattern HEADING_SEPARATOR = Pattern.compile("\\s+[·/|-]\\s+");

    private LanguageParts() {}

    /** The text as one part, or as two of different languages when its lines fall into one run of each. */
    static List<List<Inline>> byLines(List<Inline> nodes) {
        List<List<Inline>> lines = new ArrayList<>();
        List<Inline> line = new ArrayList<>();
        for (Inline node : nodes) {
            if (node instanceof Inline.Break) {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(node);
            }
        }
        lines.add(line);
        return twoRuns(lines, nodes);
    }

    /** The parts of a caption: {@link #byLines}, else around one separator between a Chinese and an English half. */
    static List<List<Inline>> ofCaption(List<Inline> nodes) {
        List<List<Inline>> lines = byLines(nodes);
        if (lines.size() == 2) return lines;
        return aroundSeparator(nodes, SEPARATOR, (a, b) -> differ(language(a), language(b)));
    }

    /**
     * The parts of a heading written in both languages on one line ("前景展望 · Outlook", either order): two when one
     * side is Chinese and the other only Latin script, so that "AI / ML", "2024 - 2025" and "上海 · 北京" stay whole,
     * and the Chinese side does not begin at the separator with a Latin word ("AI / ML 周报" is one title).
     */
    static List<List<Inline>> ofHeading(List<Inline> nodes) {
        return aroundSeparator(nodes, HEADING_SEPARATOR, (a, b) -> {
            Lang first = oneScript(a), second = oneScript(b);
            if (!differ(first, second)) return false;
            String chinese = Inline.plain(first == Lang.ZH ? a : b).strip();
            char edge = first == Lang.ZH ? chinese.charAt(chinese.length() - 1) : chinese.charAt(0);
            return !(edge < 0x80 && Character.isLetterOrDigit(edge));
        });
    }

    private static boolean differ(Lang a, Lang b) {
        return a != null && b != null && a != b;
    }

    /** The nodes cut at the first separator whose two sides {@code accept} takes as the two languages, else whole. */
    private static List<List<Inline>> aroundSeparator(List<Inline> nodes, Pattern separator,
            BiPredicate<List<Inline>, List<Inline>> accept) {
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Inline.Text t)) continue;
            Matcher m = separator.matcher(t.text());
            while (m.find()) {
                List<Inline> before = new ArrayList<>(nodes.subList(0, i));
                before.add(new Inline.Text(t.text().substring(0, m.start())));
                List<Inline> after = new ArrayList<>();
                after.add(new Inline.Text(t.text().substring(m.end())));
                after.addAll(nodes.subList(i + 1, nodes.size()));
                if (accept.test(before, after)) return List.of(Inline.normalized(before), Inline.normalized(after));
            }
        }
        return List.of(nodes);
    }

    /**
     * Lines grouped into runs of one language (a line without words joins the run before it): two runs of different
     * languages are the two parts, joined by line breaks within each; otherwise the whole.
     */
    private static List<List<Inline>> twoRuns(List<List<Inline>> lines, List<Inline> whole) {
        List<List<Inline>> runs = new ArrayList<>();
        List<Lang> langs = new ArrayList<>();
        for (List<Inline> line : lines) {
            Lang lang = language(line);
            if (runs.isEmpty() || lang != null && lang != langs.get(langs.size() - 1) && langs.get(langs.size() - 1) != null) {
                runs.add(new ArrayList<>(line));
                langs.add(lang);
                continue;
            }
            List<Inline> run = runs.get(runs.size() - 1);
            if (!run.isEmpty() && !line.isEmpty()) run.add(new Inline.Break());
            run.addAll(line);
            if (langs.get(langs.size() - 1) == null) langs.set(langs.size() - 1, lang);
        }
        if (runs.size() != 2 || langs.contains(null)) return List.of(whole);
        return List.of(Inline.normalized(runs.get(0)), Inline.normalized(runs.get(1)));
    }

    /** Chinese for a text of Han characters (Latin names among them allowed), English for Latin script alone, else null. */
    private static Lang oneScript(List<Inline> nodes) {
        String text = Inline.plain(nodes);
        if (Script.hanCount(text) == 0) return Script.latinLetters(text) > 0 ? Lang.EN : null;
        return Script.dominant(text) == Lang.ZH ? Lang.ZH : null;
    }

    /** The language of a text, or null when it has no words. */
    private static Lang language(List<Inline> nodes) {
        String text = Inline.plain(nodes);
        return Script.hasNoWords(text) ? null : Script.dominant(text);
    }
}
