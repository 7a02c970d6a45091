package io.geopress.store;

import io.geopress.model.Bilingual;
import io.geopress.model.Listing;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** How the store's rows become values: an article at one of its revisions, and a published article's list entry. */
final class Rows {
    private Rows() {}

    static final String SELECT = "SELECT a.id, a.slug, a.status, r.number, a.latest_revision, "
            + "a.published_revision, a.published_at, r.content, r.created_at, a.expires_at FROM article a ";

    /** The article {@code slug} at its latest revision. */
    static Optional<StoredArticle> find(Handle h, String slug) {
        return h.createQuery(SELECT + "JOIN revision r ON r.article_id = a.id AND r.number = a.latest_revision "
                        + "WHERE a.slug = ?")
                .bind(0, slug)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    static StoredArticle row(ResultSet rs) throws SQLException {
        return unparsed(rs).parse();
    }

    /**
     * A row whose content is still JSON, so that many can be parsed in parallel; as the UTF-8 the store holds, which
     * the parser reads as it is (a String would be decoded, then copied into the parser's buffer).
     */
    record Unparsed(long id, String slug, Status status, int revision, int latest, int published,
            String publishedAt, byte[] content, String revisedAt, String expiresAt) {
        StoredArticle parse() {
            return new StoredArticle(id, slug, status, revision, latest, published,
                    publishedAt == null ? null : StoredTimes.offsetDateTime(publishedAt), StoredTimes.instant(revisedAt), Json.read(content),
                    expiresAt == null ? null : StoredTimes.offsetDateTime(expiresAt));
        }
    }

    static Unparsed unparsed(ResultSet rs) throws SQLException {
        return new Unparsed(rs.getLong(1), rs.getString(2), Status.valueOf(rs.getString(3)), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getBytes(8), rs.getString(9), rs.getString(10));
    }

    /** A row of the published list query (ArticleStore.publishedListings): its values, in its order. */
    static Listing listing(String[] v) {
        OffsetDateTime publishedAt = StoredTimes.offsetDateTime(v[5]);
        int revision = Integer.parseInt(v[9]);
        return new Listing(v[0], new Bilingual(v[1], v[2]), new Bilingual(v[3], v[4]), publishedAt,
                Json.readStrings(v[6]), Json.readStrings(v[11]), new Bilingual(v[7], v[8]),
                StoredArticle.modifiedAt(publishedAt, revision, StoredTimes.instant(v[10])), revision);
    }
}
