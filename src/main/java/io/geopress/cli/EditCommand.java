package io.geopress.cli;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.GeopressException;
import io.geopress.model.Provenance;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * An editor's change to an article, saved as a new revision. The parts an editor writes are locked: enrichment
 * never replaces them. Giving a part as empty text hands it back: it is cleared, and enrichment may write it again.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Change an article's title, BLUF summary, tags or keywords by hand (a new revision). What you write is "
                + "locked: enrichment never replaces it. An empty value clears the part and hands it back to enrichment.")
final class EditCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Parameters(index = "0", paramLabel = "SLUG", description = "The article (its latest revision).")
    String slug;

    @Option(names = "--title-zh", paramLabel = "TEXT") String titleZh;
    @Option(names = "--title-en", paramLabel = "TEXT") String titleEn;
    @Option(names = "--summary-zh", paramLabel = "TEXT") String summaryZh;
    @Option(names = "--summary-en", paramLabel = "TEXT") String summaryEn;
    @Option(names = "--tags", paramLabel = "TAG,…", split = ",", description = "The tags, comma-separated.") List<String> tags;
    @Option(names = "--keywords", paramLabel = "WORD,…", split = ",", description = "The keywords, comma-separated.") List<String> keywords;

    @Override
    public Integer call() {
        if (titleZh == null && titleEn == null && summaryZh == null && summaryEn == null && tags == null && keywords == null) {
            throw new IllegalArgumentException("nothing to change: give --title-zh, --title-en, --summary-zh, --summary-en, --tags or --keywords");
        }
        ArticleStore store = site.store(site.config());
        StoredArticle stored = store.find(slug).orElseThrow(() -> new GeopressException("no article with slug '" + slug + "'"));
        Article a = stored.article();
        Provenance editor = new Provenance(Provenance.EDITOR, "geopress edit", Instant.now(), false);
        if (titleZh != null || titleEn != null) {
            Bilingual title = changed(a.title(), titleZh, titleEn);
            if (title.isEmpty()) throw new IllegalArgumentException("an article needs a title: give --title-zh or --title-en with text");
            a = a.withTitle(title, editor);
        }
        if (summaryZh != null || summaryEn != null) {
            Bilingual summary = changed(a.summary(), summaryZh, summaryEn);
            a = a.withSummary(summary, summary.isEmpty() ? null : editor);
        }
        if (tags != null) a = a.withTags(words(tags), words(tags).isEmpty() ? null : editor);
        if (keywords != null) a = a.withKeywords(words(keywords), words(keywords).isEmpty() ? null : editor);
        ArticleStore.Saved saved = store.revise(slug, stored.revision(), a, "edit: by hand");
        System.out.println(slug);
        System.err.println(saved.outcome() == ArticleStore.Outcome.UNCHANGED ? "edit: " + slug + " unchanged"
                : "edit: " + slug + " saved as revision " + saved.revision() + "; publish it to put it on the site");
        return 0;
    }

    private static Bilingual changed(Bilingual text, String zh, String en) {
        return new Bilingual(zh != null ? zh : text.zh(), en != null ? en : text.en());
    }

    private static List<String> words(List<String> given) {
        return given.stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
    }
}
