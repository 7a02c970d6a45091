package io.geopress.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.geopress.config.SiteConfig;
import io.geopress.model.Article;
import io.geopress.model.Faq;
import io.geopress.model.Lang;
import io.geopress.model.StoredArticle;
import io.geopress.site.page.ArticlePage;
import java.util.List;

/** schema.org JSON-LD for an article page: NewsArticle, FAQPage and BreadcrumbList in one graph. */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLd() {}

    /**
     * @param image the article's image, or null
     * @param citations the outbound sources its body links to
     */
    static String of(StoredArticle stored, SiteConfig config, String canonical, String home, ArticlePage.Image image,
            List<BodyContent.Citation> citations) {
        Article a = stored.article();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");

        ObjectNode article = graph.addObject();
        article.put("@type", "NewsArticle");
        article.put("@id", canonical + "#article");
        article.put("headline", a.title().any());
        if (a.title().isComplete()) article.put("alternativeHeadline", a.title().en());
        if (!a.summary().isEmpty()) article.put("description", a.summary().has(Lang.EN) ? a.summary().en() : a.summary().zh());
        if (stored.publishedAt() != null) {
            article.put("datePublished", stored.publishedAt().toString());
            article.put("dateModified", stored.modifiedAt().toString());
        }
        article.put("url", canonical);
        article.put("mainEntityOfPage", canonical);
        if (image != null) {
            ObjectNode imageObject = article.putObject("image");
            imageObject.put("@type", "ImageObject");
            imageObject.put("url", image.url());
            if (image.width() > 0 && image.height() > 0) {
                imageObject.put("width", image.width());
                imageObject.put("height", image.height());
            }
        }
        // schema.org's citation takes a CreativeWork or a Text, not a URL: each source is a work at its address
        if (!citations.isEmpty()) {
            ArrayNode cited = article.putArray("citation");
            for (BodyContent.Citation c : citations) {
                ObjectNode work = cited.addObject();
                work.put("@type", "CreativeWork");
                work.put("url", c.url());
                if (!c.name().isEmpty()) work.put("name", c.name());
            }
        }
        ArrayNode languages = article.putArray("inLanguage");
        config.languages().forEach(lang -> languages.add(lang.tag()));
        if (!a.tags().isEmpty()) article.put("keywords", String.join(", ", a.tags()));
        // schema.org's articleSection is a text; an article filed under several sections lists them
        if (a.categories().size() == 1) article.put("articleSection", a.categories().get(0));
        if (a.categories().size() > 1) {
            ArrayNode sections = article.putArray("articleSection");
            a.categories().forEach(sections::add);
        }
        ObjectNode publisher = article.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", config.title().any());
        publisher.put("url", home);
        if (a.source().isKnown() || a.source().published() != null) { // a Hugo page's date is its original's
            ObjectNode basedOn = article.putObject("isBasedOn");
            basedOn.put("@type", "CreativeWork");
            if (!a.source().title().isEmpty()) basedOn.put("name", a.source().title().any());
            if (a.source().url() != null) basedOn.put("url", a.source().url());
            if (a.source().published() != null) basedOn.put("datePublished", a.source().published().toString());
            // the original's last change (Hugo's lastmod) is the original's: our page's dateModified is our revision
            if (a.source().modified() != null) basedOn.put("dateModified", a.source().modified().toString());
            if (a.source().author() != null) {
                ObjectNode author = basedOn.putObject("author");
                author.put("@type", "Person");
                author.put("name", a.source().author());
            }
            if (!a.source().name().isEmpty()) {
                ObjectNode by = basedOn.putObject("publisher");
                by.put("@type", "Organization");
                by.put("name", a.source().name().any());
            }
        }

        if (!a.faq().isEmpty()) {
            ObjectNode faqPage = graph.addObject();
            faqPage.put("@type", "FAQPage");
            faqPage.put("@id", canonical + "#faq");
            faqPage.put("url", canonical);
            ArrayNode questions = faqPage.putArray("mainEntity");
            for (Faq qa : a.faq()) {
                ObjectNode q = questions.addObject();
                q.put("@type", "Question");
                q.put("name", qa.question().joined("\n"));
                ObjectNode answer = q.putObject("acceptedAnswer");
                answer.put("@type", "Answer");
                answer.put("text", qa.answer().joined("\n"));
            }
        }

        ObjectNode crumbs = graph.addObject();
        crumbs.put("@type", "BreadcrumbList");
        ArrayNode items = crumbs.putArray("itemListElement");
        crumb(items, 1, config.title().any(), home);
        crumb(items, 2, a.title().any(), canonical);
        // "</script>" inside a string would end the script element early
        return root.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static void crumb(ArrayNode items, int position, String name, String url) {
        ObjectNode item = items.addObject();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
    }
}
