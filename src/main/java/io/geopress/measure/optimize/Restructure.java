package io.geopress.measure.optimize;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Lang;
import io.geopress.text.Extracts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure method without a model, by extraction only: nothing is reworded beyond a fixed question frame.
 * <ul>
 *   <li>A heading that is not a question is framed as one: "What to know about X?" / "关于X，要知道什么？".</li>
 *   <li>A paragraph that introduces an enumeration (a lead ending in a colon, then three or more items set off by
 *       semicolons) becomes the lead and one list item per item.</li>
 *   <li>A paragraph longer than {@link #LONG_WORDS} words ({@link #LONG_HANZI} Chinese characters) is split at
 *       sentence boundaries into pieces of about half that.</li>
 * </ul>
 * The other language is split the same way when it yields as many pieces; otherwise that block is left to be
 * translated again.
 */
final class Restructure {
    static final int LONG_WORDS = 120;
    static final int LONG_HANZI = 240;
    private static final Pattern ENUMERATION = Pattern.compile("(?s)(.*?[:：])\\s*(.+)");

    private Restructure() {}

    static List<Rewrite> of(Article article, Lang lang) {
        List<Rewrite> rewrites = new ArrayList<>();
        for (int i = 0; i < article.body().size(); i++) {
            Block b = article.body().get(i);
            if (!ModelRewrite.rewritable(b, lang)) continue;
            List<Rewrite.Part> parts = switch (b.kind()) {
                case HEADING -> isQuestion(b.text().get(lang)) ? List.of() : List.of(new Rewrite.Part(BlockKind.HEADING, question(b.text())));
                case PARAGRAPH -> paragraph(b.text(), lang);
                default -> List.of();
            };
            if (!parts.isEmpty()) rewrites.add(new Rewrite(i, parts));
        }
        return rewrites;
    }

    static boolean isQuestion(String text) {
        String t = text.strip();
        return t.endsWith("?") || t.endsWith("？");
    }

    private static Bilingual question(Bilingual heading) {
        Bilingual out = Bilingual.EMPTY;
        for (Lang lang : Lang.values()) {
            if (!heading.has(lang)) continue;
            String topic = heading.get(lang).strip().replaceAll("[\\s:：。.;；,，、!！]+$", "");
            out = out.with(lang, lang == Lang.EN ? "What to know about " + topic + "?" : "关于" + topic + "，要知道什么？");
        }
        return out;
    }

    /** A piece of a split paragraph: its kind and text. */
    private record Piece(BlockKind kind, String text) {}

    private static List<Rewrite.Part> paragraph(Bilingual text, Lang lang) {
        List<Rewrite.Part> list = aligned(text, lang, Restructure::enumeration);
        return list.isEmpty() ? aligned(text, lang, Restructure::pieces) : list;
    }

    /**
     * The parts {@code split} makes of the text in {@code lang}, with the other language's at their side when its
     * split yields as many of the same kinds; empty when {@code split} finds nothing to do.
     */
    private static List<Rewrite.Part> aligned(Bilingual text, Lang lang, Split split) {
        List<Piece> own = split.apply(text.get(lang), lang);
        if (own.isEmpty()) return List.of();
        List<Piece> other = text.has(lang.other()) ? split.apply(text.get(lang.other()), lang.other()) : List.of();
        boolean matches = other.size() == own.size();
        for (int i = 0; matches && i < own.size(); i++) matches = own.get(i).kind() == other.get(i).kind();
        List<Rewrite.Part> out = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            Bilingual t = Bilingual.of(lang, own.get(i).text());
            out.add(new Rewrite.Part(own.get(i).kind(), matches ? t.with(lang.other(), other.get(i).text()) : t));
        }
        return out;
    }

    private interface Split {
        List<Piece> apply(String text, Lang lang);
    }

    /** A lead ending in a colon and three or more items set off by semicolons, as the lead and list items. */
    private static List<Piece> enumeration(String text, Lang lang) {
        Matcher m = ENUMERATION.matcher(text.strip());
        if (!m.matches()) return List.of();
        List<String> items = new ArrayList<>();
        for (String item : m.group(2).split("[;；]")) {
            String clean = item.strip().replaceAll("[。.]$", "").strip();
            if (!clean.isEmpty()) items.add(clean);
        }
        if (items.size() < 3) return List.of();
        List<Piece> out = new ArrayList<>();
        if (!m.group(1).replaceAll("[:：]$", "").isBlank()) out.add(new Piece(BlockKind.PARAGRAPH, m.group(1).strip()));
        for (String item : items) out.add(new Piece(BlockKind.LIST_ITEM, item));
        return out;
    }

    /** A long paragraph in pieces of whole sentences, each about half the length counted long; empty when not long. */
    private static List<Piece> pieces(String text, Lang lang) {
        int limit = lang == Lang.ZH ? LONG_HANZI : LONG_WORDS;
        List<String> sentences = Extracts.sentences(text);
        if (Extracts.length(text, lang) <= limit || sentences.size() < 2) return List.of();
        List<StringBuilder> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String s : sentences) {
            if (chunk.length() > 0 && Extracts.length(chunk.toString(), lang) >= limit / 2) {
                chunks.add(chunk);
                chunk = new StringBuilder();
            }
            if (chunk.length() > 0 && lang == Lang.EN) chunk.append(' ');
            chunk.append(s);
        }
        if (!chunks.isEmpty() && Extracts.length(chunk.toString(), lang) < limit / 4) {
            chunks.get(chunks.size() - 1).append(lang == Lang.EN ? " " : "").append(chunk);
        } else {
            chunks.add(chunk);
        }
        return chunks.size() < 2 ? List.of() : chunks.stream().map(c -> new Piece(BlockKind.PARAGRAPH, c.toString())).toList();
    }
}
