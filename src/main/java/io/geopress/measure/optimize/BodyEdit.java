package io.geopress.measure.optimize;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Lang;
import io.geopress.model.Provenance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts rewrites of blocks into an article's body, each only when it is grounded: it invents no figure, quotation or
 * address ({@link Evidence}) and stuffs no keyword ({@link Stuffing}); a refused one is reported in one line naming
 * the block (numbered from 1) and what it invented, and its block is kept. A block whose text in the language
 * rewritten changes loses its text in the other language and is flagged untranslated, so that it is translated (and
 * checked) again; a part that comes with both languages keeps them. The first block of a rewrite keeps the original's
 * id, so that FAQ answers still cite it.
 */
final class BodyEdit {
    private BodyEdit() {}

    static Article apply(Article article, Lang lang, Method method, List<Rewrite> rewrites, Provenance by, List<String> lines) {
        Evidence evidence = Evidence.of(article);
        List<List<Block>> replaced = new ArrayList<>();
        article.body().forEach(b -> replaced.add(List.of(b)));
        boolean changed = false;
        for (Rewrite r : rewrites) {
            Block original = article.body().get(r.block());
            Optional<String> refusal = refusal(r, original, lang, evidence);
            if (refusal.isPresent()) {
                lines.add(method.code() + ": block " + (r.block() + 1) + " refused: " + refusal.get());
                continue;
            }
            List<Block> blocks = blocks(article, r, original, lang);
            if (blocks.equals(List.of(original))) continue;
            replaced.set(r.block(), blocks);
            changed = true;
        }
        if (!changed) return article;
        return article.withBody(replaced.stream().flatMap(List::stream).toList(), by);
    }

    private static Optional<String> refusal(Rewrite r, Block original, Lang lang, Evidence evidence) {
        for (Rewrite.Part part : r.parts()) {
            Optional<String> invented = evidence.invented(part.text());
            if (invented.isPresent()) return Optional.of("invents " + invented.get());
        }
        String text = r.parts().stream().map(p -> p.text().get(lang)).collect(Collectors.joining(lang == Lang.ZH ? "" : " "));
        return Stuffing.of(text, original.text().get(lang), lang);
    }

    private static List<Block> blocks(Article article, Rewrite r, Block original, Lang lang) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < r.parts().size(); i++) {
            Rewrite.Part part = r.parts().get(i);
            boolean same = part.kind() == original.kind() && part.text().get(lang).equals(original.text().get(lang));
            if (same && r.parts().size() == 1) return List.of(original);
            Bilingual text = part.text().isComplete() ? part.text() : Bilingual.of(lang, part.text().get(lang));
            Block b = new Block(part.kind(), level(article, r.block(), original, part.kind()), original.ordered(), text,
                    flags(original, text), null, i == 0 ? original.id() : null);
            out.add(b);
        }
        return out;
    }

    /** A heading keeps its level, or takes the level of the heading before it; a list item keeps its depth or is 1. */
    private static int level(Article article, int at, Block original, BlockKind kind) {
        if (kind == original.kind()) return original.level();
        if (kind == BlockKind.LIST_ITEM) return 1;
        if (kind != BlockKind.HEADING) return 0;
        for (int i = at - 1; i >= 0; i--) {
            if (article.body().get(i).kind() == BlockKind.HEADING) return article.body().get(i).level();
        }
        return 2;
    }

    /** The original's flags when both languages are given; else without those about its translation, and untranslated. */
    private static Set<BlockFlag> flags(Block original, Bilingual text) {
        if (text.isComplete()) return original.flags();
        Set<BlockFlag> flags = EnumSet.noneOf(BlockFlag.class);
        flags.addAll(original.flags());
        flags.removeAll(EnumSet.of(BlockFlag.UNTRANSLATED, BlockFlag.CUT_TRANSLATION, BlockFlag.MACHINE_TRANSLATED_EN,
                BlockFlag.MACHINE_TRANSLATED_ZH, BlockFlag.NEEDS_REVIEW));
        flags.add(BlockFlag.UNTRANSLATED);
        return flags;
    }
}
