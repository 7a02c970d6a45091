package io.geopress.ingest;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs a run of one-language blocks into bilingual blocks: each Chinese block with the English one beside it
 * (before or after). Where the order is ambiguous, a block missing its translation between two others, it picks
 * the pairing whose pairs share the most numbers and Latin names and have plausible length ratios.
 */
final class BlockPairer {
    /**
     * One block of one language as an importer found it.
     *
     * @param text its plain text, which the language guess and the pairing read: for a figure or a table also its alt
     *     text or cells
     * @param nodes the block's own text as inline nodes (a figure's or table's caption, possibly none)
     * @param detail a figure's image or a table's cells, their texts (alt, cells) in the Chinese slot whatever their
     *     language: the pairer moves them to the language it finds, and a paired table takes each cell's translation
     *     from the same cell of the other
     */
    record Candidate(BlockKind kind, int level, boolean ordered, String text, int line, List<Inline> nodes, Block.Detail detail) {
        Candidate(BlockKind kind, int level, boolean ordered, String text, int line) {
            this(kind, level, ordered, text, line, List.of(new Inline.Text(text)), null);
        }

        Lang lang() {
            return Script.dominant(text);
        }

        Candidate withLevel(int changed) {
            return new Candidate(kind, changed, ordered, text, line, nodes, detail);
        }
    }

    /**
     * What an importer already knows of a candidate's translation: nothing ({@code FREE}, the pairer decides), that
     * it is the next candidate or the one before, or that it has none here ({@code ALONE}).
     */
    enum Bond { FREE, WITH_NEXT, WITH_PREVIOUS, ALONE }

    /** The blocks, what an editor should know, and a line per block left in one language (see {@link Imported}). */
    record Result(List<Block> blocks, List<String> warnings, List<String> untranslated) {}

    /**
     * What the scoring needs of a candidate, computed once: language, and for Chinese its numbers and names and
     * Han count, for English its lower-case text and letter count. These scans are most of the pairer's cost.
     */
    private record Scanned(Lang lang, Set<String> tokens, String lower, int han, int latin) {
        static Scanned of(String text) {
            return of(text, Script.dominant(text));
        }

        static Scanned of(String text, Lang lang) {
            if (lang == Lang.ZH) return new Scanned(lang, tokensOf(text), null, Script.hanCount(text), 0);
            return new Scanned(lang, null, text.toLowerCase(Locale.ROOT), 0, Script.latinLetters(text));
        }
    }

    // possessive: no recursion per repetition

    private static final Pattern TOKEN = Pattern.compile("\\d++(?:[.,]\\d++)*+%?|[A-Za-z][A-Za-z0-9+\\-]++");
    private static final String CLOSING = ".!?。！？…\"”’')）]】」』;；:：";

    private BlockPairer() {}

    static Result pair(List<Candidate> candidates, SourceFile file) {
        return pair(candidates, Collections.nCopies(candidates.size(), Bond.FREE), file);
    }

    /** As {@link #pair(List, SourceFile)}, keeping the pairs and singles {@code bonds} (one per candidate) give. */
    static Result pair(List<Candidate> candidates, List<Bond> bonds, SourceFile file) {
        int n = candidates.size();
        Scanned[] scanned = new Scanned[n];
        for (int i = 0; i < n; i++) scanned[i] = Scanned.of(candidates.get(i).text());
        double[] best = new double[n + 2];
        boolean[] pairHere = new boolean[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            if (bonds.get(i) == Bond.WITH_NEXT) {
                best[i] = 1.0 + best[i + 2];
                pairHere[i] = true;
                continue;
            }
            best[i] = best[i + 1];
            if (i + 1 < n && bonds.get(i) == Bond.FREE && bonds.get(i + 1) == Bond.FREE
                    && canPair(candidates.get(i), scanned[i], candidates.get(i + 1), scanned[i + 1])) {
                double withPair = pairScore(scanned[i], scanned[i + 1]) + best[i + 2];
                if (withPair > best[i]) {
                    best[i] = withPair;
                    pairHere[i] = true;
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (int i = 0; i < n; ) {
            Candidate c = candidates.get(i);
            if (pairHere[i]) {
                Candidate next = candidates.get(i + 1);
                Candidate zh = scanned[i].lang() == Lang.ZH ? c : next;
                Candidate en = zh == c ? next : c;
                Block block = new Block(zh.kind(), zh.level(), zh.ordered(), Bilingual.inline(zh.nodes(), en.nodes()), null,
                        CandidateDetails.paired(zh.detail(), en.detail()), null);
                if (zh.kind() != BlockKind.HEADING && zh.detail() == null && isCut(zh.text(), en.text())) {
                    block = block.withFlag(BlockFlag.CUT_TRANSLATION);
                    warnings.add(file.at(en.line()) + ": English translation stops mid-sentence: “" + tail(en.text()) + "”");
                }
                blocks.add(block);
                i += 2;
            } else if (!c.kind().translatable() || Script.hasNoWords(c.text())) { // code, a rule, a table of numbers
                blocks.add(new Block(c.kind(), c.level(), c.ordered(), Bilingual.inline(c.nodes(), List.of()), null,
                        c.detail(), null));
                i++;
            } else {
                Lang lang = scanned[i].lang();
                blocks.add(new Block(c.kind(), c.level(), c.ordered(), Bilingual.inline(lang, c.nodes()), null,
                        CandidateDetails.in(lang, c.detail()), null).withFlag(BlockFlag.UNTRANSLATED));
                untranslated.add(file.at(c.line()) + ": " + describe(c, lang) + " has no "
                        + (lang == Lang.ZH ? "English" : "Chinese") + " translation: “" + head(c.text()) + "”");
                i++;
            }
        }
        return new Result(blocks, warnings, untranslated);
    }

    /** A text without words (a line of figures) is no translation of its neighbour, and needs none. */
    private static boolean canPair(Candidate a, Scanned as, Candidate b, Scanned bs) {
        return as.lang() != bs.lang() && a.kind() == b.kind() && a.kind().translatable()
                && !Script.hasNoWords(a.text()) && !Script.hasNoWords(b.text())
                && CandidateDetails.sameShape(a.detail(), b.detail());
    }

    /** Any pair beats two singles; among pairings, the better matched pairs and the Chinese-first order win. */
    private static double pairScore(Scanned a, Scanned b) {
        Scanned zh = a.lang() == Lang.ZH ? a : b;
        Scanned en = zh == a ? b : a;
        return 1.0 + affinity(zh, en) + (zh == a ? 0.05 : 0.0);
    }

    /** How likely {@code en} translates {@code zh}: shared numbers and Latin names, plausible length. */
    private static double affinity(Scanned zh, Scanned en) {
        Set<String> tokens = zh.tokens();
        double shared = tokens.isEmpty() ? 0.5
                : tokens.stream().filter(en.lower()::contains).count() / (double) tokens.size();
        double ratio = en.latin() / (double) Math.max(1, zh.han());
        double length = ratio >= 1.0 && ratio <= 8.0 ? 1.0 : 0.3;
        return 0.5 * shared + 0.5 * length;
    }

    private static Set<String> tokensOf(String text) {
        Set<String> tokens = new HashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group().toLowerCase(Locale.ROOT));
        return tokens;
    }

    /** A translation is cut when the Chinese ends a sentence and the English does not. */
    static boolean isCut(String zh, String en) {
        return endsSentence(zh) && !endsSentence(en);
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && CLOSING.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static String describe(Candidate c, Lang language) {
        String lang = language == Lang.ZH ? "Chinese" : "English";
        return switch (c.kind()) {
            case HEADING -> lang + " heading";
            case LIST_ITEM -> lang + " list item";
            case QUOTE -> lang + " quote";
            case PARAGRAPH -> lang + " paragraph";
            case FIGURE -> lang + " figure caption";
            case TABLE -> lang + " table";
            case CODE -> "code block";
            case RULE -> "rule";
            case FOOTNOTE -> lang + " footnote";
        };
    }

    /** The start of a text, to name a block in a warning. */
    static String head(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    private static String tail(String text) {
        return text.length() <= 40 ? text : "…" + text.substring(text.length() - 40);
    }
}
