package io.geopress.measure.retrieve;

import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.model.Faq;
import io.geopress.model.Lang;
import io.geopress.model.Table;
import io.geopress.text.Extracts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Cuts an article into passages, each language apart (bge-small-zh compares poorly across languages): its title,
 * summary, body and FAQ in order, blocks kept whole where they fit, a heading starting the passage of the text that
 * follows it, a block longer than a passage cut between sentences (and a sentence longer than one, anywhere).
 */
final class Passages {
    /** A passage's most characters: about the same content in each language, well under the model's 512 tokens. */
    static int limit(Lang lang) {
        return lang == Lang.ZH ? 300 : 600;
    }

    private final String model;
    private final Lang lang;
    private final int document;
    private final List<Passage> passages = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final StringBuilder headings = new StringBuilder();

    private Passages(String model, Lang lang, int document) {
        this.model = model;
        this.lang = lang;
        this.document = document;
    }

    /** The passages of {@code article} in {@code lang}, in order; none when it has no text in that language. */
    static List<Passage> of(Article article, Lang lang, int document, String model) {
        Passages cut = new Passages(model, lang, document);
        cut.heading(article.title().get(lang));
        cut.text(article.summary().get(lang));
        for (Block block : article.body()) {
            switch (block.kind()) {
                case HEADING -> cut.heading(block.text().get(lang));
                case TABLE -> cut.text(joined(block.text().get(lang), cells(block.table(), lang)));
                case CODE, RULE -> { }
                default -> cut.text(block.text().get(lang));
            }
        }
        for (Faq faq : article.faq()) {
            cut.heading(faq.question().get(lang));
            cut.text(faq.answer().get(lang));
        }
        return cut.finish();
    }

    /** The SHA-256 of the model's name and a passage's text, in hex. */
    static String hash(String model, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((model + "\n" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    private static String cells(Table table, Lang lang) {
        StringBuilder rows = new StringBuilder();
        for (Table.Row row : table.rows()) {
            List<String> texts = row.cells().stream().map(c -> c.text().get(lang)).filter(t -> !t.isEmpty()).toList();
            if (!texts.isEmpty()) rows.append(rows.length() == 0 ? "" : "\n").append(String.join(" | ", texts));
        }
        return rows.toString();
    }

    private static String joined(String caption, String rows) {
        return caption.isEmpty() ? rows : rows.isEmpty() ? caption : caption + "\n" + rows;
    }

    private void heading(String text) {
        if (text.isEmpty()) return;
        flush();
        append(headings, text);
    }

    private void text(String text) {
        if (text.isEmpty()) return;
        String unit = headings.length() == 0 ? text : headings + "\n" + text;
        headings.setLength(0);
        if (fits(unit)) {
            append(current, unit);
            return;
        }
        flush();
        if (unit.length() <= limit(lang)) {
            current.append(unit);
            return;
        }
        for (String sentence : Extracts.sentences(unit)) {
            for (String piece : pieces(sentence)) {
                if (!fits(piece)) flush();
                append(current, piece);
            }
        }
    }

    private boolean fits(String unit) {
        return current.length() + 1 + unit.length() <= limit(lang);
    }

    /** A sentence longer than a passage, cut at the limit (never inside a surrogate pair). */
    private List<String> pieces(String sentence) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (sentence.length() - from > limit(lang)) {
            int to = from + limit(lang);
            if (Character.isHighSurrogate(sentence.charAt(to - 1))) to--;
            pieces.add(sentence.substring(from, to));
            from = to;
        }
        pieces.add(sentence.substring(from));
        return pieces;
    }

    private static void append(StringBuilder to, String text) {
        to.append(to.length() == 0 ? "" : "\n").append(text);
    }

    private void flush() {
        if (current.length() == 0) return;
        String text = current.toString();
        passages.add(new Passage(document, lang, passages.size(), text, hash(model, text)));
        current.setLength(0);
    }

    private List<Passage> finish() {
        if (headings.length() > 0) append(current, headings.toString()); // headings with no text after them
        flush();
        return passages;
    }
}
