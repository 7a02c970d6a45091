package io.geopress.enrich;

import io.geopress.model.Article;
import io.geopress.model.Field;
import io.geopress.model.Provenance;
import java.util.List;

/** One model-driven enrichment step: returns the article with what it produced, adding a line to problems for each flaw. */
interface Step {
    Article apply(Article article, Calls calls, List<String> problems);

    /**
     * Whether a step may write {@code field}: never when an editor wrote it; when it is empty; when a model wrote it
     * before and the run is forced (otherwise an earlier model's text is kept, so an enriched article costs no call).
     * Text the source brought is never replaced.
     */
    static boolean mayWrite(Article article, Field field, boolean empty, boolean force) {
        if (article.locked(field)) return false;
        if (empty) return true;
        Provenance p = article.provenance().get(field);
        return force && p != null && p.generated();
    }
}
