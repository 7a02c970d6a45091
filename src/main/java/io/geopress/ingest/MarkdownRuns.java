package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Bond;
import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.BlockKind;
import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds translations that Markdown writes apart from their blocks, which the pairer (neighbours only) cannot see: the
 * halves of a heading written on one line in both languages, a Chinese list followed by its English list (item by
 * item, at every level of nesting), and a run of N paragraphs (or quotes) followed by their N translations. Each is
 * put in pairing order with its bonds; a list or run whose other half does not match is reported once and left
 * unpaired, never guessed. Only text in one language takes part: a Chinese paragraph quoting an English sentence
 * breaks a run.
 */
final class MarkdownRuns {
    private static final Pattern NUMBER = Pattern.compile("\\d++(?:[.,]\\d++)*+");

    private MarkdownRuns() {}

    /**
     * One list, or lists one right after the other, of the body's top level.
     *
     * @param items the candidates of each top-level item, nested items' included, in order
     */
    record ListGroup(int line, List<List<Candidate>> items) {}

    /** The candidates in pairing order, a bond for each, and what an editor should know. */
    record Runs(List<Candidate> candidates, List<Bond> bonds, List<String> warnings) {}

    static Runs find(List<Candidate> in, List<ListGroup> lists, SourceFile file) {
        List<Candidate> out = new ArrayList<>(in);
        List<Bond> bonds = new ArrayList<>(Collections.nCopies(in.size(), Bond.FREE));
        List<String> warnings = new ArrayList<>();
        Map<Candidate, Integer> at = new IdentityHashMap<>();
        for (int i = 0; i < in.size(); i++) at.put(in.get(i), i);
        for (ListGroup list : lists) list(list, at, out, bonds, warnings, file);
        headings(out, bonds);
        tables(out, bonds, warnings, file);
        runs(out, bonds, warnings, file);
        return new Runs(out, bonds, warnings);
    }

    /** A list group whose items fall into a run of one language and a run of the other. */
    private static void list(ListGroup list, Map<Candidate, Integer> at, List<Candidate> out, List<Bond> bonds,
            List<String> warnings, SourceFile file) {
        List<Lang> langs = new ArrayList<>();
        for (List<Candidate> item : list.items()) {
            Lang lang = itemLanguage(item);
            if (lang == null) return; // an item in both languages (a translation nested under it), or not only text
            langs.add(lang);
        }
        int half = 0;
        while (half < langs.size() && langs.get(half) == langs.get(0)) half++;
        if (half == langs.size() || langs.subList(half, langs.size()).contains(langs.get(0))) return;
        List<List<Candidate>> first = list.items().subList(0, half), second = list.items().subList(half, langs.size());
        List<Candidate> a = flat(first), b = flat(second);
        if (half * 2 != langs.size() || !sameNesting(first, second)) {
            warnings.add(file.at(list.line()) + ": " + article(langs.get(0)) + " list of " + first.size() + " item(s) followed by "
                    + article(langs.get(half)) + " list of " + second.size() + " item(s)"
                    + (first.size() == second.size() ? " nested differently" : "")
                    + ": not paired item by item; its items are left without translation");
            for (Candidate c : a) bonds.set(at.get(c), Bond.ALONE);
            for (Candidate c : b) bonds.set(at.get(c), Bond.ALONE);
            return;
        }
        int start = at.get(a.get(0));
        for (int k = 0; k < a.size() + b.size(); k++) {
            if (at.get(k < a.size() ? a.get(k) : b.get(k - a.size())) != start + k) return; // moved apart: left as it is
        }
        interleave(a, b, start, out, bonds);
    }

    /** The language of every candidate of a list item, or null when they differ or are not all list text. */
    private static Lang itemLanguage(List<Candidate> item) {
        Lang lang = null;
        for (Candidate c : item) {
            Lang own = c.kind() == BlockKind.LIST_ITEM && c.detail() == null ? clean(c.text()) : null;
            if (own == null || lang != null && own != lang) return null;
            lang = own;
        }
        return lang;
    }

    private static boolean sameNesting(List<List<Candidate>> first, List<List<Candidate>> second) {
        for (int i = 0; i < first.size(); i++) {
            List<Candidate> a = first.get(i), b = second.get(i);
            if (a.size() != b.size()) return false;
            for (int k = 0; k < a.size(); k++) if (a.get(k).level() != b.get(k).level()) return false;
        }
        return true;
    }

    /** The two halves of a heading written on one line: two headings of one line and level, one per language. */
    private static void headings(List<Candidate> out, List<Bond> bonds) {
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate a = out.get(i), b = out.get(i + 1);
            if (a.kind() == BlockKind.HEADING && b.kind() == BlockKind.HEADING && a.line() == b.line() && a.level() == b.level()
                    && bonds.get(i) == Bond.FREE && bonds.get(i + 1) == Bond.FREE && a.lang() != b.lang()) {
                bonds.set(i, Bond.WITH_NEXT);
                bonds.set(i + 1, Bond.WITH_PREVIOUS);
                i++;
            }
        }
    }

    /** A table followed by one in the other language pairs cell by cell in the pairer; one of another shape is reported. */
    private static void tables(List<Candidate> out, List<Bond> bonds, List<String> warnings, SourceFile file) {
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate a = out.get(i), b = out.get(i + 1);
            if (a.kind() != BlockKind.TABLE || b.kind() != BlockKind.TABLE || bonds.get(i) != Bond.FREE) continue;
            Lang la = clean(a.text()), lb = clean(b.text());
            if (la != null && lb != null && la != lb && !CandidateDetails.sameShape(a.detail(), b.detail())) {
                warnings.add(file.at(b.line()) + ": " + article(lb) + " table follows " + article(la)
                        + " one of other rows or cells: not paired cell by cell; both are left without translation");
            }
        }
    }

    /**
     * Runs of paragraphs (or quotes) in one language followed by a run in the other: two or more on each side, the
     * same number, each pair plausible as a translation (lengths, numbers), are paired in order; different numbers
     * are reported and left unpaired. One block followed by one is the pairer's ordinary case.
     */
    private static void runs(List<Candidate> out, List<Bond> bonds, List<String> warnings, SourceFile file) {
        int i = 0;
        while (i < out.size()) {
            int a = segment(out, bonds, i, null);
            if (a < 2) {
                i += Math.max(1, a);
                continue;
            }
            int b = segment(out, bonds, i + a, out.get(i));
            if (b < 2) {
                i += a;
                continue;
            }
            List<Candidate> first = List.copyOf(out.subList(i, i + a)), second = List.copyOf(out.subList(i + a, i + a + b));
            if (a != b) {
                warnings.add(file.at(first.get(0).line()) + ": " + a + " " + language(first.get(0).lang()) + " "
                        + plural(first.get(0)) + " followed by " + b + " " + language(second.get(0).lang()) + " ones:"
                        + " not paired, as which translates which cannot be told; they are left without translation");
                for (int k = i; k < i + a + b; k++) bonds.set(k, Bond.ALONE);
            } else if (plausible(first, second)) {
                interleave(first, second, i, out, bonds);
            }
            i += a + b;
        }
    }

    /**
     * The length of the run at {@code from}: free candidates of one kind of running text and one clean language, as
     * {@code like} (null: as the first) but, for the run after it, in the other language.
     */
    private static int segment(List<Candidate> out, List<Bond> bonds, int from, Candidate like) {
        if (from >= out.size()) return 0;
        Candidate first = out.get(from);
        Lang lang = runLanguage(first, bonds.get(from));
        if (lang == null || like != null && (first.kind() != like.kind() || lang == like.lang())) return 0;
        int end = from + 1;
        while (end < out.size() && out.get(end).kind() == first.kind() && runLanguage(out.get(end), bonds.get(end)) == lang) end++;
        return end - from;
    }

    private static Lang runLanguage(Candidate c, Bond bond) {
        boolean text = c.kind() == BlockKind.PARAGRAPH || c.kind() == BlockKind.QUOTE;
        return text && bond == Bond.FREE && c.detail() == null ? clean(c.text()) : null;
    }

    /** Every pair's lengths as a translation's are, and numbers, where both give some, shared. */
    private static boolean plausible(List<Candidate> first, List<Candidate> second) {
        for (int k = 0; k < first.size(); k++) {
            Candidate zh = first.get(k).lang() == Lang.ZH ? first.get(k) : second.get(k);
            Candidate en = zh == first.get(k) ? second.get(k) : first.get(k);
            double ratio = Script.latinLetters(en.text()) / (double) Math.max(1, Script.hanCount(zh.text()));
            if (ratio < 0.5 || ratio > 12) return false;
            Set<String> zhNumbers = numbers(zh.text()), enNumbers = numbers(en.text());
            if (!zhNumbers.isEmpty() && !enNumbers.isEmpty() && Collections.disjoint(zhNumbers, enNumbers)) return false;
        }
        return true;
    }

    private static Set<String> numbers(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) found.add(m.group().replace(",", ""));
        return found;
    }

    /** {@code a}'s candidates each followed by {@code b}'s of the same place, written over the range at {@code start}. */
    private static void interleave(List<Candidate> a, List<Candidate> b, int start, List<Candidate> out, List<Bond> bonds) {
        for (int k = 0; k < a.size(); k++) {
            out.set(start + 2 * k, a.get(k));
            out.set(start + 2 * k + 1, b.get(k));
            bonds.set(start + 2 * k, Bond.WITH_NEXT);
            bonds.set(start + 2 * k + 1, Bond.WITH_PREVIOUS);
        }
    }

    private static List<Candidate> flat(List<List<Candidate>> items) {
        List<Candidate> all = new ArrayList<>();
        items.forEach(all::addAll);
        return all;
    }

    /**
     * Chinese for text that is clearly Chinese (at least two Han characters to a Latin word), English for text with at
     * most a Han character to ten words, else null: a Chinese sentence quoting English is neither.
     */
    static Lang clean(String text) {
        int han = Script.hanCount(text), words = Script.latinWords(text);
        if (han > 0 && han >= 2 * words) return Lang.ZH;
        return words > 0 && han * 10 <= words ? Lang.EN : null;
    }

    private static String language(Lang lang) {
        return lang == Lang.ZH ? "Chinese" : "English";
    }

    private static String article(Lang lang) {
        return lang == Lang.ZH ? "a Chinese" : "an English";
    }

    private static String plural(Candidate c) {
        return c.kind() == BlockKind.QUOTE ? "quote paragraphs" : "paragraphs";
    }
}
