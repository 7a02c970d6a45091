package io.geopress.measure.audit;

import io.geopress.measure.audit.Audit.Check;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Faq;
import io.geopress.model.Lang;
import io.geopress.text.Extracts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What the article says and how: its BLUF summary, question-form title and headings, FAQ, both languages. */
final class ContentChecks {
    static final int BLUF = 12;
    static final int QUESTIONS = 8;
    static final int FAQ = 12;
    static final int LANGUAGES = 12;
    static final int FAQ_WANTED = 3;
    /**
     * The share of an answer's tokens the article's text (body and summary) must hold for the answer to count as
     * grounded. On the demo's articles, answers drawn from their text held 0.24 to 0.95 of their Chinese character
     * pairs and 0.56 to 1.00 of their English words (a Chinese paraphrase changes more pairs than an English one changes
     * words); a made-up answer on another subject holds about a tenth.
     */
    static double grounded(Lang lang) {
        return lang == Lang.ZH ? 0.2 : 0.4;
    }

    private static final Pattern ENGLISH_QUESTION = Pattern.compile(
            "(?i)^\\W*(what|how|why|when|where|which|who|whom|whose|is|are|can|could|does|do|did|should|will|would|was|were)\\b.*");
    private static final List<String> CHINESE_QUESTION_WORDS = List.of("什么", "如何", "为什么", "为何", "怎么", "怎样", "哪",
            "吗", "是否", "多少", "能否", "可否", "何时", "谁");

    private ContentChecks() {}

    static Check bluf(Subject s) {
        Article a = s.stored().article();
        Bilingual label = new Bilingual("摘要（BLUF）", "BLUF summary");
        List<Lang> langs = s.config().languages();
        if (a.summary().isEmpty()) {
            return Check.of("bluf", label, BLUF, 0, new Bilingual("没有摘要", "no summary"),
                    new Bilingual("在正文前写一段直接回答问题的摘要（geopress enrich 可生成）", "write a summary that answers up front (geopress enrich writes one)"));
        }
        int words = Extracts.length(a.summary().en(), Lang.EN);
        int hanzi = Extracts.length(a.summary().zh(), Lang.ZH);
        double share = 1;
        List<String> zhProblems = new ArrayList<>();
        List<String> enProblems = new ArrayList<>();
        for (Lang lang : langs) {
            if (!a.summary().has(lang)) {
                share -= 0.5;
                zhProblems.add(lang == Lang.ZH ? "缺中文摘要" : "缺英文摘要");
                enProblems.add(lang == Lang.ZH ? "Chinese summary missing" : "English summary missing");
            }
        }
        if (langs.contains(Lang.EN) && words > s.limits().summaryWords()) {
            share -= 0.25;
            zhProblems.add("英文摘要超过 " + s.limits().summaryWords() + " 词");
            enProblems.add("English summary over " + s.limits().summaryWords() + " words");
        }
        if (langs.contains(Lang.ZH) && hanzi > s.limits().summaryHanzi()) {
            share -= 0.25;
            zhProblems.add("中文摘要超过 " + s.limits().summaryHanzi() + " 字");
            enProblems.add("Chinese summary over " + s.limits().summaryHanzi() + " characters");
        }
        String zh = "英文 " + words + " 词（上限 " + s.limits().summaryWords() + "），中文 " + hanzi + " 字（上限 " + s.limits().summaryHanzi() + "）";
        String en = words + " English words (at most " + s.limits().summaryWords() + "), " + hanzi + " Chinese characters (at most "
                + s.limits().summaryHanzi() + ")";
        return Check.of("bluf", label, BLUF, share, new Bilingual(joined(zh, zhProblems, "；"), joined(en, enProblems, "; ")),
                new Bilingual("补齐两种语言的摘要并控制在上限内", "give the summary in both languages, within the limits"));
    }

    static Check questions(Subject s) {
        Article a = s.stored().article();
        Bilingual label = new Bilingual("问题式标题与小标题", "Question-form title and headings");
        List<Lang> langs = s.config().languages();
        long titled = langs.stream().filter(l -> a.title().has(l) && isQuestion(a.title().get(l), l)).count();
        double title = (double) titled / langs.size();
        List<Block> headings = a.body().stream().filter(b -> b.kind() == BlockKind.HEADING).toList();
        long asked = headings.stream().filter(h -> isQuestion(h.text().zh(), Lang.ZH) || isQuestion(h.text().en(), Lang.EN)).count();
        int wanted = (headings.size() + 1) / 2;
        double share = headings.isEmpty() ? title : 0.6 * title + 0.4 * Math.min(1, (double) asked / wanted);
        return Check.of("questions", label, QUESTIONS, share,
                new Bilingual("标题 " + titled + "/" + langs.size() + " 种语言为问句；小标题 " + asked + "/" + headings.size() + " 为问句",
                        "title a question in " + titled + " of " + langs.size() + " languages; " + asked + " of " + headings.size()
                                + " headings are questions"),
                new Bilingual("把标题和至少一半小标题写成读者会问 AI 的问题", "phrase the title, and at least half the headings, as questions a reader would ask an assistant"));
    }

    static Check faq(Subject s) {
        Article a = s.stored().article();
        Bilingual label = new Bilingual("常见问题", "FAQ");
        BodyText body = BodyText.of(a);
        int grounded = 0;
        for (Faq qa : a.faq()) if (grounded(qa.answer(), body, a.summary())) grounded++;
        int count = a.faq().size();
        double share = count == 0 ? 0 : 0.5 * Math.min(1, (double) count / FAQ_WANTED) + 0.5 * grounded / count;
        return Check.of("faq", label, FAQ, share,
                new Bilingual(count + " 个问答（至少 " + FAQ_WANTED + " 个），" + grounded + " 个答案的用词见于正文或摘要",
                        count + " questions (" + FAQ_WANTED + " or more wanted), " + grounded + " answers worded from the body or summary"),
                new Bilingual("写至少 " + FAQ_WANTED + " 个问答，答案只用正文里的事实", "give " + FAQ_WANTED
                        + " or more questions, each answered with what the body says"));
    }

    /** Whether each language of {@code answer} takes enough of its tokens from the body and the summary, which the page shows. */
    private static boolean grounded(Bilingual answer, BodyText body, Bilingual summary) {
        for (Lang lang : Lang.values()) {
            if (!answer.has(lang)) continue;
            List<String> passages = new ArrayList<>(body.in(lang));
            passages.add(summary.get(lang));
            if (Overlap.share(answer.get(lang), passages, lang) < grounded(lang)) return false;
        }
        return !answer.isEmpty();
    }

    static Check languages(Subject s) {
        Article a = s.stored().article();
        Bilingual label = new Bilingual("双语完整", "Both languages complete");
        if (s.config().languages().size() < 2) {
            return Check.of("languages", label, LANGUAGES, 1, new Bilingual("本站只显示一种语言", "the site shows one language"), Bilingual.EMPTY);
        }
        int parts = 1;
        int missing = a.title().isComplete() ? 0 : 1;
        int flagged = 0;
        if (!a.summary().isEmpty()) {
            parts++;
            if (!a.summary().isComplete()) missing++;
        }
        for (Faq qa : a.faq()) {
            parts++;
            if (!qa.question().isComplete() || !qa.answer().isComplete()) missing++;
        }
        for (Block b : a.body()) {
            if (!b.kind().translatable() || b.text().isEmpty()) continue;
            parts++;
            if (!b.text().isComplete() || b.has(BlockFlag.UNTRANSLATED)) missing++;
            else if (b.has(BlockFlag.NEEDS_REVIEW) || b.has(BlockFlag.CUT_TRANSLATION)) flagged++;
        }
        int complete = parts - missing - flagged;
        return Check.of("languages", label, LANGUAGES, (double) complete / parts,
                new Bilingual(complete + "/" + parts + " 部分双语完整；" + missing + " 缺译文，" + flagged + " 待审或译文被截断",
                        complete + " of " + parts + " parts complete in both languages; " + missing + " missing a translation, "
                                + flagged + " flagged for review or cut"),
                new Bilingual("补齐缺失的译文，审阅标记为待审的段落（geopress enrich、编辑）", "translate what is missing and review the flagged blocks (geopress enrich, an editor)"));
    }

    static boolean isQuestion(String text, Lang lang) {
        if (text.isBlank()) return false;
        if (text.indexOf('?') >= 0 || text.indexOf('？') >= 0) return true;
        if (lang == Lang.EN) return ENGLISH_QUESTION.matcher(text).matches();
        return CHINESE_QUESTION_WORDS.stream().anyMatch(text::contains);
    }

    private static String joined(String first, List<String> more, String separator) {
        return more.isEmpty() ? first : first + separator + String.join(separator, more);
    }
}
