package io.geopress.ingest;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Figure;
import io.geopress.model.Footnote;
import io.geopress.model.Lang;
import io.geopress.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The details of one-language candidates (see {@link BlockPairer.Candidate}): their texts wait in the Chinese
 * slot until the pairer knows their language, or pairs them with the other language's.
 */
final class CandidateDetails {
    private CandidateDetails() {}

    /**
     * Whether two details can be one bilingual block: both none, one image, one footnote's label, or tables of the same
     * rows and cells.
     */
    static boolean sameShape(Block.Detail a, Block.Detail b) {
        if (a == null || b == null) return a == b;
        if (a instanceof Figure fa && b instanceof Figure fb) return fa.src().equals(fb.src());
        if (a instanceof Footnote na && b instanceof Footnote nb) return na.label().equals(nb.label());
        if (a instanceof Table ta && b instanceof Table tb) {
            if (ta.rows().size() != tb.rows().size()) return false;
            for (int r = 0; r < ta.rows().size(); r++) {
                List<Table.Cell> ca = ta.rows().get(r).cells(), cb = tb.rows().get(r).cells();
                if (ca.size() != cb.size()) return false;
                for (int c = 0; c < ca.size(); c++) {
                    if (ca.get(c).rowSpan() != cb.get(c).rowSpan() || ca.get(c).colSpan() != cb.get(c).colSpan()) return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A one-language detail with its texts moved to {@code lang}. */
    static Block.Detail in(Lang lang, Block.Detail detail) {
        if (lang == Lang.ZH || detail == null) return detail;
        if (detail instanceof Figure f) return new Figure(f.src(), f.width(), f.height(), moved(lang, f.alt()), f.credit());
        if (detail instanceof Table t) return cells(t, t, lang);
        return detail;
    }

    /** The bilingual detail of a Chinese candidate's detail and its English translation's. */
    static Block.Detail paired(Block.Detail zh, Block.Detail en) {
        if (zh == null) return null;
        if (zh instanceof Figure f && en instanceof Figure e) {
            return new Figure(f.src(), Math.max(f.width(), e.width()), Math.max(f.height(), e.height()),
                    Bilingual.inline(f.alt().nodes(Lang.ZH), e.alt().nodes(Lang.ZH)), f.credit() != null ? f.credit() : e.credit());
        }
        if (zh instanceof Table t && en instanceof Table e) return cells(t, e, null);
        return zh;
    }

    /** {@code zh}'s cells with their texts in {@code lang}, or, when {@code lang} is null, paired with {@code en}'s. */
    private static Table cells(Table zh, Table en, Lang lang) {
        List<Table.Row> rows = new ArrayList<>(zh.rows().size());
        for (int r = 0; r < zh.rows().size(); r++) {
            Table.Row row = zh.rows().get(r);
            List<Table.Cell> cells = new ArrayList<>(row.cells().size());
            for (int c = 0; c < row.cells().size(); c++) {
                Table.Cell cell = row.cells().get(c);
                Bilingual text = lang != null ? moved(lang, cell.text())
                        : Bilingual.inline(cell.text().nodes(Lang.ZH), en.rows().get(r).cells().get(c).text().nodes(Lang.ZH));
                cells.add(cell.withText(text));
            }
            rows.add(new Table.Row(cells, row.header()));
        }
        return new Table(rows);
    }

    private static Bilingual moved(Lang lang, Bilingual waiting) {
        return Bilingual.inline(lang, waiting.nodes(Lang.ZH));
    }
}
