package io.geopress.measure.engine;

import io.geopress.enrich.ResponseCache;
import io.geopress.llm.ChatReply;
import io.geopress.llm.ChatRequest;
import io.geopress.llm.LanguageModel;
import io.geopress.measure.retrieve.RetrievedSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The model engine: the GEO paper's answer prompt (Aggarwal et al., KDD 2024), the question and the numbered
 * sources, one request per sample. Replies are cached under a key that names the prompt's version, the model, the
 * sample and a hash of the request, so that samples differ from one another and a run asked again asks nothing.
 */
final class ModelAnswerer implements Answerer {
    static final int PROMPT_VERSION = 1;
    static final String INSTRUCTION = "Write an accurate and concise answer to the question below, using only the "
            + "search results given after it, as an expert would, in an unbiased and journalistic tone, and in the "
            + "language of the question. Follow every sentence immediately with in-line citations of the search "
            + "results that support it, written as [index]; when several results support a sentence, write them as "
            + "[1][2][3], not [1, 2, 3]. Cite only results that support the whole sentence.";

    private static final java.util.regex.Pattern HEADER_MARKS = java.util.regex.Pattern.compile("(?m)^[ \\t]*#{2,}[ \\t]*");
    private final LanguageModel model;
    private final ModelOptions options;
    private final ResponseCache cache;
    private final Consumer<String> notices;
    private final AtomicLong spent = new AtomicLong();

    ModelAnswerer(LanguageModel model, ModelOptions options, ResponseCache cache, Consumer<String> notices) {
        this.model = model;
        this.options = options;
        this.cache = cache;
        this.notices = notices;
    }

    /** A source's own "### …" line would read as the start of another numbered source: it loses its marks. */
    private static String unheaded(String text) {
        return HEADER_MARKS.matcher(text).replaceAll("");
    }

    static String prompt(String question, List<RetrievedSource> sources) {
        StringBuilder prompt = new StringBuilder(INSTRUCTION).append("\n\nQuestion: ").append(question.strip())
                .append("\n\nSearch results:\n");
        for (RetrievedSource source : sources) {
            prompt.append("\n### Source ").append(source.rank()).append(":\n").append(unheaded(source.text().strip())).append('\n');
        }
        return prompt.toString();
    }

    @Override
    public String answer(Query query, List<RetrievedSource> sources, int sample) {
        ChatRequest request = new ChatRequest("", prompt(query.query(), sources), false, options.maxReplyTokens(), options.temperature());
        String key = "simulate/v" + PROMPT_VERSION + "/" + model.name() + "/sample-" + sample + "/" + sha256(request);
        Optional<String> cached = cache.get(key);
        if (cached.isPresent()) return cached.get();
        if (options.maxRunTokens() > 0 && spent.get() >= options.maxRunTokens()) {
            throw new SimulationException("budget: " + spent.get() + " of " + options.maxRunTokens() + " tokens spent (--max-tokens); "
                    + "query '" + query.id() + "' sample " + (sample + 1) + " and the rest were not asked");
        }
        ChatReply reply = model.chat(request);
        spent.addAndGet(reply.totalTokens());
        if (reply.truncated()) {
            notices.accept("query '" + query.id() + "' sample " + (sample + 1) + ": the answer was cut off at "
                    + options.maxReplyTokens() + " tokens; scored as it is");
        }
        cache.put(key, reply.text());
        return reply.text();
    }

    private static String sha256(ChatRequest request) {
        return Hashes.sha256(request.system() + '\u0000' + request.user() + '\u0000' + request.maxTokens() + '\u0000' + request.temperature());
    }

    @Override
    public String engine() {
        return "model";
    }

    @Override
    public String model() {
        return model.name();
    }
}
