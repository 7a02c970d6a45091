package io.geopress.enrich;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.Lang;
import io.geopress.model.Provenance;
import io.geopress.text.Extracts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Enrichment without a language model: everything it writes is taken from the article's own text. The BLUF summary
 * is the most central sentences (TextRank) in their original order, in each language the body has; keywords and
 * tags are the text's keywords; the FAQ asks each heading and answers with the text under it; the title is the
 * source's. It never translates: a language the body lacks is reported ({@link Untranslated#report}: blocks numbered
 * from 1, as an editor counts them, captions, alt texts and table cells), and its blocks keep their
 * {@code UNTRANSLATED} flag.
 *
 * <p>A part is written only when it is empty or was written by this enricher before, and never when an editor
 * wrote it; a part that would come out the same is left as it is, so enriching twice changes nothing.
 */
final class OfflineEnricher implements Function<Article, Enriched> {
    static final String AGENT = "offline";
    static final String DETAIL = "textrank v1";
    private static final int KEYWORDS_PER_LANGUAGE = 6;
    private static final int TAGS = 3;
    private static final int MAX_FAQ = 6;

    private final EnrichOptions options;
    private final Clock clock;

    OfflineEnricher(EnrichOptions options, Clock clock) {
        this.options = Objects.requireNonNull(options);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Enriched apply(Article article) {
        Provenance by = new Provenance(AGENT, DETAIL, clock.instant(), true);
        List<String> problems = new ArrayList<>();
        Article a = title(article, by, problems);
        a = summary(a, by, problems);
        a = keywordsAndTags(a, by, problems);
        a = faq(a, by, problems);
        problems.addAll(Untranslated.report(a.body()));
        return new Enriched(a, problems, Enriched.Usage.NONE);
    }

    /** Whether this enricher may write {@code field}: not an editor's, and empty or written by it before. */
    private static boolean writable(Article a, Field field, boolean empty) {
        if (a.locked(field)) return false;
        Provenance p = a.provenance().get(field);
        return empty || p != null && p.generated() && p.agent().equals(AGENT);
    }

    private static String name(Lang lang) {
        return lang == Lang.ZH ? "Chinese" : "English";
    }

    // --- title: the source's own, never an invented question ---

    private Article title(Article a, Provenance by, List<String> problems) {
        Bilingual title = a.title();
        Bilingual source = a.source().title();
        // the title is missing, or is (part of) the source's: a title of its own, even half translated, is kept
        boolean sourceTitle = (title.zh().isEmpty() || title.zh().equals(source.zh()))
                && (title.en().isEmpty() || title.en().equals(source.en()));
        if (sourceTitle && !source.isEmpty() && writable(a, Field.TITLE, true)) {
            Bilingual merged = new Bilingual(title.zh().isEmpty() ? source.zh() : title.zh(),
                    title.en().isEmpty() ? source.en() : title.en());
            if (!merged.equals(title)) a = a.withTitle(merged, by);
        }
        if (a.title().isEmpty()) {
            problems.add("title: the article and its source have no title; a question title needs a language model");
        }
        for (Lang lang : Lang.values()) {
            if (!a.title().isEmpty() && !a.title().has(lang)) {
                problems.add("title: no " + name(lang) + " title; translation needs a language model");
            }
        }
        return a;
    }

    // --- BLUF summary: the most central sentences, in their order, within the length limit ---

    private Article summary(Article a, Provenance by, List<String> problems) {
        if (!writable(a, Field.SUMMARY, a.summary().isEmpty())) return a;
        Bilingual summary = Bilingual.EMPTY;
        for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
            List<String> sentences = sentences(a.body(), lang);
            if (sentences.isEmpty()) {
                problems.add("summary: no " + name(lang) + " text to extract from; translation needs a language model");
                continue;
            }
            int limit = limit(lang);
            Set<Integer> chosen = new TreeSet<>();
            int used = 0;
            for (int i : Extracts.byRank(sentences, lang)) {
                int length = Extracts.length(sentences.get(i), lang);
                if (used + length <= limit) {
                    chosen.add(i);
                    used += length;
                }
            }
            if (chosen.isEmpty()) {
                problems.add("summary: every " + name(lang) + " sentence is longer than " + limit + " "
                        + unit(lang) + "; a summary needs a language model");
                continue;
            }
            summary = summary.with(lang, join(chosen.stream().map(sentences::get).toList(), lang));
        }
        return summary.equals(a.summary()) ? a : a.withSummary(summary, by);
    }

    /**
     * The distinct sentences of the body's text in one language, in order: paragraphs and quotes, and list items
     * that are whole sentences (a bare item like "office workers" says nothing on its own).
     */
    private static List<String> sentences(List<Block> body, Lang lang) {
        Set<String> sentences = new LinkedHashSet<>();
        for (Block b : body) {
            if (b.kind() == BlockKind.HEADING || !b.text().has(lang)) continue;
            for (String s : Extracts.sentences(b.text().get(lang))) {
                if (b.kind() != BlockKind.LIST_ITEM || endsSentence(s)) sentences.add(s);
            }
        }
        return List.copyOf(sentences);
    }

    private static boolean endsSentence(String text) {
        return text.replaceAll("[”’」』）)\"'》】]+$", "").matches("(?s).*[。！？；…!?.;]$");
    }

    private int limit(Lang lang) {
        return lang == Lang.ZH ? options.summaryHanzi() : options.summaryWords();
    }

    private static String unit(Lang lang) {
        return lang == Lang.ZH ? "Chinese characters" : "words";
    }

    /** Sentences as one text; a piece without closing punctuation (a list item) is set off by a semicolon. */
    private static String join(List<String> sentences, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (String s : sentences) {
            if (!out.isEmpty()) {
                if (!endsSentence(out.toString()) && !out.toString().matches("(?s).*[:：,，、]$")) {
                    out.append(lang == Lang.ZH ? "；" : ";");
                }
                if (lang == Lang.EN) out.append(' ');
            }
            out.append(s);
        }
        return out.toString();
    }

    // --- keywords and tags ---

    private Article keywordsAndTags(Article a, Provenance by, List<String> problems) {
        boolean keywords = writable(a, Field.KEYWORDS, a.keywords().isEmpty());
        boolean tags = writable(a, Field.TAGS, a.tags().isEmpty());
        if (!keywords && !tags) return a;
        List<Lang> languages = languages(a.body());
        if (languages.isEmpty()) {
            problems.add("keywords: the body has no text to take keywords from");
            return a;
        }
        List<String> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Lang lang : languages) {
            for (String word : Extracts.keywords(text(a.body(), lang), lang, KEYWORDS_PER_LANGUAGE)) {
                if (seen.add(word.toLowerCase(Locale.ROOT))) found.add(word);
            }
        }
        if (keywords && !found.equals(a.keywords())) a = a.withKeywords(found, by);
        List<String> top = Extracts.keywords(text(a.body(), languages.get(0)), languages.get(0), TAGS);
        if (tags && !top.equals(a.tags())) a = a.withTags(top, by);
        return a;
    }

    /** The languages the body has, the one more blocks are written in first (Chinese on a tie). */
    private static List<Lang> languages(List<Block> body) {
        long zh = body.stream().filter(b -> b.text().has(Lang.ZH)).count();
        long en = body.stream().filter(b -> b.text().has(Lang.EN)).count();
        List<Lang> out = new ArrayList<>();
        if (zh >= en && zh > 0) out.add(Lang.ZH);
        if (en > 0) out.add(Lang.EN);
        if (zh > 0 && !out.contains(Lang.ZH)) out.add(Lang.ZH);
        return out;
    }

    private static String text(List<Block> body, Lang lang) {
        return body.stream().map(b -> b.text().get(lang)).filter(Predicate.not(String::isEmpty))
                .collect(Collectors.joining("\n"));
    }

    // --- FAQ: each heading asked, the text under it as the answer ---

    private Article faq(Article a, Provenance by, List<String> problems) {
        if (!writable(a, Field.FAQ, a.faq().isEmpty())) return a;
        List<Block> body = a.body();
        List<Faq> pairs = new ArrayList<>();
        for (int i = 0; i < body.size() && pairs.size() < MAX_FAQ; i++) {
            if (body.get(i).kind() != BlockKind.HEADING) continue;
            int end = i + 1;
            while (end < body.size() && body.get(end).kind() != BlockKind.HEADING) end++;
            Faq pair = pair(a, i, end);
            if (pair != null) pairs.add(pair);
        }
        if (pairs.isEmpty()) {
            boolean headings = body.stream().anyMatch(b -> b.kind() == BlockKind.HEADING);
            problems.add(headings ? "faq: no heading has text under it to answer with; an FAQ needs a language model"
                    : "faq: the body has no headings to ask; an FAQ needs a language model");
        }
        return pairs.equals(a.faq()) ? a : a.withFaq(pairs, by);
    }

    /** The question of heading {@code at} answered from blocks {@code at + 1} to {@code end}, or null when it has none. */
    private Faq pair(Article a, int at, int end) {
        List<Block> body = a.body();
        Bilingual heading = body.get(at).text();
        Bilingual question = Bilingual.EMPTY;
        Bilingual answer = Bilingual.EMPTY;
        Set<Integer> used = new TreeSet<>();
        for (Lang lang : Lang.values()) {
            if (!heading.has(lang)) continue;
            List<String> sentences = new ArrayList<>();
            int length = 0;
            fill:
            for (int b = at + 1; b < end; b++) {
                if (!body.get(b).text().has(lang)) continue;
                for (String s : Extracts.sentences(body.get(b).text().get(lang))) {
                    int l = Extracts.length(s, lang);
                    if (!sentences.isEmpty() && length + l > limit(lang)) break fill;
                    sentences.add(s);
                    length += l;
                    used.add(b);
                }
            }
            if (sentences.isEmpty()) continue;
            question = question.with(lang, asQuestion(heading.get(lang), lang));
            answer = answer.with(lang, join(sentences, lang));
        }
        return answer.isEmpty() ? null : new Faq(question, answer, used.stream().map(a::blockId).toList());
    }

    /** A heading as a question: kept when it is one; otherwise asked about, in fixed words, without changing it. */
    static String asQuestion(String heading, Lang lang) {
        String h = heading.strip();
        if (h.endsWith("?") || h.endsWith("？")) return h;
        String topic = h.replaceAll("[\\s:：。.;；,，、!！]+$", "");
        if (lang == Lang.EN) return "What does the article say about “" + topic + "”?";
        // a heading that quotes something is set off by corner brackets, so that quotes do not nest in quotes
        return topic.matches(".*[“”].*") ? "关于「" + topic + "」，文章怎么说？" : "关于“" + topic + "”，文章怎么说？";
    }
}
