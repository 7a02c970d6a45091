package io.geopress.enrich;

import io.geopress.llm.ChatReply;
import io.geopress.llm.ChatRequest;
import io.geopress.llm.LanguageModel;
import io.geopress.model.Provenance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The model calls of one article: each request goes through the response cache, counts against the article's token
 * budget, and its reply is read by the step; a reply that cannot be read is asked for once more with the error named.
 * Only replies that were read are cached, so a cached reply never needs a retry.
 */
final class Calls {
    /** Reads a reply into a step's value, or says why it cannot. */
    interface Reader<T> {
        T read(String reply) throws InvalidReply;
    }

    private final LanguageModel model;
    private final ResponseCache cache;
    private final EnrichOptions options;
    private final Clock clock;
    private Enriched.Usage usage = Enriched.Usage.NONE;
    private boolean budgetSpent;

    Calls(LanguageModel model, ResponseCache cache, EnrichOptions options, Clock clock) {
        this.model = model;
        this.cache = cache;
        this.options = options;
        this.clock = clock;
    }

    Enriched.Usage usage() {
        return usage;
    }

    /** Whether a call was refused for the budget: the article gets no more calls. */
    boolean budgetSpent() {
        return budgetSpent;
    }

    EnrichOptions options() {
        return options;
    }

    /** The provenance of a part written now through {@code prompt}. */
    Provenance by(Prompt prompt) {
        return new Provenance(model.name(), prompt.detail(), clock.instant(), true);
    }

    /**
     * Asks once, and once more with the error named when the reply is cut off or cannot be read; the second request
     * allows a reply twice as long, within the model's output limit ({@link EnrichOptions#maxReplyTokens}).
     *
     * @throws StepFailed when the second reply cannot be read either, or the budget is spent
     */
    <T> T ask(Prompt prompt, ChatRequest request, Reader<T> reader) {
        String error;
        try {
            return askOnce(prompt, request, reader);
        } catch (InvalidReply e) {
            error = e.getMessage();
        }
        ChatRequest again = new ChatRequest(request.system(), request.user() + "\n\nYour previous reply was rejected: "
                + error + ". Reply again, in exactly the format asked for.", request.json(),
                Math.max(request.maxTokens(), Math.min(request.maxTokens() * 2, options.maxReplyTokens())), request.temperature());
        try {
            return askOnce(prompt, again, reader);
        } catch (InvalidReply e) {
            throw new StepFailed(prompt.step() + ": " + e.getMessage() + " (retried once with the error named)");
        }
    }

    /** One request, from the cache when it holds a reply; throws when the reply cannot be read. */
    <T> T askOnce(Prompt prompt, ChatRequest request, Reader<T> reader) throws InvalidReply {
        String key = prompt.step() + "/v" + prompt.version() + "/" + model.name() + "/" + sha256(request);
        Optional<String> cached = options.force() ? Optional.empty() : cache.get(key);
        if (cached.isPresent()) {
            usage = usage.plus(new Enriched.Usage(0, 1, 0, 0));
            return reader.read(cached.get());
        }
        long spent = usage.promptTokens() + usage.completionTokens();
        if (options.maxTokensPerArticle() > 0 && spent >= options.maxTokensPerArticle()) {
            budgetSpent = true;
            throw new StepFailed.BudgetSpent("budget: " + spent + " of " + options.maxTokensPerArticle()
                    + " tokens spent on this article; " + prompt.step() + " and the steps after it were not run");
        }
        ChatReply reply = model.chat(request);
        usage = usage.plus(new Enriched.Usage(1, 0, reply.promptTokens(), reply.completionTokens()));
        if (reply.truncated()) {
            throw new InvalidReply("the reply was cut off at the limit of " + request.maxTokens() + " tokens");
        }
        T value = reader.read(reply.text());
        cache.put(key, reply.text());
        return value;
    }

    private static String sha256(ChatRequest request) {
        String text = request.system() + '\u0000' + request.user() + '\u0000' + request.json() + '\u0000' + request.maxTokens()
                + '\u0000' + request.temperature();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
