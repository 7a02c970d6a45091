package io.geopress.enrich;

import io.geopress.llm.ChatRequest;
import io.geopress.llm.LanguageModel;
import io.geopress.model.Article;
import io.geopress.model.Provenance;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model calls of one article for work beyond enrichment (the GEO optimisation): requests through enrichment's
 * response cache and token budget, with its retry of an unreadable reply, and enrichment's own steps run on the same
 * calls: the BLUF summary and the FAQ through prompts of the caller's, and the translation of what lacks a language.
 * Not thread-safe: one per article.
 */
public final class ModelCalls {
    /** Reads a reply into a value; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public interface Reader<T> {
        T read(String reply);
    }

    private final Calls calls;

    private ModelCalls(Calls calls) {
        this.calls = calls;
    }

    public static ModelCalls of(LanguageModel model, EnrichOptions options, ResponseCache cache) {
        return new ModelCalls(new Calls(model, cache, options, Clock.systemUTC()));
    }

    /**
     * Asks with the prompt {@code prompts/<step>.v<version>.txt}, its slots filled from {@code values}, for a JSON
     * reply of at most {@code maxTokens}; empty, with a line added to {@code problems}, when no readable reply came.
     */
    public <T> Optional<T> ask(String step, int version, Map<String, String> values, int maxTokens, Reader<T> reader,
            List<String> problems) {
        Prompt prompt = Prompt.load(step, version);
        ChatRequest request = new ChatRequest(prompt.system(), prompt.user(values), true, maxTokens, 0.3);
        try {
            return Optional.of(calls.ask(prompt, request, reply -> {
                try {
                    return reader.read(reply);
                } catch (IllegalArgumentException e) {
                    throw new InvalidReply(e.getMessage());
                }
            }));
        } catch (StepFailed e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    /** Who wrote a part through {@code prompts/<step>.v<version>.txt}: the model, now. */
    public Provenance by(String step, int version) {
        return calls.by(new Prompt(step, version, "", ""));
    }

    /** Enrichment's BLUF summary step through {@code prompts/<step>.v<version>.txt}, which asks for its reply. */
    public Article summary(Article article, String step, int version, List<String> problems) {
        return run(new Summary(Prompt.load(step, version)), article, problems);
    }

    /** Enrichment's FAQ step (its answers checked against their blocks) through the prompt named. */
    public Article faq(Article article, String step, int version, List<String> problems) {
        return run(new Questions(new Grounding(), Prompt.load(step, version)), article, problems);
    }

    /** Enrichment's translation of every text that has one language, each translation checked as enrich checks it. */
    public Article translate(Article article, List<String> problems) {
        return run(new Translation(), article, problems);
    }

    public Enriched.Usage usage() {
        return calls.usage();
    }

    public boolean budgetSpent() {
        return calls.budgetSpent();
    }

    private Article run(Step step, Article article, List<String> problems) {
        try {
            return step.apply(article, calls, problems);
        } catch (StepFailed e) {
            problems.add(e.getMessage());
            return article;
        }
    }
}
