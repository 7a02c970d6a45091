package io.geopress.enrich;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Lang;
import io.geopress.model.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Body blocks as prompts show them: numbered from 1 (block n is body position n - 1), one language, as a JSON
 * object from number to text, so a reply can cite or return blocks by number.
 */
final class Numbered {
    /** A table shows its rows up to about this many characters: its numbers are worth citing, a long table is not. */
    static final int TABLE_CHARS = 2000;

    private Numbered() {}

    /** Every block's text in {@code lang}, or in the other language when it has none in {@code lang}. */
    static String body(Article article, Lang lang) {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (int i = 0; i < article.body().size(); i++) {
            blocks.put(String.valueOf(i + 1), text(article.body().get(i), lang, true));
        }
        return JsonShape.write(blocks);
    }

    /**
     * A block's plain text in {@code lang} (when {@code orOther}, in the other language where it has none in
     * {@code lang}); a table's is its caption, then a line per row with its cells set off by {@code |}.
     */
    static String text(Block b, Lang lang, boolean orOther) {
        Function<Bilingual, String> pick = t -> orOther ? t.in(lang) : t.get(lang);
        Table table = b.table();
        if (table == null) return pick.apply(b.text());
        StringBuilder out = new StringBuilder(pick.apply(b.text()));
        for (Table.Row row : table.rows()) {
            if (out.length() >= TABLE_CHARS) {
                out.append("\n…");
                break;
            }
            if (out.length() > 0) out.append('\n');
            out.append(row.cells().stream().map(c -> pick.apply(c.text())).collect(Collectors.joining(" | ")));
        }
        return out.toString();
    }

    /** Chinese when most blocks have Chinese, else English: the language the article was written in. */
    static Lang mainLang(Article article) {
        long zh = article.body().stream().filter(b -> b.text().has(Lang.ZH)).count();
        return zh * 2 >= article.body().size() && zh > 0 ? Lang.ZH : Lang.EN;
    }

    /** The values every step's prompt shows: the title and the blocks in the article's main language. */
    static Map<String, String> article(Article article) {
        Lang lang = mainLang(article);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", article.title().in(lang));
        values.put("blocks", body(article, lang));
        values.put("lang", lang == Lang.ZH ? "Simplified Chinese" : "English");
        return values;
    }

    static int words(String english) {
        return english.isBlank() ? 0 : english.strip().split("\\s+").length;
    }

    static long hanzi(String chinese) {
        return chinese.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
}
