package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.BlockKind;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * The JSON-LD {@code articleBody} as evidence of what the article says: where it tells most of what the page's
 * region holds, a line of running text that shares no four words in a row with it is page furniture the region took
 * in (a byline, a newsletter box, an author's note); quotes stay, as the embedded posts they often are are left out of it. It is never the body itself: it lacks headings, links, figures
 * and tables, and some pages cut it short.
 */
final class ArticleBodyEvidence {
    private static final int SHINGLE = 4;
    /** Below this share of the region's shingles found in it, articleBody is a summary or cut short: no evidence. */
    private static final double MIN_COVER = 0.6;

    private ArticleBodyEvidence() {}

    static List<Candidate> filter(List<Candidate> candidates, String articleBody) {
        if (articleBody == null || articleBody.isBlank()) return candidates;
        String plain = articleBody.indexOf('<') >= 0 ? Jsoup.parse(articleBody).text() : articleBody;
        Set<String> evidence = new HashSet<>(shingles(plain));
        int all = 0;
        int found = 0;
        for (Candidate c : candidates) {
            if (!isText(c)) continue;
            for (String s : shingles(c.text())) {
                all++;
                if (evidence.contains(s)) found++;
            }
        }
        if (all == 0 || found < all * MIN_COVER) return candidates;
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            List<String> own = isText(c) ? shingles(c.text()) : List.of();
            if (own.isEmpty() || own.stream().anyMatch(evidence::contains)) kept.add(c);
        }
        return kept;
    }

    private static boolean isText(Candidate c) {
        return c.kind() == BlockKind.PARAGRAPH || c.kind() == BlockKind.LIST_ITEM;
    }

    /** Runs of four words (each Han character a word), lower-cased; none for a text of fewer words. */
    private static List<String> shingles(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean han = Script.isHan(cp);
            if (Character.isLetterOrDigit(cp) && !han) {
                word.appendCodePoint(Character.toLowerCase(cp));
                return;
            }
            if (word.length() > 0) words.add(word.toString());
            word.setLength(0);
            if (han) words.add(new String(Character.toChars(cp)));
        });
        if (word.length() > 0) words.add(word.toString());
        List<String> out = new ArrayList<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        return out;
    }
}
