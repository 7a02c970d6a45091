package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Figures' captions, by their letters and digits. A line next to a figure that begins as its caption does (their first
 * {@link #COPY_PREFIX} letters, or all of the shorter when it has at least {@link #MIN_REPEATED}) is a copy of it, and
 * so is a caption that begins as one before it: a gallery shows its captions more than once (for each size of screen,
 * in a slide, cut short with a "more" link). A caption far from a line quotes it, and lines of text may repeat, as a
 * recipe's steps do: those stay.
 */
final class CaptionCopies {
    /** Shorter than this, two lines alike are not a copy: a word or two, a label. */
    private static final int MIN_REPEATED = 30;
    /** Two lines that begin with this many letters and digits in common say the same. */
    private static final int COPY_PREFIX = 60;
    /** How many blocks from its figure a copy of a caption is. */
    private static final int COPY_REACH = 3;

    private final List<Candidate> candidates;
    /** Each caption's key, with where its figures are. */
    private final TreeMap<String, TreeSet<Integer>> captions = new TreeMap<>();

    private CaptionCopies(List<Candidate> candidates) {
        this.candidates = candidates;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind() == BlockKind.FIGURE) captions.computeIfAbsent(key(c.text()), k -> new TreeSet<>()).add(i);
        }
    }

    /** The candidates without copies of captions. */
    static List<Candidate> without(List<Candidate> candidates) {
        return new CaptionCopies(candidates).kept();
    }

    private List<Candidate> kept() {
        List<Candidate> kept = new ArrayList<>();
        TreeSet<String> figuresSeen = new TreeSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String key = key(c.text());
            boolean copy = c.kind() == BlockKind.FIGURE ? beginsAsOne(figuresSeen, key)
                    : (Boilerplate.isText(c) || c.kind() == BlockKind.QUOTE) && isNearCaption(key, i);
            if (c.kind() == BlockKind.FIGURE) figuresSeen.add(key);
            if (!copy) kept.add(c);
        }
        return kept;
    }

    /** Whether a caption that begins as {@code key} does is next to it. */
    private boolean isNearCaption(String key, int i) {
        return isNear(captions.floorEntry(key), key, i) || isNear(captions.ceilingEntry(key), key, i);
    }

    private static boolean isNear(Map.Entry<String, TreeSet<Integer>> caption, String key, int i) {
        if (caption == null || !beginsAs(caption.getKey(), key)) return false;
        Integer nearest = caption.getValue().ceiling(i - COPY_REACH);
        return nearest != null && nearest <= i + COPY_REACH;
    }

    /** The keys nearest {@code key} in order share the longest beginning with it. */
    private static boolean beginsAsOne(TreeSet<String> said, String key) {
        return beginsAs(said.floor(key), key) || beginsAs(said.ceiling(key), key);
    }

    private static boolean beginsAs(String other, String key) {
        if (other == null) return false;
        int needed = Math.min(COPY_PREFIX, Math.min(other.length(), key.length()));
        return needed >= MIN_REPEATED && key.regionMatches(0, other, 0, needed);
    }

    private static String key(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
