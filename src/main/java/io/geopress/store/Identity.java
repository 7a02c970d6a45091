package io.geopress.store;

import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.text.Slugs;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What makes two imports the same article when the source gives no identity of its own (a file's path, an id): its
 * source URL when it has one, else the slug its source asks for, else its source name with its original title,
 * else a hash of its text. Changed content with the same identity is a new revision. Articles stored before
 * sources gave identities had these only, and are found by them once.
 */
final class Identity {
    private Identity() {}

    static String of(Article article) {
        var source = article.source();
        if (source.url() != null) return "url:" + normalizeUrl(source.url());
        if (article.slug() != null && !Slugs.normalize(article.slug()).isEmpty()) return "slug:" + Slugs.normalize(article.slug());
        String name = source.name().any();
        String title = source.title().isEmpty() ? article.title().any() : source.title().any();
        if (!name.isEmpty() && !title.isEmpty()) return "source:" + name + "\n" + title;
        String text = article.body().stream().map(Block::text).map(t -> t.zh() + "\n" + t.en())
                .collect(Collectors.joining("\n"));
        return "text:" + Json.sha256(article.title().any() + "\n" + text);
    }

    /** Where a draft came from, for a message: the file of "import posts/a.md", else the reason itself. */
    static String where(String reason) {
        return reason.startsWith("import ") ? reason.substring("import ".length()) : reason;
    }

    /** An identity as a person reads it: "the file posts/a.md", "the id 42", "the source URL https://…". */
    static String describe(String identity) {
        int colon = identity.indexOf(':');
        String value = identity.substring(colon + 1);
        return switch (identity.substring(0, colon)) {
            case "file" -> "both are the file " + value;
            case "id" -> "both have the id " + value;
            case "url" -> "both cite " + value;
            case "slug" -> "both ask for the slug " + value;
            case "source" -> "both are '" + value.substring(value.indexOf('\n') + 1) + "' from " + value.substring(0, value.indexOf('\n'));
            case "text" -> "both have the same title and text";
            default -> "both are " + identity;
        };
    }

    /** Scheme and host are case-insensitive, a fragment or a trailing slash does not make another page. */
    static String normalizeUrl(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        int schemeEnd = u.indexOf("://");
        if (schemeEnd > 0) {
            int pathStart = u.indexOf('/', schemeEnd + 3);
            String head = pathStart < 0 ? u : u.substring(0, pathStart);
            u = head.toLowerCase(Locale.ROOT) + (pathStart < 0 ? "" : u.substring(pathStart));
        }
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
