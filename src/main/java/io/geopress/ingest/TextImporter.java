package io.geopress.ingest;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.Lang;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import io.geopress.text.Script;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bilingual page copied as plain text, in the shape of a published GEO page: site name, title (twice),
 * date, "AI Summary (BLUF)" and its "原文翻译", the translated source title, the source lines, the body with each
 * block followed by its translation, "常见问题(FAQ)", and the site furniture (back link, share line, disclaimer).
 * Blank lines do not reliably separate blocks, so it reads line by line.
 */
final class TextImporter implements Importer {
    private static final Pattern BLUF = Pattern.compile("(?i)^(AI\\s*Summary|AI\\s*摘要|BLUF)\\b.*|^AI\\s*摘要.*");
    private static final Pattern SUMMARY_TRANSLATION = Pattern.compile("^原文翻译\\s*[:：]\\s*(.*)$");
    private static final Pattern FAQ = Pattern.compile("(?i)^(常见问题|FAQ|Frequently Asked Questions)[\\s(（)）A-Za-z问答]*$");
    private static final Pattern BACK = Pattern.compile("(?i)^(←|返回文章列表|返回列表|Back to (the )?(article )?list).*");
    private static final Pattern SHARE = Pattern.compile("(?i)^(分享到|分享至|Share (on|to))\\s*[:：]?.*");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?i)^(?:版权与免责声明|免责声明|版权声明|Copyright (?:and|&) Disclaimer|Disclaimer)\\s*(?:[:：]\\s*(?<rest>.*))?$");
    /** The summary label and the source lines belong to the top of the page: a closing "来源：" is body text. */
    private static final int BLUF_WITHIN = 8;
    private static final int SOURCE_WITHIN = 10;

    @Override
    public void read(SourceFile file, Consumer<Imported> sink) {
        String text = file.text();
        Parse p = new Parse(file, Line.split(text));
        Checks.controlCharacters(file, text).ifPresent(p.warnings::add);
        sink.accept(p.run());
    }

    /** One pass over the lines; {@code at} moves forward only. */
    private static final class Parse {
        private final SourceFile file;
        private final List<Line> lines;
        private final List<String> warnings = new ArrayList<>();
        private final List<String> untranslated = new ArrayList<>();
        private int at;

        Parse(SourceFile file, List<Line> lines) {
            this.file = file;
            this.lines = lines;
        }

        Imported run() {
            int bluf = find(0, BLUF_WITHIN, l -> BLUF.matcher(l.text()).matches());
            int sourceLine = find(0, Math.max(bluf, 0) + SOURCE_WITHIN, l -> SourceLines.isSourceLine(l.text()));
            int headerEnd = bluf >= 0 ? bluf : sourceLine >= 0 ? sourceLine : firstBodyGuess();
            Header header = Header.parse(lines.subList(0, headerEnd), file);
            at = headerEnd;

            Bilingual summary = Bilingual.EMPTY;
            Bilingual sourceTitle = Bilingual.EMPTY;
            if (bluf >= 0) {
                at = bluf + 1;
                summary = readSummary();
                int end = sourceLine > at ? sourceLine : at;
                for (Line l : lines.subList(at, end)) sourceTitle = sourceTitle.with(Script.dominant(l.text()), l.text());
                at = end;
            }
            Source source = SourceLines.read(lines, at, file, header.title(), sourceTitle);
            at += SourceLines.count(lines, at);

            int furniture = furnitureStart(at);
            int contentEnd = furniture >= 0 ? furniture : lines.size();
            int faqStart = findLast(at, contentEnd, l -> FAQ.matcher(l.text()).matches());
            int bodyEnd = faqStart >= 0 ? faqStart : contentEnd;
            List<Block> body = readBody(lines.subList(at, bodyEnd), header.title());
            if (body.isEmpty()) throw new ImportException(file.name(), "no article body found after the header");
            List<Faq> faq = faqStart >= 0 ? readFaq(lines.subList(faqStart + 1, contentEnd)) : List.of();
            List<Bilingual> disclaimer = furniture >= 0 ? readDisclaimer(lines.subList(furniture, lines.size())) : List.of();
            boolean excerpt = body.get(body.size() - 1).has(BlockFlag.CUT_TRANSLATION);

            Provenance imported = new Provenance("import:text", file.name(), Instant.now(), false);
            Map<Field, Provenance> provenance = new EnumMap<>(Field.class);
            provenance.put(Field.BODY, imported);
            provenance.put(Field.TITLE, imported);
            if (!summary.isEmpty()) provenance.put(Field.SUMMARY, imported);
            if (!faq.isEmpty()) provenance.put(Field.FAQ, imported);
            Article article = new Article(header.title(), summary, header.date(), source, body, faq, List.of(),
                    List.of(), disclaimer, excerpt, null, provenance);
            warnings.addAll(0, header.warnings());
            return new Imported(file.name(), article, warnings, untranslated);
        }

        private Bilingual readSummary() {
            StringBuilder en = new StringBuilder();
            String zh = "";
            while (at < lines.size()) {
                Line l = lines.get(at);
                Matcher m = SUMMARY_TRANSLATION.matcher(l.text());
                if (m.matches()) {
                    zh = m.group(1);
                    at++;
                    break;
                }
                if (SourceLines.isSourceLine(l.text())) break;
                if (!en.isEmpty() && Script.dominant(l.text()) == Lang.ZH) break;
                if (!en.isEmpty()) en.append(' ');
                en.append(l.text());
                at++;
            }
            return new Bilingual(zh, en.toString());
        }

        private List<Block> readBody(List<Line> bodyLines, Bilingual title) {
            List<BlockPairer.Candidate> candidates = new ArrayList<>();
            BodyLines.Indents indents = new BodyLines.Indents();
            for (Line l : bodyLines) {
                if (l.text().equals(title.zh()) || l.text().equals(title.en())) continue;
                if (Script.hasNoWords(l.text())) continue;
                candidates.add(BodyLines.classify(l, indents));
            }
            BlockPairer.Result paired = BlockPairer.pair(candidates, file);
            warnings.addAll(paired.warnings());
            untranslated.addAll(paired.untranslated());
            return paired.blocks();
        }

        private List<Faq> readFaq(List<Line> faqLines) {
            List<Faq> faq = new ArrayList<>();
            Bilingual question = null;
            Bilingual answer = Bilingual.EMPTY;
            int questionLine = 0;
            for (Line l : faqLines) {
                String t = l.text();
                Lang lang = Script.dominant(t);
                boolean isQuestion = t.endsWith("?") || t.endsWith("？");
                if (isQuestion && (question == null || question.has(lang))) {
                    if (question != null) faq.add(faqEntry(question, answer, questionLine));
                    question = Bilingual.of(lang, t);
                    answer = Bilingual.EMPTY;
                    questionLine = l.number();
                } else if (isQuestion) {
                    question = question.with(lang, t);
                } else if (question == null) {
                    warnings.add(file.at(l.number()) + ": FAQ text before the first question is ignored");
                } else {
                    String joined = answer.has(lang) ? answer.get(lang) + "\n\n" + t : t;
                    answer = answer.with(lang, joined);
                }
            }
            if (question != null) faq.add(faqEntry(question, answer, questionLine));
            return faq;
        }

        private Faq faqEntry(Bilingual question, Bilingual answer, int line) {
            if (answer.isEmpty()) warnings.add(file.at(line) + ": FAQ question has no answer");
            return new Faq(question, answer);
        }

        private List<Bilingual> readDisclaimer(List<Line> tail) {
            List<Bilingual> paragraphs = new ArrayList<>();
            boolean started = false;
            for (Line l : tail) {
                String t = l.text();
                Matcher m = DISCLAIMER.matcher(t);
                if (!started && !m.matches()) continue; // back link and share line: site furniture
                if (!started) {
                    started = true;
                    t = m.group("rest");
                    if (t == null || t.isBlank()) continue;
                }
                if (BACK.matcher(t).matches() || SHARE.matcher(t).matches()) continue;
                Lang lang = Script.dominant(t);
                int last = paragraphs.size() - 1;
                if (last >= 0 && !paragraphs.get(last).has(lang) && paragraphs.get(last).has(lang.other())) {
                    paragraphs.set(last, paragraphs.get(last).with(lang, t));
                } else {
                    paragraphs.add(Bilingual.of(lang, t));
                }
            }
            return paragraphs;
        }

        /**
         * The site furniture at the end: the last disclaimer label and what follows it, with the back-link and share
         * lines right before it; or those lines alone at the very end. A back link inside the body is body text.
         */
        private int furnitureStart(int from) {
            int start = findLast(from, lines.size(), l -> DISCLAIMER.matcher(l.text()).matches());
            if (start < 0) start = lines.size();
            while (start - 1 >= from && isBackOrShare(lines.get(start - 1))) start--;
            return start < lines.size() ? start : -1;
        }

        private static boolean isBackOrShare(Line l) {
            return BACK.matcher(l.text()).matches() || SHARE.matcher(l.text()).matches();
        }

        /** Without BLUF or source lines, the header is the short lines above the first sentence. */
        private int firstBodyGuess() {
            int i = find(0, lines.size(), l -> !BodyLines.looksLikeHeading(l.text()) && Dates.parse(l.text(), file.zone()) == null);
            return i < 0 ? Math.min(1, lines.size()) : Math.max(1, i);
        }

        private int find(int from, int to, Predicate<Line> test) {
            for (int i = from; i < Math.min(to, lines.size()); i++) {
                if (test.test(lines.get(i))) return i;
            }
            return -1;
        }

        private int findLast(int from, int to, Predicate<Line> test) {
            for (int i = Math.min(to, lines.size()) - 1; i >= from; i--) {
                if (test.test(lines.get(i))) return i;
            }
            return -1;
        }
    }

    /** The site name, title (often twice) and our date above the summary. */
    private record Header(Bilingual title, OffsetDateTime date, List<String> warnings) {
        static Header parse(List<Line> header, SourceFile file) {
            List<String> warnings = new ArrayList<>();
            OffsetDateTime date = null;
            List<Line> rest = new ArrayList<>();
            for (Line l : header) {
                OffsetDateTime d = Dates.parse(l.text(), file.zone());
                if (d != null && date == null) date = d;
                else if (d == null) rest.add(l);
            }
            if (rest.isEmpty()) throw new ImportException(file.name(), "no title found at the top of the file");
            // the title is the line that repeats (the page title, then its heading); else the longest Chinese line, as
            // a site name is short. A line in the other language of plausible length is its translation.
            Line repeated = rest.stream().filter(l -> rest.stream().filter(o -> o.text().equals(l.text())).count() > 1)
                    .findFirst().orElse(null);
            Line titleLine = repeated != null ? repeated : rest.stream()
                    .max(Comparator.comparingInt((Line l) -> Script.hanCount(l.text())).thenComparingInt(l -> l.text().length()))
                    .orElseThrow();
            Lang lang = Script.dominant(titleLine.text());
            Bilingual title = Bilingual.of(lang, titleLine.text());
            List<Line> others = repeated != null ? rest.subList(rest.indexOf(titleLine), rest.size()) : rest;
            for (Line l : others) {
                if (l.text().equals(titleLine.text())) continue;
                if (!title.has(lang.other()) && Script.dominant(l.text()) == lang.other() && translates(title.get(lang), l.text(), lang)) {
                    title = title.with(lang.other(), l.text());
                } else if (repeated != null || rest.indexOf(l) > rest.indexOf(titleLine)) {
                    warnings.add(file.at(l.number()) + ": header line not understood, ignored: “" + l.text() + "”");
                }
            }
            return new Header(title, date, warnings);
        }

        /** Whether {@code other} could be the title in the other language, judged by length. */
        private static boolean translates(String title, String other, Lang titleLang) {
            String zh = titleLang == Lang.ZH ? title : other;
            String en = titleLang == Lang.ZH ? other : title;
            double ratio = Script.latinLetters(en) / (double) Math.max(1, Script.hanCount(zh));
            return ratio >= 0.8 && ratio <= 8;
        }
    }
}
