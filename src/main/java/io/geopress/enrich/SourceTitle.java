package io.geopress.enrich;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Field;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import java.util.EnumMap;
import java.util.Map;

/** Sets the source's own title, which the page shows under the summary (Article has no wither for it). */
final class SourceTitle {
    private SourceTitle() {}

    static Article set(Article a, Bilingual title, Provenance by) {
        Source s = a.source();
        Map<Field, Provenance> provenance = new EnumMap<>(Field.class);
        provenance.putAll(a.provenance());
        if (by != null) provenance.put(Field.SOURCE_TITLE, by);
        return new Article(a.title(), a.summary(), a.date(), new Source(s.name(), s.url(), s.published(), title, s.author(), s.modified()), a.body(),
                a.faq(), a.tags(), a.categories(), a.keywords(), a.disclaimer(), a.excerpt(), a.slug(), provenance, a.image());
    }
}
