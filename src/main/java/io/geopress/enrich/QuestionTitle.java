package io.geopress.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.llm.ChatRequest;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Field;
import io.geopress.model.Lang;
import java.util.List;

/**
 * The GEO title: the question a person would ask an AI assistant, in both languages. A title that is already a
 * question in both is kept, and so is either language in which it is one. The title it replaces stays on the page as the source's title when the source named none.
 */
final class QuestionTitle implements Step {
    static final Prompt PROMPT = Prompt.load("title", 1);

    @Override
    public Article apply(Article article, Calls calls, List<String> problems) {
        Bilingual title = article.title();
        boolean questions = isQuestion(title.zh()) && isQuestion(title.en());
        if (article.locked(Field.TITLE) || questions && !(calls.options().force() && generated(article))) return article;
        ChatRequest request = new ChatRequest(PROMPT.system(), PROMPT.user(Numbered.article(article)), true, 256, 0.4);
        Bilingual asked = calls.ask(PROMPT, request, QuestionTitle::read);
        // a language in which the title already is a question keeps it, unless a model wrote it and the run is forced
        boolean keep = !generated(article) || !calls.options().force();
        Bilingual question = new Bilingual(keep && isQuestion(title.zh()) ? title.zh() : asked.zh(),
                keep && isQuestion(title.en()) ? title.en() : asked.en());
        Article titled = article.withTitle(question, calls.by(PROMPT));
        boolean replaced = title.has(Lang.ZH) && !title.zh().equals(question.zh()) || title.has(Lang.EN) && !title.en().equals(question.en());
        if (!article.source().title().isEmpty() || !replaced || generated(article)) return titled;
        return SourceTitle.set(titled, title, article.provenance().get(Field.TITLE));
    }

    private static boolean generated(Article article) {
        var p = article.provenance().get(Field.TITLE);
        return p != null && p.generated();
    }

    static boolean isQuestion(String text) {
        return text.endsWith("?") || text.endsWith("？");
    }

    private static Bilingual read(String reply) throws InvalidReply {
        JsonNode node = JsonShape.object(reply);
        String zh = JsonShape.text(node, "zh");
        String en = JsonShape.text(node, "en");
        if (!isQuestion(zh) || !isQuestion(en)) throw new InvalidReply("each title must be one question ending with a question mark");
        if (Numbered.hanzi(zh) == 0) throw new InvalidReply("field \"zh\" holds no Chinese");
        return new Bilingual(zh, en);
    }
}
