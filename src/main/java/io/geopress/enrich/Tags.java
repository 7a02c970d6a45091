package io.geopress.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.llm.ChatRequest;
import io.geopress.model.Article;
import io.geopress.model.Field;
import java.util.List;

/** Tags (topics to browse by) and keywords (terms to be found by), each filled only where the article has none. */
final class Tags implements Step {
    static final Prompt PROMPT = Prompt.load("tags", 1);

    private record Words(List<String> tags, List<String> keywords) {}

    @Override
    public Article apply(Article article, Calls calls, List<String> problems) {
        boolean force = calls.options().force();
        boolean tags = Step.mayWrite(article, Field.TAGS, article.tags().isEmpty(), force);
        boolean keywords = Step.mayWrite(article, Field.KEYWORDS, article.keywords().isEmpty(), force);
        if (!tags && !keywords) return article;
        ChatRequest request = new ChatRequest(PROMPT.system(), PROMPT.user(Numbered.article(article)), true, 512, 0.2);
        Words words = calls.ask(PROMPT, request, Tags::read);
        Article out = article;
        if (tags) out = out.withTags(words.tags(), calls.by(PROMPT));
        if (keywords) out = out.withKeywords(words.keywords(), calls.by(PROMPT));
        return out;
    }

    private static Words read(String reply) throws InvalidReply {
        JsonNode node = JsonShape.object(reply);
        return new Words(distinct(JsonShape.strings(node, "tags", 1, 10)), distinct(JsonShape.strings(node, "keywords", 1, 20)));
    }

    private static List<String> distinct(List<String> words) {
        return words.stream().distinct().toList();
    }
}
