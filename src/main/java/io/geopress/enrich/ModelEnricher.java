package io.geopress.enrich;

import io.geopress.llm.LanguageModel;
import io.geopress.model.Article;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the model-driven steps on one article in order: the title first (the title it replaces becomes the source's
 * title, which translation then completes), translation (the later steps read both languages), summary, FAQ, tags
 * and keywords. A failed step leaves its part as it was and adds a problem; the others still run. A spent budget
 * stops the calls (a step keeps what it made before); a model that cannot be reached ({@code LlmException}) ends the
 * article.
 */
final class ModelEnricher implements Function<Article, Enriched> {
    private final LanguageModel model;
    private final EnrichOptions options;
    private final ResponseCache cache;
    private final Clock clock;
    private final List<Step> steps;

    ModelEnricher(LanguageModel model, EnrichOptions options, ResponseCache cache, Grounding grounding, Clock clock) {
        this.model = model;
        this.options = options;
        this.cache = cache;
        this.clock = clock;
        this.steps = List.of(new QuestionTitle(), new Translation(), new Summary(), new Questions(grounding), new Tags());
    }

    @Override
    public Enriched apply(Article article) {
        Calls calls = new Calls(model, cache, options, clock);
        List<String> problems = new ArrayList<>();
        Article out = article;
        for (Step step : steps) {
            if (calls.budgetSpent()) break;
            try {
                out = step.apply(out, calls, problems);
            } catch (StepFailed.BudgetSpent e) {
                problems.add(e.getMessage());
                break;
            } catch (StepFailed e) {
                problems.add(e.getMessage());
            }
        }
        return new Enriched(out, problems, calls.usage());
    }
}
