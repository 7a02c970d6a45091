package io.geopress.measure.audit;

import io.geopress.measure.audit.Audit.ArticleReport;
import io.geopress.measure.audit.Audit.Check;
import io.geopress.model.StoredArticle;
import java.util.List;
import java.util.function.Function;

/** Every check of one article, in the order reports show them; their weights sum to 100. */
final class ArticleChecks {
    static final List<Function<Subject, Check>> ALL = List.of(ContentChecks::bluf, ContentChecks::questions, ContentChecks::faq,
            ContentChecks::languages, EvidenceChecks::statistics, EvidenceChecks::quotations, EvidenceChecks::sources,
            EvidenceChecks::tables, OutputChecks::jsonLd, OutputChecks::machineReadable, OutputChecks::freshness, OutputChecks::weight);

    private ArticleChecks() {}

    static ArticleReport report(Subject s) {
        List<Check> checks = ALL.stream().map(c -> c.apply(s)).toList();
        StoredArticle a = s.stored();
        String state = a.status().name().toLowerCase() + (a.hasUnpublishedChanges() ? " (revision " + a.revision()
                + " not published; live: " + a.publishedRevision() + ")" : "");
        return new ArticleReport(a.slug(), a.article().title(), a.revision(), state, total(checks), checks);
    }

    static double total(List<Check> checks) {
        return Math.round(checks.stream().mapToDouble(Check::score).sum() * 10) / 10.0;
    }
}
