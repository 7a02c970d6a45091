package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a block next to its translation for the pairer, which pairs neighbours only: code, a rule or a figure
 * written between a paragraph and its translation ("中文说明 / code / English explanation") moves to after both. When
 * the translation is followed by the same code, rule or image again (each language showing its own copy), the two
 * copies are put side by side: code or a rule written twice alike is kept once, a figure pairs with its translation.
 */
final class MarkdownOrder {
    private MarkdownOrder() {}

    static List<Candidate> translationsTogether(List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            Candidate a = in.get(i);
            int j = i + 1;
            while (j < in.size() && isAside(in.get(j))) j++;
            if (j == i + 1 || j == in.size() || translatesTheOneBefore(in, i, out) || !translates(a, in.get(j))) {
                out.add(a);
                i++;
                continue;
            }
            out.add(a);
            out.add(in.get(j));
            List<Candidate> between = in.subList(i + 1, j);
            int again = 0;
            while (j + 1 + again < in.size() && again < between.size() && alike(between.get(again), in.get(j + 1 + again))) again++;
            if (again < between.size()) {
                out.addAll(between);
                i = j + 1;
                continue;
            }
            for (int k = 0; k < between.size(); k++) {
                Candidate first = between.get(k), second = in.get(j + 1 + k);
                out.add(first);
                if (first.kind() == BlockKind.FIGURE || !first.detail().equals(second.detail())) out.add(second);
            }
            i = j + 1 + between.size();
        }
        return out;
    }

    /** Whether the candidate at {@code i} is the translation of the one before it, kept where it was. */
    private static boolean translatesTheOneBefore(List<Candidate> in, int i, List<Candidate> out) {
        return i > 0 && out.get(out.size() - 1) == in.get(i - 1) && translates(in.get(i - 1), in.get(i));
    }

    private static boolean isAside(Candidate c) {
        return c.kind() == BlockKind.CODE || c.kind() == BlockKind.RULE || c.kind() == BlockKind.FIGURE;
    }

    /** Whether {@code b} can be the translation of running text {@code a}. */
    private static boolean translates(Candidate a, Candidate b) {
        return a.kind() == b.kind() && a.detail() == null && b.detail() == null && !isAside(a) && a.kind().translatable()
                && MarkdownPlain.hasWords(a.text()) && MarkdownPlain.hasWords(b.text()) && a.lang() != b.lang();
    }

    private static boolean alike(Candidate a, Candidate b) {
        if (a.kind() != b.kind()) return false;
        if (a.kind() == BlockKind.RULE) return true;
        return a.kind() == BlockKind.CODE ? a.detail().equals(b.detail()) : CandidateDetails.sameShape(a.detail(), b.detail());
    }
}
