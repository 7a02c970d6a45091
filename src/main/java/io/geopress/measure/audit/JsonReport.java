package io.geopress.measure.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.geopress.measure.audit.Audit.ArticleReport;
import io.geopress.measure.audit.Audit.Check;
import io.geopress.measure.audit.Audit.Report;
import io.geopress.model.Bilingual;
import java.util.List;
import java.util.Locale;

/** The audit as JSON Lines: one object per article ({@code "type": "article"}), then the site's ({@code "type": "site"}). */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {}

    static String of(Report report) {
        StringBuilder out = new StringBuilder();
        for (ArticleReport a : report.articles()) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("type", "article");
            o.put("slug", a.slug());
            bilingual(o.putObject("title"), a.title());
            o.put("revision", a.revision());
            o.put("state", a.state());
            o.put("score", a.score());
            checks(o.putArray("checks"), a.checks());
            out.append(o).append('\n');
        }
        ObjectNode site = MAPPER.createObjectNode();
        site.put("type", "site");
        site.put("at", report.at().toString());
        site.put("articles", report.articles().size());
        site.put("score", report.siteScore());
        checks(site.putArray("checks"), report.siteChecks());
        return out.append(site).append('\n').toString();
    }

    private static void checks(ArrayNode array, List<Check> checks) {
        for (Check c : checks) {
            ObjectNode o = array.addObject();
            o.put("name", c.name());
            bilingual(o.putObject("label"), c.label());
            o.put("weight", c.weight());
            o.put("status", c.status().name().toLowerCase(Locale.ROOT));
            o.put("score", c.score());
            bilingual(o.putObject("found"), c.found());
            bilingual(o.putObject("fix"), c.fix());
        }
    }

    private static void bilingual(ObjectNode o, Bilingual text) {
        o.put("zh", text.zh());
        o.put("en", text.en());
    }
}
