package io.geopress.ingest;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Faq;
import io.geopress.model.Figure;
import io.geopress.model.Footnote;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.SitePath;
import io.geopress.model.Source;
import io.geopress.model.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * One article of a page's Chinese and English versions (two files of a Hugo site): the Chinese file gives the
 * Chinese, the English file the English, block by block where both have the same kinds of block in order. Where they
 * do not, that is reported, naming both files and the first block that differs, and the article holds the Chinese
 * blocks, then the English ones, each without translation. Metadata comes from both: each language's title and
 * summary, the Chinese file's date, slug and image unless only the English gives one, tags and categories merged.
 */
final class Translations {
    private Translations() {}

    static Imported merge(Imported zh, Imported en) {
        Article a = zh.article(), b = en.article();
        List<String> warnings = new ArrayList<>(zh.warnings());
        warnings.addAll(en.warnings());
        String differs = firstDifference(a.body(), b.body());
        List<Block> body = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        if (differs == null) {
            List<String> zhLines = lines(zh), enLines = lines(en);
            for (int i = 0; i < a.body().size(); i++) {
                Block merged = block(a.body().get(i), b.body().get(i));
                body.add(merged);
                if (merged.has(BlockFlag.UNTRANSLATED)) {
                    String line = a.body().get(i).has(BlockFlag.UNTRANSLATED) ? zhLines.get(i) : enLines.get(i);
                    if (line != null) untranslated.add(line);
                }
            }
        } else {
            warnings.add(zh.origin() + " and " + en.origin() + ": not paired block by block: " + differs
                    + "; the Chinese blocks come first, then the English ones, each without translation");
            body.addAll(a.body());
            body.addAll(b.body());
            untranslated.addAll(zh.untranslated());
            untranslated.addAll(en.untranslated());
        }
        Source source = new Source(fill(a.source().name(), b.source().name()), either(a.source().url(), b.source().url()),
                either(a.source().published(), b.source().published()), fill(a.source().title(), b.source().title()),
                either(a.source().author(), b.source().author()), either(a.source().modified(), b.source().modified()));
        Article article = new Article(fill(a.title(), b.title()), fill(a.summary(), b.summary()), either(a.date(), b.date()),
                source, body, pairwise(a.faq(), b.faq(), (p, q) -> new Faq(fill(p.question(), q.question()), fill(p.answer(), q.answer()))),
                union(a.tags(), b.tags()), union(a.categories(), b.categories()), union(a.keywords(), b.keywords()),
                pairwise(a.disclaimer(), b.disclaimer(), Translations::fill), a.excerpt() || b.excerpt(), either(a.slug(), b.slug()),
                a.provenance(), either(a.image(), b.image()));
        List<SitePath> aliases = union(zh.aliases(), en.aliases());
        List<Imported.LocalImage> images = new ArrayList<>(zh.images());
        en.images().stream().filter(i -> zh.images().stream().noneMatch(j -> j.src().equals(i.src()))).forEach(images::add);
        return new Imported(zh.origin() + " + " + en.origin(), article, warnings, untranslated, aliases,
                zh.aliases().isEmpty() ? en.aliasesAt() : zh.aliasesAt(), images, null, zh.publication());
    }

    /** What first differs between the two bodies, for the report; null when they pair block by block. */
    private static String firstDifference(List<Block> zh, List<Block> en) {
        for (int i = 0; i < Math.max(zh.size(), en.size()); i++) {
            if (i >= zh.size()) return "the English has more blocks, from block " + (i + 1) + " (" + shown(en.get(i)) + ")";
            if (i >= en.size()) return "the Chinese has more blocks, from block " + (i + 1) + " (" + shown(zh.get(i)) + ")";
            Block a = zh.get(i), b = en.get(i);
            if (!alike(a, b)) return "block " + (i + 1) + " is " + shown(a) + " in the Chinese and " + shown(b) + " in the English";
        }
        return null;
    }

    private static boolean alike(Block a, Block b) {
        if (a.kind() != b.kind()) return false;
        if (a.detail() instanceof Figure f && b.detail() instanceof Figure g) return f.src().equals(g.src());
        if (a.detail() instanceof Table || a.detail() instanceof Footnote) {
            return CandidateDetails.sameShape(a.detail(), b.detail());
        }
        return Objects.equals(a.detail(), b.detail()); // code alike, or no detail
    }

    private static String shown(Block b) {
        String text = b.text().any();
        return "a " + b.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + (text.isEmpty() ? "" : " “" + BlockPairer.head(text) + "”");
    }

    /** The Chinese file's block with the English file's translation. */
    private static Block block(Block zh, Block en) {
        if (zh.text().equals(en.text()) && Objects.equals(zh.detail(), en.detail())) return zh; // code, figures alike
        Bilingual text = page(zh.text(), en.text());
        Set<BlockFlag> flags = EnumSet.noneOf(BlockFlag.class);
        flags.addAll(zh.flags());
        flags.addAll(en.flags());
        flags.remove(BlockFlag.UNTRANSLATED);
        boolean lacking = lacks(text);
        Block.Detail detail = zh.detail();
        if (zh.detail() instanceof Figure f && en.detail() instanceof Figure g) {
            Bilingual alt = page(f.alt(), g.alt());
            lacking |= lacks(alt);
            detail = new Figure(f.src(), Math.max(f.width(), g.width()), Math.max(f.height(), g.height()), alt,
                    either(f.credit(), g.credit()));
        } else if (zh.detail() instanceof Table t && en.detail() instanceof Table u) {
            List<Table.Row> rows = new ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                List<Table.Cell> cells = new ArrayList<>();
                for (int c = 0; c < t.rows().get(r).cells().size(); c++) {
                    Table.Cell cell = t.rows().get(r).cells().get(c);
                    Bilingual both = page(cell.text(), u.rows().get(r).cells().get(c).text());
                    lacking |= lacks(both);
                    cells.add(cell.withText(both));
                }
                rows.add(new Table.Row(cells, t.rows().get(r).header()));
            }
            detail = new Table(rows);
        }
        if (lacking && (zh.has(BlockFlag.UNTRANSLATED) || en.has(BlockFlag.UNTRANSLATED))) flags.add(BlockFlag.UNTRANSLATED);
        return new Block(zh.kind(), zh.level(), zh.ordered(), text, flags, detail, null);
    }

    /** A text in one language only: one page gave none. */
    private static boolean lacks(Bilingual text) {
        return !text.isEmpty() && !text.isComplete();
    }

    /** Each page's own text in its language's slot, whatever its script (the Chinese page may quote English). */
    private static Bilingual page(Bilingual zh, Bilingual en) {
        List<Inline> chinese = zh.has(Lang.ZH) ? zh.nodes(Lang.ZH) : zh.nodes(Lang.EN);
        List<Inline> english = en.has(Lang.EN) ? en.nodes(Lang.EN) : en.nodes(Lang.ZH);
        return Bilingual.inline(chinese, english);
    }

    /** Each language from its own file when that file gives it, else from the other. */
    private static Bilingual fill(Bilingual zh, Bilingual en) {
        return new Bilingual(zh.has(Lang.ZH) ? zh.zh() : en.zh(), en.has(Lang.EN) ? en.en() : zh.en());
    }

    /** For each block flagged untranslated, its line of the import's list, which names them in order. */
    private static List<String> lines(Imported imported) {
        List<String> lines = new ArrayList<>();
        int next = 0;
        for (Block b : imported.article().body()) {
            boolean flagged = b.has(BlockFlag.UNTRANSLATED) && next < imported.untranslated().size();
            lines.add(flagged ? imported.untranslated().get(next++) : null);
        }
        return lines;
    }

    private static <T> List<T> pairwise(List<T> zh, List<T> en, BinaryOperator<T> join) {
        if (zh.size() != en.size()) return union(zh, en);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) out.add(join.apply(zh.get(i), en.get(i)));
        return out;
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static <T> T either(T a, T b) {
        return a != null ? a : b;
    }
}
