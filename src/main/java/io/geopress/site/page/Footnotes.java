package io.geopress.site.page;

import io.geopress.model.Block;
import io.geopress.model.Lang;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The footnotes of one rendering of an article (a page, its twin, its body in a feed), numbered in the order their
 * first reference is written; a note never referred to is numbered after the others when the list is written.
 * It remembers the references written so far, so that each has an id of its own and each note links back to
 * its first reference in each language: one instance per rendering, used by one thread.
 */
public final class Footnotes {
    /** A label that is safe in an id and a URL fragment as it is; any other is named by its number. */
    private static final Pattern PLAIN_LABEL = Pattern.compile("[A-Za-z0-9_]{1,32}");

    /** A note as the list shows it: its number, its id and, per language, the id of its first reference or null. */
    public record Entry(Block block, int number, String id, String zhBack, String enBack) {
        /** Where the note's text in {@code lang} links back to: its first reference in that language, else the other. */
        public String back(Lang lang) {
            String own = lang == Lang.ZH ? zhBack : enBack;
            return own != null ? own : lang == Lang.ZH ? enBack : zhBack;
        }
    }

    /** A reference as written: the note's number, the note's id and the reference's own id. */
    public record Reference(int number, String noteId, String id) {}

    private final List<Block> notes;
    private final Map<String, Integer> firstWithLabel = new HashMap<>();
    private final int[] numbers;
    private final List<Map<Lang, Integer>> written = new ArrayList<>();
    private int next = 1;

    /** The footnote blocks of an article, in the order of its body. */
    public Footnotes(List<Block> notes) {
        this.notes = List.copyOf(notes);
        this.numbers = new int[this.notes.size()];
        for (int i = 0; i < this.notes.size(); i++) {
            firstWithLabel.putIfAbsent(this.notes.get(i).footnote().label(), i);
            written.add(new EnumMap<>(Lang.class));
        }
    }

    /** None: a page that is not an article. */
    public static Footnotes none() {
        return new Footnotes(List.of());
    }

    public boolean isEmpty() {
        return notes.isEmpty();
    }

    /**
     * Writes down a reference to {@code label} in {@code lang}, numbering its note if this is its first; null when
     * the article has no note of that label.
     */
    public Reference refer(String label, Lang lang) {
        Integer index = firstWithLabel.get(label);
        if (index == null) return null;
        int count = written.get(index).merge(lang, 1, Integer::sum);
        String token = token(index);
        return new Reference(numbers[index], "fn-" + token, refId(token, lang, count));
    }

    /** Every note in the order of its number, numbering those not referred to yet. */
    public List<Entry> listed() {
        List<Entry> entries = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) number(i);
        Integer[] order = new Integer[notes.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(numbers[a], numbers[b]));
        for (int i : order) {
            String token = token(i);
            Map<Lang, Integer> refs = written.get(i);
            entries.add(new Entry(notes.get(i), numbers[i], "fn-" + token,
                    refs.containsKey(Lang.ZH) ? refId(token, Lang.ZH, 1) : null,
                    refs.containsKey(Lang.EN) ? refId(token, Lang.EN, 1) : null));
        }
        return entries;
    }

    private String token(int index) {
        number(index);
        String label = notes.get(index).footnote().label();
        // a label shared by a later note, or one unfit for an id, gives way to the number, which no plain label has
        boolean plain = PLAIN_LABEL.matcher(label).matches() && firstWithLabel.get(label) == index;
        return plain ? label : "-" + numbers[index];
    }

    private void number(int index) {
        if (numbers[index] == 0) numbers[index] = next++;
    }

    private static String refId(String token, Lang lang, int count) {
        return "fnref-" + token + "-" + lang.code() + (count > 1 ? "-" + count : "");
    }

    @Override
    public String toString() {
        return "Footnotes" + notes.stream().map(b -> b.footnote().label()).toList();
    }
}
