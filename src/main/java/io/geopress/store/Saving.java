package io.geopress.store;

import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.model.BlockIds;
import io.geopress.model.GeopressException;
import io.geopress.model.Lang;
import io.geopress.model.SitePath;
import io.geopress.model.Status;
import io.geopress.store.ArticleStore.Outcome;
import io.geopress.store.ArticleStore.Saved;
import io.geopress.text.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Saving within one transaction: an article's new revision (or the first one of a new article, with its slug),
 * the slugs of its labels, and its aliases, which no other article may hold.
 */
final class Saving {
    private final Handle h;
    private final String now;
    private final Labels labels;
    /** The identities this save has given, each with the reason of the draft that took it. */
    private final Map<String, String> taken = new HashMap<>();

    Saving(Handle h, String now) {
        this.h = h;
        this.now = now;
        this.labels = Labels.in(h);
    }

    /**
     * A new article, or a new revision of the one with the same identity; unchanged content adds nothing. The
     * identity is {@code key} when the source gives one (see {@link ArticleStore.Draft}); an article stored before
     * keys were recorded is found by its old identity, once, and takes the key. Two drafts of one save taking one
     * identity are refused: an import never merges two sources into one article.
     */
    Saved save(Article article, String given, String reason) {
        String legacy = Identity.of(article);
        String key = given != null && given.startsWith("url:") ? "url:" + Identity.normalizeUrl(given.substring(4)) : given;
        String identity = key != null ? key : legacy;
        String other = taken.putIfAbsent(identity, reason);
        if (other != null) {
            throw new GeopressException(Identity.where(reason) + ": the same article as " + Identity.where(other) + " ("
                    + Identity.describe(identity) + "); nothing imported: an import never merges two sources into one"
                    + (key == null ? " article, give each an id" : " article"));
        }
        String hash = Json.contentHash(article);
        Optional<long[]> existing = find("identity = ?", identity);
        if (existing.isEmpty() && key != null) {
            existing = find("identity = ? AND origin IS NULL", legacy);
            existing.ifPresent(row -> h.execute("UPDATE article SET identity = ?, origin = ? WHERE id = ?", key, key, row[0]));
        }
        if (existing.isPresent()) {
            long id = existing.get()[0];
            return next(id, slugOf(id), (int) existing.get()[1], hash, article, reason);
        }
        String slug = uniqueSlug(article);
        long id = h.createUpdate("INSERT INTO article (identity, origin, slug, status, latest_revision, created_at) "
                        + "VALUES (?, ?, ?, ?, 1, ?)")
                .bind(0, identity).bind(1, key != null ? key : Identity.where(reason)).bind(2, slug)
                .bind(3, Status.DRAFT.name()).bind(4, now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertRevision(id, 1, hash, article.withBlocks(BlockIds.assign(article.body(), List.of())), reason);
        return new Saved(slug, Outcome.CREATED, 1);
    }

    private Optional<long[]> find(String where, String identity) {
        return h.createQuery("SELECT id, latest_revision FROM article WHERE " + where).bind(0, identity)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .findOne();
    }

    /** The next revision of the article {@code slug}, which must still be at revision {@code basedOn}. */
    Saved revise(String slug, int basedOn, Article article, String reason) {
        long[] row = h.createQuery("SELECT id, latest_revision FROM article WHERE slug = ?").bind(0, slug)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).findOne()
                .orElseThrow(() -> new GeopressException("no article with slug '" + slug + "'"));
        int latest = (int) row[1];
        if (latest != basedOn) {
            throw new GeopressException(slug + ": revision " + latest + " was saved while revision " + basedOn
                    + " was being worked on; nothing saved");
        }
        return next(row[0], slug, latest, Json.contentHash(article), article, reason);
    }

    private Saved next(long id, String slug, int latest, String hash, Article article, String reason) {
        String latestHash = h.createQuery("SELECT content_hash FROM revision WHERE article_id = ? AND number = ?")
                .bind(0, id).bind(1, latest).mapTo(String.class).one();
        if (latestHash.equals(hash)) return new Saved(slug, Outcome.UNCHANGED, latest);
        byte[] before = h.createQuery("SELECT content FROM revision WHERE article_id = ? AND number = ?")
                .bind(0, id).bind(1, latest).mapTo(byte[].class).one();
        List<Block> numbered = BlockIds.assign(article.body(), Json.read(before).body());
        insertRevision(id, latest + 1, hash, article.withBlocks(numbered), reason);
        h.execute("UPDATE article SET latest_revision = ? WHERE id = ?", latest + 1, id);
        return new Saved(slug, Outcome.REVISED, latest + 1);
    }

    private void insertRevision(long id, int number, String hash, Article a, String reason) {
        h.execute("INSERT INTO revision (article_id, number, content_hash, content, reason, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, number, hash, Json.write(a), reason, now);
        h.execute("INSERT INTO revision_listing (article_id, number, title_zh, title_en, summary_zh, summary_en, tags, "
                        + "categories, source_zh, source_en, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, number,
                a.title().zh(), a.title().en(), a.summary().zh(), a.summary().en(), Json.writeStrings(a.tags()),
                Json.writeStrings(a.categories()), a.source().name().zh(), a.source().name().en(), now);
        labels.assign(a);
    }

    /** The slug the article asks for or its title makes, unless another article's page or old address has it. */
    private String uniqueSlug(Article article) {
        String base = article.slug() != null ? Slugs.normalize(article.slug()) : derivedSlug(article);
        return Slugs.unique(base.isEmpty() ? "article" : base, slug -> h.createQuery("SELECT EXISTS (SELECT 1 FROM article "
                        + "WHERE slug = ?) OR EXISTS (SELECT 1 FROM redirect WHERE path IN (?, ?))") // one query: an import asks per article
                .bind(0, slug).bind(1, Redirects.articlePath(slug)).bind(2, Redirects.articlePath(slug) + ".md")
                .mapTo(Boolean.class).one());
    }

    private static String derivedSlug(Article a) {
        if (a.title().has(Lang.EN)) return Slugs.fromEnglish(a.title().en());
        if (a.source().title().has(Lang.EN)) return Slugs.fromEnglish(a.source().title().en());
        return Slugs.fromChinese(a.title().any());
    }

    String slugOf(long id) {
        return h.createQuery("SELECT slug FROM article WHERE id = ?").bind(0, id).mapTo(String.class).one();
    }

    /**
     * Makes {@code alias} redirect to the article {@code slug}. Another article's page, Markdown twin or alias is
     * refused, the error naming both ({@code origin} is where the alias was given); the article's own page is no
     * alias, and an alias it holds already is kept.
     */
    void alias(SitePath alias, String slug, String origin) {
        String path = alias.encoded();
        String page = alias.path().endsWith(".md") ? alias.path().substring(0, alias.path().length() - 3) : alias.path();
        if (page.startsWith("articles/") && page.endsWith(".html")) {
            String owner = page.substring("articles/".length(), page.length() - ".html".length());
            if (owner.equals(slug)) return;
            if (Rows.find(h, owner).isPresent()) {
                throw new GeopressException(origin + ": alias /" + alias.path() + " is the address of article '" + owner
                        + "'" + importedFrom(owner));
            }
        }
        long id = Rows.find(h, slug).orElseThrow().id();
        Optional<Long> holder = h.createQuery("SELECT article_id FROM redirect WHERE path = ?").bind(0, path)
                .mapTo(Long.class).findOne();
        if (holder.isPresent() && holder.get() != id) {
            String other = slugOf(holder.get());
            throw new GeopressException(origin + ": alias /" + alias.path() + " already redirects to article '" + other
                    + "'" + importedFrom(other) + "; an address can lead to one article only");
        }
        if (holder.isPresent()) return;
        refuseFileFolderClash(alias, path, origin);
        h.execute("INSERT INTO redirect (path, article_id, created_at) VALUES (?, ?, ?)", path, id, now);
    }

    /**
     * An alias whose file would stand where another needs a folder ({@code /a.b} and {@code /a.b/c/}) is refused:
     * one of the two could not be written.
     */
    private void refuseFileFolderClash(SitePath alias, String path, String origin) {
        String file = alias.isFolder() ? path + "index.html" : path;
        List<String> ancestors = new ArrayList<>();
        for (int slash = path.indexOf('/'); slash > 0 && slash < path.length() - 1; slash = path.indexOf('/', slash + 1)) {
            ancestors.add(path.substring(0, slash));
        }
        Optional<String[]> clash = h.createQuery("SELECT d.path, a.slug FROM redirect d JOIN article a ON a.id = d.article_id "
                        + "WHERE substr(d.path, 1, :length) = :folder OR d.path IN (<ancestors>) LIMIT 1")
                .bind("length", file.length() + 1).bind("folder", file + "/")
                .bindList("ancestors", ancestors.isEmpty() ? List.of("") : ancestors)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findOne();
        if (clash.isPresent()) {
            throw new GeopressException(origin + ": alias /" + alias.path() + " cannot be written beside alias /"
                    + SitePath.parse("/" + clash.get()[0]).path() + " of article '" + clash.get()[1] + "'"
                    + importedFrom(clash.get()[1]) + ": one would be a file where the other needs a folder");
        }
    }

    /** " (imported from posts/a.md)": where the article {@code slug} came from, when an import made it. */
    private String importedFrom(String slug) {
        String reason = h.createQuery("SELECT r.reason FROM revision r JOIN article a ON a.id = r.article_id "
                + "WHERE a.slug = ? ORDER BY r.number LIMIT 1").bind(0, slug).mapTo(String.class).findOne().orElse("");
        return reason.startsWith("import ") ? " (imported from " + Identity.where(reason) + ")" : "";
    }
}
